#pragma once

#include <span>
#include <vector>

#include "model/text_block.hpp"

namespace np::model {

/// The parts of a block's text that stay exactly as written: inline code spans ("`x - y`"),
/// web addresses ("https://example.org/cold-war", "www.example.org") and e-mail addresses.
/// Normalisers do not edit them and taggers do not tag inside them. Sorted by begin; a web
/// address inside a code span overlaps it.
std::vector<ByteRange> verbatim_ranges(const TextBlock& block);

/// Web and e-mail addresses in `text`, in order: the part a reader would click on, without
/// the punctuation that ends the sentence around it ("(see www.example.org).").
std::vector<ByteRange> find_addresses(std::string_view text);

/// Whether `range` shares a byte with one of `ranges` (sorted by begin).
bool overlaps_any(std::span<const ByteRange> ranges, ByteRange range) noexcept;

}  // namespace np::model
