#pragma once

/// Field instructions (XE, PAGEREF, TOC, PAGE) and bookmark names for the DOCX writer.
/// Pure string functions: the XML around them is built in wml.hpp.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

namespace np::write::docx {

/// Escapes `text` for a quoted field argument: `\` -> `\\`, `"` -> `\"`.
std::string escape_field_argument(std::string_view text);

/// Escapes one level of an XE entry: as escape_field_argument, and `:` -> `\:` (a colon that is
/// part of the term, not a level separator).
std::string escape_index_level(std::string_view text);

/// ` XE "Main:Sub" ` for an entry whose levels (main entry first) are `levels`.
std::string xe_instruction(std::span<const std::string> levels);

/// ` XE "Main" \t "See Other" `: a cross-reference in place of a page number. `reference` is
/// the whole text Word prints ("See Stalin, Joseph", "See also Trotsky, Leon").
std::string xe_cross_reference(std::span<const std::string> levels, std::string_view reference);

/// ` PAGEREF np_c1_m3 \h `: the page of a bookmark, as a hyperlink in Word.
std::string pageref_instruction(std::string_view bookmark);

/// ` TOC \o "1-3" \h \z \u `: a contents list of heading levels 1..max_level with hyperlinks.
std::string toc_instruction(int max_level);

/// ` PAGE `: the current page number.
inline constexpr std::string_view kPageInstruction = " PAGE ";

/// Longest bookmark name Word accepts.
inline constexpr std::size_t kMaxBookmarkName = 40;

/// True if Word and LibreOffice accept `name` as one of our bookmarks: 1-40 characters of
/// [A-Za-z0-9_], starting with a letter, and not starting with "_Toc" (which LibreOffice
/// turns into a TOC page reference when re-saving).
bool is_valid_bookmark_name(std::string_view name) noexcept;

/// `np_c<chapter+1>_m<mention>`: the bookmark around an entity or date mention.
std::string mention_bookmark(std::uint32_t chapter, std::uint32_t mention);
/// `np_c<chapter+1>_h<block>`: the bookmark around a heading of a chapter.
std::string heading_bookmark(std::uint32_t chapter, std::uint32_t block);
/// `np_c<chapter+1>`: the bookmark around a chapter title in a course pack.
std::string chapter_bookmark(std::uint32_t chapter);

/// Bookmark names and ids of one document. Ids count from 0 in placing order.
class Bookmarks {
 public:
  /// Makes a valid name from `hint` ("np_" + its letters, digits and underscores, cut to 40
  /// characters), made unique with a "_2", "_3"... suffix against every name made or placed.
  [[nodiscard]] std::string make_name(std::string_view hint);
  /// Places the bookmark `name`: returns its w:id, or nullopt if the name is invalid or
  /// already placed (a document must not hold two bookmarks of one name).
  [[nodiscard]] std::optional<std::uint32_t> place(const std::string& name);
  bool placed(const std::string& name) const { return placed_.contains(name); }

 private:
  std::unordered_set<std::string> placed_;
  std::unordered_set<std::string> made_;
  std::uint32_t next_id_ = 0;
};

}  // namespace np::write::docx
