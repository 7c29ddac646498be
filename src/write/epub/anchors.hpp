#pragma once

/// The id registry of a book: which content document holds each mention and each heading,
/// filled while the notes are rendered, and read when the who's who, timeline, glossary,
/// index and navigation link back to them. Every href it gives resolves (RSC-012).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "write/epub/layout.hpp"

namespace np::write::epub {

class Anchors {
 public:
  explicit Anchors(const Book& book);

  /// Records that content document `part` holds the element of `mention` in `chapter`.
  /// Returns false if the mention was already placed (its id must not be written again).
  bool add_mention(std::uint32_t chapter, std::uint32_t mention, std::size_t part);
  /// Records that `part` holds the heading with block id `block` of `chapter`.
  void add_heading(std::uint32_t chapter, std::uint32_t block, std::size_t part);

  /// "ch1-2.xhtml#m12" for the mention; if it was never rendered, the heading of the
  /// locator's section; else the chapter's first document.
  std::string href(const pack::Locator& locator) const;
  /// "ch1-2.xhtml#b7" for a heading, or "" if no such heading was rendered.
  std::string heading_href(std::uint32_t chapter, std::uint32_t block) const;
  /// The chapter's first content document ("ch2.xhtml").
  const std::string& chapter_file(std::uint32_t chapter) const;

 private:
  static constexpr std::int32_t kNone = -1;
  static std::int32_t lookup(const std::vector<std::int32_t>& table, std::uint32_t key);

  const Book& book_;
  std::vector<std::vector<std::int32_t>> mention_part_;  // [chapter][mention] → part or kNone
  std::vector<std::vector<std::int32_t>> heading_part_;  // [chapter][block id] → part or kNone
};

/// An id-safe spelling of `key`: ASCII letters, digits and "-" are kept, "_" becomes "__",
/// every other byte "_xx" (lower-case hex). Injective, so distinct keys give distinct ids.
std::string id_token(std::string_view key);

}  // namespace np::write::epub
