#pragma once

/// Navigation: nav.xhtml (EPUB 3) and toc.ncx (EPUB 2 reading systems), both rendered from
/// one table of contents so they agree entry for entry.

#include <string>
#include <vector>

#include "write/epub/anchors.hpp"
#include "write/epub/layout.hpp"

namespace np::write::epub {

/// One entry of the table of contents: a plain-text label (never empty) and a link into a
/// spine document, with the entries nested under it.
struct TocEntry {
  std::string label;
  std::string href;
  std::vector<TocEntry> children;
};

/// A hidden landmarks entry: an SSV structure type and its target (a spine document).
struct Landmark {
  const char* type;
  std::string href;
  std::string label;
};

/// The contents in reading order: each chapter, its sections nested by heading level (as
/// Pack::sections numbers them), then who's who, timeline, glossary and index when present.
/// Sections whose heading was not rendered are left out (their subsections move up).
std::vector<TocEntry> build_toc(const Book& book, const Anchors& anchors);

/// titlepage, toc, bodymatter, glossary, index (the ones that exist).
std::vector<Landmark> build_landmarks(const Book& book);

/// nav.xhtml: nav epub:type="toc" id="toc" with nested ol, and a hidden landmarks nav.
std::string render_nav(const Book& book, const std::vector<TocEntry>& toc, const std::vector<Landmark>& landmarks);

/// toc.ncx: the same tree as navPoints, play order in reading order (one number per target).
/// `uid` must equal the package's dc:identifier.
std::string render_ncx(const Book& book, const std::string& uid, const std::vector<TocEntry>& toc);

}  // namespace np::write::epub
