#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string_view>

#include "model/document.hpp"
#include "model/review.hpp"
#include "read/boilerplate.hpp"
#include "read/decode.hpp"
#include "read/source.hpp"

namespace np::read {

/// A read notes file: its document, its decoded source (for positions) and the review
/// entries reading produced (encoding, removals).
struct Result {
  model::Document doc;
  Source source;
  model::Review review;
};

using ReadFn = Result (*)(Decoded decoded, const Boilerplate& boilerplate);

/// An input format: one row of the registry.
struct Format {
  std::string_view name;                         ///< "text", "markdown"
  std::span<const std::string_view> extensions;  ///< lower-case, with the dot; "" = none
  ReadFn read;
};

/// Every input format notepress reads.
std::span<const Format> formats() noexcept;

/// The format called `name` ("text", "markdown"), or nullptr.
const Format* find_format(std::string_view name) noexcept;

/// The format for a file name by its extension, or nullptr if notepress does not read it.
/// `explicit_file`: the user named this file, so unknown extensions are read as text
/// (and refused by the decoder if they are not text).
const Format* format_for(const std::filesystem::path& file, bool explicit_file = false) noexcept;

/// Decodes `bytes` and reads them as `format`. Throws Error (without a file name; the
/// caller adds it) when the file cannot be decoded.
Result read(std::string_view bytes, const Format& format, const Boilerplate& boilerplate);

Result read_text(Decoded decoded, const Boilerplate& boilerplate);
Result read_markdown(Decoded decoded, const Boilerplate& boilerplate);

}  // namespace np::read
