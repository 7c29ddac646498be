#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/text_block.hpp"

namespace np::read {

/// A YAML front matter block at the start of a Markdown file (Jekyll, Hugo, Obsidian, pandoc):
/// "---" on the first line, "key: value" lines, and "---" or "..." closing it.
struct FrontMatter {
  std::uint32_t end = 0;                  ///< first byte after the closing line: the Markdown starts here
  std::vector<model::ByteRange> lines;    ///< the lines between the delimiters that hold text
  std::optional<model::ByteRange> title;  ///< the value of "title:", without quotes, if any
  /// The names "author:" or "authors:" gives, without quotes: one value, a flow list
  /// ("[A, B]") or a block list ("- A" on the lines below the key).
  std::vector<model::ByteRange> authors;
};

/// The front matter `text` opens with, or nullopt if it has none (no closing line within the
/// first 100 lines counts as none: the "---" was a rule or a heading underline).
std::optional<FrontMatter> find_front_matter(std::string_view text);

}  // namespace np::read
