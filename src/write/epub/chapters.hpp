#pragma once

/// The cleaned notes as content documents, one per Part of the book's layout.

#include <string>
#include <vector>

#include "write/epub/anchors.hpp"
#include "write/epub/layout.hpp"
#include "zip/archive.hpp"

namespace np::write::epub {

/// Renders every part of `chapter`, appending one XHTML document per part to `pages` (in
/// part order), and records in `anchors` where each mention and heading went. A part that
/// opens its chapter starts with an h1 of the chapter's title (numbered in a course pack);
/// headings follow one level below it, numbered like Pack::sections.
void render_chapter(const Book& book, std::uint32_t chapter, Anchors& anchors, std::vector<zip::Prepared>& pages);

}  // namespace np::write::epub
