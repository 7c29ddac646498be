#pragma once

/// The title page and the back matter other than the index: who's who, timeline, glossary.
/// Entries link back to the notes through `Anchors` (link text: Pack::locator_label).

#include <string>

#include "write/epub/anchors.hpp"
#include "write/epub/layout.hpp"

namespace np::write::epub {

/// title.xhtml: the book title; for a course pack the chapters, linked; a link to the contents.
std::string render_title_page(const Book& book, const Anchors& anchors);

/// people.xhtml: a dl of people (name, dates, description, where they are mentioned).
std::string render_people(const Book& book, const Anchors& anchors);

/// timeline.xhtml: a dl of date labels and the sentences they come from, with a link to each.
std::string render_timeline(const Book& book, const Anchors& anchors);

/// glossary.xhtml: `section epub:type="glossary" role="doc-glossary"` holding a dl.
std::string render_glossary(const Book& book, const Anchors& anchors);

}  // namespace np::write::epub
