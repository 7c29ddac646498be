// write_docx: assembles the OPC package of a revision pack. Content order: title, contents
// (a TOC field with a cached result), the notes (one chapter per file in a course pack), who's
// who, timeline, glossary, and the index in a two-column section of its own. Each piece is
// documented in its header: contents.hpp, body.hpp, back_matter.hpp, index.hpp, parts.hpp.

#include <pugixml.hpp>

#include "resources/resources.hpp"
#include "write/docx/back_matter.hpp"
#include "write/docx/body.hpp"
#include "write/docx/chunks.hpp"
#include "write/docx/contents.hpp"
#include "write/docx/index.hpp"
#include "write/docx/package.hpp"
#include "write/docx/parts.hpp"
#include "write/docx/wml.hpp"
#include "write/writer.hpp"
#include "xml/xml.hpp"

namespace np::write {
namespace docx {
namespace {

constexpr const char* kDocumentPart = "word/document.xml";

/// The back sections the pack has content for, in document order.
std::vector<BackSection> back_sections(const pack::Pack& pack) {
  using Kind = BackSection::Kind;
  std::vector<BackSection> back;
  if (!pack.people.empty()) back.push_back({Kind::WhosWho, "Who\u2019s who", "np_whos_who"});
  if (!pack.timeline.empty()) back.push_back({Kind::Timeline, "Timeline", "np_timeline"});
  if (!pack.glossary.empty()) back.push_back({Kind::Glossary, "Glossary", "np_glossary"});
  if (!pack.index.empty()) back.push_back({Kind::Index, "Index", "np_index"});
  return back;
}

std::unordered_map<std::uint32_t, const pack::Section*> sections_by_block(const pack::Pack& pack, std::size_t chapter) {
  std::unordered_map<std::uint32_t, const pack::Section*> sections;
  if (chapter < pack.sections.size())
    for (const pack::Section& section : pack.sections[chapter]) sections.emplace(section.block, &section);
  return sections;
}

/// The Title paragraph. In a one-file pack whose document title is the pack title, the title
/// block itself (its mentions bookmarked). The authors follow, then a different document title
/// as Subtitle.
void append_title(pugi::xml_node body, const pack::Pack& pack, BodyContext& ctx) {
  const model::TextBlock* doc_title = !pack.course && !pack.chapters.empty() && !pack.chapters[0].doc.title.empty()
                                          ? &pack.chapters[0].doc.title
                                          : nullptr;
  pugi::xml_node title = append_paragraph(body, {.style = "Title"});
  const bool same = doc_title != nullptr && doc_title->text() == pack.title;
  if (same)
    append_inline(title, *doc_title, ctx);
  else
    append_text(title, pack.title);
  if (const std::string authors = pack.authors_line(); !authors.empty())
    append_text(append_paragraph(body, {.style = "Authors"}), authors);
  if (doc_title != nullptr && !same) append_inline(append_paragraph(body, {.style = "Subtitle"}), *doc_title, ctx);
}

void append_chapters(BodyChunks& body, const pack::Pack& pack, BodyContext& ctx) {
  for (std::size_t c = 0; c < pack.chapters.size(); ++c) {
    const pack::Chapter& chapter = pack.chapters[c];
    const auto sections = sections_by_block(pack, c);
    ctx.chapter = static_cast<std::uint32_t>(c);
    ctx.sections = &sections;
    if (pack.course) {
      const model::TextBlock fallback(chapter.title);
      const model::TextBlock& title = chapter.doc.title.empty() ? fallback : chapter.doc.title;
      append_heading(
          body.node(),
          {.level = 1, .bookmark = chapter_bookmark(ctx.chapter), .number = std::to_string(c + 1), .new_page = c > 0},
          title, ctx);
    }
    append_blocks(body, chapter.doc.blocks, ctx);
    ctx.sections = nullptr;
  }
}

/// Appends the back sections. The index is a section of its own in two columns, so it starts
/// on a new page and the final w:sectPr (written by the caller from `last_page`) is its own.
void append_back_matter(BodyChunks& body, const pack::Pack& pack, const std::vector<BackSection>& back,
                        Bookmarks& bookmarks, PageSetup& last_page) {
  for (const BackSection& section : back) {
    if (section.kind == BackSection::Kind::Index) {
      append_section_break(body.node(), last_page);
      last_page.columns = 2;
      append_index(body, pack, section.bookmark, bookmarks);
      continue;
    }
    append_section_heading(body.node(), section.title, section.bookmark, bookmarks);
    switch (section.kind) {
      case BackSection::Kind::WhosWho:
        append_whos_who(body, pack, bookmarks);
        break;
      case BackSection::Kind::Timeline:
        append_timeline(body, pack, bookmarks);
        break;
      case BackSection::Kind::Glossary:
        append_glossary(body, pack, bookmarks);
        break;
      case BackSection::Kind::Index:
        break;
    }
  }
}

/// word/document.xml, built and serialised in chunks and deflated as it goes (chunks.hpp).
/// Relationships for hyperlinks are added to `links` as they are met.
zip::Deflated document_xml(const pack::Pack& pack, Relationships& links, Numbering& numbering,
                           const std::string& footer_id) {
  BodyChunks body;
  Bookmarks bookmarks;
  const IndexMarks marks(pack);
  const MentionTargets targets(pack);
  BodyContext ctx{.heading_shift = pack.course ? 1 : 0,
                  .bookmarks = bookmarks,
                  .numbering = numbering,
                  .links = links,
                  .marks = marks,
                  .targets = targets};
  const std::vector<BackSection> back = back_sections(pack);

  append_title(body.node(), pack, ctx);
  // Notes with no headings and nothing found have nothing to list: they follow the title.
  if (const std::vector<ContentsEntry> entries = contents_entries(pack, back); !entries.empty()) {
    append_contents(body.node(), entries);
    // The notes start on a new page: a page break after the TOC field, in its last paragraph.
    body.node().last_child().append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
  }
  body.checkpoint();
  append_chapters(body, pack, ctx);
  PageSetup page{.footer_id = footer_id};
  append_back_matter(body, pack, back, bookmarks, page);
  append_section_properties(body.node(), page);
  return std::move(body).finish();
}

}  // namespace
}  // namespace docx

std::string write_docx(const pack::Pack& pack, const Options& options) {
  using docx::PartKind;
  docx::Package package;
  package.relate("", PartKind::MainDocument, docx::kDocumentPart);
  package.relate("", PartKind::CoreProperties, "docProps/core.xml");
  package.relate("", PartKind::ExtendedProperties, "docProps/app.xml");
  package.relate(docx::kDocumentPart, PartKind::Styles, "word/styles.xml");
  package.relate(docx::kDocumentPart, PartKind::Settings, "word/settings.xml");
  package.relate(docx::kDocumentPart, PartKind::FontTable, "word/fontTable.xml");
  package.relate(docx::kDocumentPart, PartKind::Numbering, "word/numbering.xml");
  const std::string footer_id = package.relate(docx::kDocumentPart, PartKind::Footer, "word/footer1.xml");

  docx::Numbering numbering;
  package.add_part(docx::kDocumentPart, PartKind::MainDocument,
                   docx::document_xml(pack, package.relationships(docx::kDocumentPart), numbering, footer_id));
  package.add_part("word/styles.xml", PartKind::Styles, docx::styles_xml(pack.language));
  package.add_part("word/settings.xml", PartKind::Settings, docx::settings_xml(pack.language, options.update_fields));
  package.add_static_part("word/fontTable.xml", PartKind::FontTable, resources::get("docx/fontTable.xml"));
  package.add_part("word/numbering.xml", PartKind::Numbering, numbering.to_xml());
  package.add_static_part("word/footer1.xml", PartKind::Footer, resources::get("docx/footer1.xml"));
  package.add_part("docProps/core.xml", PartKind::CoreProperties, docx::core_properties_xml(pack, options.timestamp));
  package.add_part("docProps/app.xml", PartKind::ExtendedProperties, docx::app_properties_xml());
  return std::move(package).to_zip(options.timestamp);
}

}  // namespace np::write
