#pragma once

/// Field instructions (XE, PAGEREF, TOC, PAGE) and bookmark names for the DOCX writer.
/// Pure string functions: the XML around them is built in wml.hpp.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

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

/// One number for a mention of a pack: its chapter in the high 32 bits, its mention number in
/// the low ones.
constexpr std::uint64_t mention_key(std::uint32_t chapter, std::uint32_t mention) noexcept {
  return (static_cast<std::uint64_t>(chapter) << 32) | mention;
}

/// A set of mentions as one bit per mention of each chapter (mentions are numbered from 1 in
/// each chapter). The back matter of a course pack asks about millions of locators: a hash set
/// of a few hundred thousand mentions cost a cache miss or two each, a bit here does not.
class MentionSet {
 public:
  void insert(std::uint32_t chapter, std::uint32_t mention);
  bool contains(std::uint32_t chapter, std::uint32_t mention) const noexcept {
    return chapter < bits_.size() && mention < bits_[chapter].size() && bits_[chapter][mention];
  }
  std::size_t size() const noexcept { return size_; }

 private:
  std::vector<std::vector<bool>> bits_;
  std::size_t size_ = 0;
};

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
  /// Places the bookmark of a mention (named by mention_bookmark) and returns its w:id, or
  /// nullopt if it is already placed. Mention bookmarks are kept apart from the names above:
  /// no other name has their form (make_name never makes one), so they need no name lookup.
  [[nodiscard]] std::optional<std::uint32_t> place_mention(std::uint32_t chapter, std::uint32_t mention);
  /// Whether the bookmark of a mention is placed. The back matter of a course pack asks
  /// millions of times: a bit, not a name, is looked up.
  bool placed_mention(std::uint32_t chapter, std::uint32_t mention) const {
    return placed_mentions_.contains(chapter, mention);
  }

 private:
  std::unordered_set<std::string> placed_;
  MentionSet placed_mentions_;
  std::unordered_set<std::string> made_;
  std::uint32_t next_id_ = 0;
};

}  // namespace np::write::docx
