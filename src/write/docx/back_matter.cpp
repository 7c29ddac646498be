#include "write/docx/back_matter.hpp"

#include "model/entity_info.hpp"
#include "write/docx/body.hpp"
#include "write/docx/locators.hpp"
#include "write/docx/wml.hpp"

namespace np::write::docx {
namespace {

bool ends_sentence(std::string_view text) {
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

/// "Name (dates). Description. Mentioned in: §1, §1.2." in one paragraph.
void append_reference_entry(pugi::xml_node body, const pack::Pack& pack, const std::string& name, const char* style,
                            std::string_view kind, const std::string& dates, const std::string& description,
                            std::span<const pack::Locator> mentions, const Bookmarks& bookmarks) {
  pugi::xml_node p = append_paragraph(body, {.style = "ReferenceEntry"});
  append_text(p, name, {.style = style, .bold = true});
  if (!kind.empty()) {
    append_text(p, " ");
    append_text(p, kind, {.italic = true});
  }
  // The plain text up to the first locator, as one piece (one run).
  std::string plain;
  if (!dates.empty()) plain.append(" (").append(dates).append(")");
  if (!description.empty()) {
    plain.append(". ").append(description);
    if (!ends_sentence(description)) plain.push_back('.');
  } else {
    plain.push_back('.');
  }
  if (!mentions.empty()) plain.append(" Mentioned in ");
  append_text(p, plain);
  if (mentions.empty()) return;
  append_label_locators(p, pack, mentions, bookmarks);
  append_text(p, ".");
}

}  // namespace

void append_section_heading(pugi::xml_node body, const std::string& title, const std::string& bookmark,
                            Bookmarks& bookmarks) {
  pugi::xml_node p = append_paragraph(body, {.style = "Heading1", .page_break_before = true});
  const auto id = bookmarks.place(bookmark);
  if (id) append_bookmark_start(p, *id, bookmark);
  append_text(p, title);
  if (id) append_bookmark_end(p, *id);
}

void append_whos_who(BodyChunks& body, const pack::Pack& pack, const Bookmarks& bookmarks) {
  for (const pack::Person& person : pack.people) {
    const std::string& name = person.index.empty() ? person.name : person.index;
    append_reference_entry(body.node(), pack, name, entity_style(model::EntityKind::Person), "", person.dates,
                           person.description, person.mentions, bookmarks);
    body.checkpoint(1 + person.mentions.size());
  }
}

void append_timeline(BodyChunks& body, const pack::Pack& pack, const Bookmarks& bookmarks) {
  std::string plain;
  for (const pack::TimelineEntry& entry : pack.timeline) {
    pugi::xml_node p = append_paragraph(body.node(), {.style = "TimelineEntry"});
    append_text(p, entry.label, {.style = kDateStyle, .bold = true});
    plain.assign("\t").append(entry.text).append(" (");
    append_text(p, plain);
    append_label_locators(p, pack, std::span(&entry.where, 1), bookmarks);
    append_text(p, ")");
    body.checkpoint();
  }
}

void append_glossary(BodyChunks& body, const pack::Pack& pack, const Bookmarks& bookmarks) {
  for (const pack::Term& term : pack.glossary) {
    append_reference_entry(body.node(), pack, term.name, entity_style(term.kind), model::kind_name(term.kind),
                           term.dates, term.description, term.mentions, bookmarks);
    body.checkpoint(1 + term.mentions.size());
  }
}

}  // namespace np::write::docx
