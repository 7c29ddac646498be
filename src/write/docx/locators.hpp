#pragma once

/// Links from the back matter (who's who, timeline, glossary, index) to the mention bookmarks.

#include <cstdint>
#include <pugixml.hpp>
#include <span>
#include <vector>

#include "pack/pack.hpp"
#include "write/docx/fields.hpp"

namespace np::write::docx {

/// The mentions some locator of the pack points to: the locators of the index entries and
/// their subentries, of the who's who and the glossary, and the timeline's `where`. (The XE
/// anchors of See and See also references are locators of index entries, so they are in.)
/// Only these mentions get a bookmark: nothing links to the others.
class MentionTargets {
 public:
  MentionTargets() = default;
  explicit MentionTargets(const pack::Pack& pack);
  void add(const pack::Locator& where) { mentions_.insert(where.chapter, where.mention); }
  bool contains(std::uint32_t chapter, std::uint32_t mention) const { return mentions_.contains(chapter, mention); }
  std::size_t size() const noexcept { return mentions_.size(); }

 private:
  MentionSet mentions_;
};

/// Appends the locators as page numbers, separated by ", ": each a hyperlink to the mention
/// bookmark around a simple `PAGEREF bookmark \h` field (w:fldSimple: a third of the bytes
/// of a complex field, read alike by Word, LibreOffice and calibre) whose cached text is the locator label
/// ("§1.2"), which LibreOffice replaces with the page number at layout and Word on update.
/// A locator whose bookmark was not placed is written as its plain label.
void append_page_locators(pugi::xml_node p, const pack::Pack& pack, std::span<const pack::Locator> locators,
                          const Bookmarks& bookmarks);

/// The first of `locators` in each top-level section (and before the first heading) of each
/// chapter. A printed index lists pages; one locator per small section would print the same
/// page again and again ("2, 2, 2"), which a PAGEREF cannot merge.
std::vector<pack::Locator> one_per_top_section(const pack::Pack& pack, std::span<const pack::Locator> locators);

/// Cached text of a page number shown before a field update (Word); LibreOffice computes the
/// page at layout.
inline constexpr std::string_view kUnknownPage = "\u2013";

/// Appends the locators separated by "; ", each as its label and page: "§1.2, p. 4", where
/// the label is a hyperlink (Hyperlink style) and the page a hyperlinked simple
/// `PAGEREF bookmark \h` field whose cached text is kUnknownPage.
void append_label_locators(pugi::xml_node p, const pack::Pack& pack, std::span<const pack::Locator> locators,
                           const Bookmarks& bookmarks);

}  // namespace np::write::docx
