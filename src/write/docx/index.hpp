#pragma once

/// The back-of-book index: XE marks for the body and the hand-built index section (reference
/// 4.6, option 2): Index 1 / Index 2 paragraphs whose locators are PAGEREF fields wrapped in
/// hyperlinks to the mention bookmarks, so LibreOffice prints live page numbers and Word
/// shows them after a field update, plus XE fields so Word's own Insert Index finds them.

#include <cstdint>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <vector>

#include "pack/pack.hpp"
#include "write/docx/chunks.hpp"
#include "write/docx/fields.hpp"

namespace np::write::docx {

/// The XE field instructions to place after each indexed mention.
class IndexMarks {
 public:
  IndexMarks() = default;
  /// Every locator of an entry or subentry gets `XE "Term"` / `XE "Term:Sub"`; a "See" entry
  /// gets `XE "Alias" \t "See Term"` at the first locator of its target, and "See also"
  /// references `XE "Term" \t "See also A; B"` at the entry's first locator.
  explicit IndexMarks(const pack::Pack& pack);
  /// The instructions for mention `mention` of chapter `chapter` (empty if none), in the order
  /// they were made.
  std::span<const std::string> at(std::uint32_t chapter, std::uint32_t mention) const;
  std::size_t size() const noexcept { return instructions_.size(); }

 private:
  // Asked once per mention of the body: an array lookup, not a hash lookup. The marks of
  // mention m of chapter c are instructions_[first_[c][m], first_[c][m + 1]).
  std::vector<std::vector<std::uint32_t>> first_;
  std::vector<std::string> instructions_;
};

/// Appends the Index section: a Heading 1 with bookmark `heading_bookmark`, a letter heading
/// (IndexHeading) per group, entries as Index1 and subentries as Index2 paragraphs. A body
/// checkpoint after each entry.
void append_index(BodyChunks& body, const pack::Pack& pack, const std::string& heading_bookmark, Bookmarks& bookmarks);

}  // namespace np::write::docx
