#include "write/epub/chapters.hpp"

#include <span>

#include "write/epub/page.hpp"
#include "write/epub/xhtml.hpp"

namespace np::write::epub {
namespace {

/// A chapter's sections by the block id of their heading.
std::vector<const pack::Section*> sections_by_block(const pack::Pack& pack, std::uint32_t chapter) {
  std::vector<const pack::Section*> sections;
  if (chapter >= pack.sections.size()) return sections;
  for (const pack::Section& s : pack.sections[chapter]) {
    if (s.block >= sections.size()) sections.resize(s.block + 1, nullptr);
    sections[s.block] = &s;
  }
  return sections;
}

void append_chapter_heading(pugi::xml_node body, const Book& book, std::uint32_t chapter, const Hooks& hooks) {
  const pack::Chapter& ch = book.pack->chapters[chapter];
  pugi::xml_node h1 = body.append_child("h1");
  h1.append_attribute("class") = "chapter";
  if (book.pack->course) {
    pugi::xml_node secno = append_text_element(h1, "span", std::to_string(chapter + 1));
    secno.append_attribute("class") = "secno";
    append_text(h1, " ");
  }
  // The notes' own title carries spans (and mention ids) like any other text.
  if (!ch.doc.title.text().empty())
    append_inlines(h1, ch.doc.title, hooks);
  else
    append_text(h1, chapter_heading_text(*book.pack, chapter));
}

}  // namespace

void render_chapter(const Book& book, std::uint32_t chapter, Anchors& anchors, std::vector<zip::Prepared>& pages) {
  const std::vector<const pack::Section*> sections = sections_by_block(*book.pack, chapter);
  const auto section = [&](const model::Block& b) { return b.id < sections.size() ? sections[b.id] : nullptr; };
  const auto& blocks = book.pack->chapters[chapter].doc.blocks;
  std::size_t part_index = book.chapter_parts.at(chapter);

  Hooks hooks;
  hooks.heading_shift = 1;  // the chapter title is the h1
  if (!book.index.empty())
    hooks.entity_href = [&](const model::Entity& e) {
      const std::string& anchor = book.index.entity_anchor(e.id);
      return anchor.empty() ? std::string() : std::string(kIndexFile) + "#" + anchor;
    };
  hooks.claim_mention = [&](std::uint32_t mention) { return anchors.add_mention(chapter, mention, part_index); };
  // Headings take the pack's section depth, so skipped levels close up as in the contents.
  hooks.heading_level = [&](const model::Block& b) { return section(b) ? section(b)->level : 0; };
  hooks.heading_number = [&](const model::Block& b) { return section(b) ? section(b)->number : std::string(); };
  hooks.on_heading = [&](const model::Block& b) { anchors.add_heading(chapter, b.id, part_index); };

  for (; part_index < book.parts.size() && book.parts[part_index].chapter == chapter; ++part_index) {
    const Part& part = book.parts[part_index];
    pugi::xml_document doc;
    pugi::xml_node body = start_page(doc, book.language, part.title, "bodymatter");
    if (part.opens_chapter) append_chapter_heading(body, book, chapter, hooks);
    append_blocks(body, std::span(blocks).subspan(part.first, part.last - part.first), hooks);
    pages.push_back(zip::prepare(finish_page(doc)));  // held compressed until the archive is made
  }
}

}  // namespace np::write::epub
