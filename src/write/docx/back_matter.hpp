#pragma once

/// The reference sections after the notes: who's who, timeline and glossary. Each starts on a
/// new page with a Heading 1 carrying a bookmark (the contents list links to it).

#include <pugixml.hpp>
#include <string>

#include "pack/pack.hpp"
#include "write/docx/chunks.hpp"
#include "write/docx/fields.hpp"

namespace np::write::docx {

/// Appends a Heading 1 `title` on a new page with a bookmark `bookmark` around its text.
void append_section_heading(pugi::xml_node body, const std::string& title, const std::string& bookmark,
                            Bookmarks& bookmarks);

/// One ReferenceEntry paragraph per person: name (index form, Entity Person style), dates,
/// description, and "Mentioned in" links to the mention bookmarks. A body checkpoint after
/// each paragraph, here and in the other sections.
void append_whos_who(BodyChunks& body, const pack::Pack& pack, const Bookmarks& bookmarks);

/// One TimelineEntry paragraph per entry, in pack order: label, tab, sentence, link.
void append_timeline(BodyChunks& body, const pack::Pack& pack, const Bookmarks& bookmarks);

/// One ReferenceEntry paragraph per term: name in its kind's entity style, kind, dates,
/// description, and "Mentioned in" links.
void append_glossary(BodyChunks& body, const pack::Pack& pack, const Bookmarks& bookmarks);

}  // namespace np::write::docx
