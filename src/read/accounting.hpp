#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"
#include "model/review.hpp"
#include "read/source.hpp"

namespace np::read {

/// Completes `removals` so that every byte of `source` is either copied into `doc` (through a
/// text block's source segments) or removed exactly once: bytes nobody claimed become
/// Whitespace removals, or `fallback` removals if they are not whitespace. Adjacent removals
/// of one kind are merged, positions filled in, and the result sorted by offset.
std::vector<model::Removal> complete_removals(const Source& source, const model::Document& doc,
                                              std::vector<model::Removal> removals, model::Removal::Kind fallback);

/// "LF", "CRLF", "CR", "mixed" or "none".
std::string line_ending_style(std::string_view text);

/// True for the bytes notepress treats as whitespace between words and lines.
bool is_space_byte(char c) noexcept;

}  // namespace np::read
