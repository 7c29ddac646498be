#pragma once

/// The contents list: a TOC field whose cached result already holds one hyperlinked paragraph
/// per heading, so LibreOffice and Word show it without an update (pandoc #9244). The entries
/// carry no PAGEREF: LibreOffice would keep their cached text inside a TOC field.

#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "pack/pack.hpp"

namespace np::write::docx {

/// Deepest heading level the contents list shows.
inline constexpr int kContentsDepth = 3;

struct ContentsEntry {
  int level = 1;       ///< 1..kContentsDepth, as the heading is styled in the document
  std::string number;  ///< "1.2", or "" for the back matter
  std::string title;
  std::string bookmark;  ///< the heading's bookmark
};

/// A titled section after the notes.
struct BackSection {
  enum class Kind : std::uint8_t { WhosWho, Timeline, Glossary, Index } kind = Kind::Index;
  std::string title;
  std::string bookmark;
};

/// The headings of the notes (chapters first in a course pack, their headings one level
/// down), then the back sections, leaving out levels deeper than kContentsDepth.
std::vector<ContentsEntry> contents_entries(const pack::Pack& pack, const std::vector<BackSection>& back);

/// Appends a "Contents" paragraph (TOCHeading style) and the TOC field with its entries as
/// TOC1..TOC3 paragraphs, each a hyperlink to its heading's bookmark. `entries` is not empty.
void append_contents(pugi::xml_node body, const std::vector<ContentsEntry>& entries);

}  // namespace np::write::docx
