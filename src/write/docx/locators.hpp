#pragma once

/// Links from the back matter (who's who, timeline, glossary, index) to the mention bookmarks.

#include <pugixml.hpp>
#include <span>
#include <vector>

#include "pack/pack.hpp"
#include "write/docx/fields.hpp"

namespace np::write::docx {

/// Appends the locators as page numbers, separated by ", ": each a hyperlink to the mention
/// bookmark around a `PAGEREF bookmark \h` field whose cached text is the locator label
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
/// the label is a hyperlink (Hyperlink style) and the page a hyperlinked `PAGEREF bookmark \h`
/// field whose cached text is kUnknownPage.
void append_label_locators(pugi::xml_node p, const pack::Pack& pack, std::span<const pack::Locator> locators,
                           const Bookmarks& bookmarks);

}  // namespace np::write::docx
