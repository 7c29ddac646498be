#include "write/epub/sections.hpp"

#include <unordered_set>

#include "model/entity_info.hpp"
#include "write/epub/page.hpp"

namespace np::write::epub {
namespace {

void append_link(pugi::xml_node parent, const std::string& href, std::string_view text) {
  pugi::xml_node a = append_text_element(parent, "a", text);
  a.append_attribute("href") = href.c_str();
}

void append_locator_link(pugi::xml_node parent, const Book& book, const Anchors& anchors,
                         const pack::Locator& locator) {
  append_link(parent, anchors.href(locator), book.pack->locator_label(locator));
}

/// "Mentioned: §1, §2.3" as a paragraph of links back to the notes; nothing if none.
void append_mentions(pugi::xml_node parent, const Book& book, const Anchors& anchors,
                     const std::vector<pack::Locator>& mentions) {
  if (mentions.empty()) return;
  pugi::xml_node p = parent.append_child("p");
  p.append_attribute("class") = "refs";
  append_text(p, "Mentioned: ");
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (i > 0) append_text(p, ", ");
    append_locator_link(p, book, anchors, mentions[i]);
  }
}

/// A term (name plus optional dates) for a dt.
void append_term(pugi::xml_node dt, const char* kind, std::string_view name, std::string_view dates) {
  pugi::xml_node term = append_text_element(dt, "span", name);
  term.append_attribute("class") = (std::string("term ") + kind).c_str();
  if (dates.empty()) return;
  append_text(dt, " ");
  pugi::xml_node d = append_text_element(dt, "span", "(" + std::string(dates) + ")");
  d.append_attribute("class") = "dates";
}

void append_description(pugi::xml_node dd, std::string_view description) {
  if (!description.empty()) append_text_element(dd, "p", description);
}

/// Writes `id` on `node` unless an element of the document already has it.
void set_unique_id(pugi::xml_node node, const std::string& id, std::unordered_set<std::string>& used) {
  if (used.insert(id).second) node.append_attribute("id") = id.c_str();
}

pugi::xml_node start_back_page(pugi::xml_document& doc, const Book& book, const char* title) {
  pugi::xml_node body = start_page(doc, book.language, title, "backmatter");
  return body;
}

}  // namespace

std::string render_title_page(const Book& book, const Anchors& anchors) {
  pugi::xml_document doc;
  pugi::xml_node body = start_page(doc, book.language, book.title, "frontmatter");
  pugi::xml_node section = body.append_child("section");
  section.append_attribute("epub:type") = "titlepage";
  section.append_attribute("class") = "titlepage";
  append_text_element(section, "h1", book.title).append_attribute("class") = "title";
  if (const std::string authors = book.pack->authors_line(); !authors.empty())
    append_text_element(section, "p", authors).append_attribute("class") = "authors";
  append_text_element(section, "p", "Revision notes").append_attribute("class") = "subtitle";
  const pack::Pack& pack = *book.pack;
  if (pack.course && !pack.chapters.empty()) {
    append_text_element(section, "h2", "Chapters");
    pugi::xml_node ol = section.append_child("ol");
    ol.append_attribute("class") = "chapters";
    for (std::uint32_t c = 0; c < pack.chapters.size(); ++c)
      append_link(ol.append_child("li"), anchors.chapter_file(c), chapter_heading_text(pack, c));
  }
  pugi::xml_node p = section.append_child("p");
  p.append_attribute("class") = "contents-link";
  append_link(p, std::string(kNavFile) + "#toc", "Contents");
  return finish_page(doc);
}

std::string render_people(const Book& book, const Anchors& anchors) {
  pugi::xml_document doc;
  pugi::xml_node body = start_back_page(doc, book, "Who\u2019s who");
  append_text_element(body, "h1", "Who\u2019s who");
  pugi::xml_node dl = body.append_child("dl");
  dl.append_attribute("class") = "people";
  std::unordered_set<std::string> ids;
  for (const pack::Person& person : book.pack->people) {
    pugi::xml_node dt = dl.append_child("dt");
    set_unique_id(dt, "who-" + id_token(person.id), ids);
    append_term(dt, "person", person.name, person.dates);
    pugi::xml_node dd = dl.append_child("dd");
    append_description(dd, person.description);
    append_mentions(dd, book, anchors, person.mentions);
  }
  return finish_page(doc);
}

std::string render_timeline(const Book& book, const Anchors& anchors) {
  pugi::xml_document doc;
  pugi::xml_node body = start_back_page(doc, book, "Timeline");
  append_text_element(body, "h1", "Timeline");
  pugi::xml_node dl = body.append_child("dl");
  dl.append_attribute("class") = "timeline";
  for (const pack::TimelineEntry& entry : book.pack->timeline) {
    append_text_element(dl, "dt", entry.label.empty() ? entry.date.value : entry.label);
    pugi::xml_node dd = dl.append_child("dd");
    append_text(dd, entry.text);
    append_text(dd, " ");
    pugi::xml_node ref = dd.append_child("span");
    ref.append_attribute("class") = "refs";
    append_text(ref, "(");
    append_locator_link(ref, book, anchors, entry.where);
    append_text(ref, ")");
  }
  return finish_page(doc);
}

std::string render_glossary(const Book& book, const Anchors& anchors) {
  pugi::xml_document doc;
  pugi::xml_node body = start_back_page(doc, book, "Glossary");
  pugi::xml_node section = body.append_child("section");
  section.append_attribute("epub:type") = "glossary";
  section.append_attribute("role") = "doc-glossary";
  section.append_attribute("aria-labelledby") = "glossary-title";
  append_text_element(section, "h1", "Glossary").append_attribute("id") = "glossary-title";
  pugi::xml_node dl = section.append_child("dl");
  std::unordered_set<std::string> ids{"glossary-title"};
  for (const pack::Term& term : book.pack->glossary) {
    pugi::xml_node dt = dl.append_child("dt");
    set_unique_id(dt, "gl-" + id_token(term.id), ids);
    append_term(dt, model::kind_name(term.kind), term.name, term.dates);
    pugi::xml_node dd = dl.append_child("dd");
    append_description(dd, term.description);
    append_mentions(dd, book, anchors, term.mentions);
  }
  return finish_page(doc);
}

}  // namespace np::write::epub
