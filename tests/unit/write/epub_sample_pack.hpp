#pragma once

// Hand-built packs for the EPUB writer tests, plus helpers that read a written EPUB back.

#include <map>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/document.hpp"
#include "pack/pack.hpp"
#include "pack/sections.hpp"
#include "zip/archive.hpp"

namespace np::write::epub::testing {

inline model::Block paragraph(model::TextBlock text) { return model::Block{.node = model::Paragraph{std::move(text)}}; }
inline model::Block paragraph(std::string text) { return paragraph(model::TextBlock(std::move(text))); }
inline model::Block heading(int level, std::string text) {
  return model::Block{.node = model::Heading{level, model::TextBlock(std::move(text))}};
}

/// Annotates the first occurrence of `word` (which must be in the text).
inline void tag(model::TextBlock& block, std::string_view word, model::Annotation what) {
  const auto at = static_cast<std::uint32_t>(std::string_view(block.text()).find(word));
  block.annotate({at, at + static_cast<std::uint32_t>(word.size())}, std::move(what));
}
inline model::Entity person(std::string id, std::uint32_t mention) {
  return model::Entity{model::EntityKind::Person, std::move(id), mention};
}

/// A one-file pack about the power struggle: a title with mentions, two top-level sections
/// (the first with a subsection), a list, a quote, a code block, overlapping spans, and every
/// kind of back matter, with an index holding subentries, See and See also.
inline pack::Pack sample_pack(bool course = false) {
  pack::Chapter ch;
  ch.name = "power-struggle";
  ch.title = "Lenin to Stalin";
  model::Document& doc = ch.doc;
  doc.title = model::TextBlock("Lenin to Stalin");
  tag(doc.title, "Lenin", person("lenin", 1));
  tag(doc.title, "Stalin", person("stalin", 2));

  doc.blocks.push_back(paragraph("Notes for the test on Tuesday."));
  doc.blocks.push_back(heading(1, "Why was there a struggle?"));
  model::TextBlock p1("Lenin never named a successor. He died on 21 January 1924.");
  tag(p1, "Lenin", person("lenin", 3));
  tag(p1, "21 January 1924", model::Date{"1924-01-21", "1924-01-21", "1924-01-21", "", 4});
  doc.blocks.push_back(paragraph(std::move(p1)));
  doc.blocks.push_back(heading(2, "Lenin's testament"));
  model::TextBlock p2("Stalin was General Secretary from April 1922, see https://example.org/stalin.");
  tag(p2, "Stalin was General", model::Strong{});  // crosses the concept
  tag(p2, "Stalin", person("stalin", 5));
  tag(p2, "General Secretary", model::Entity{model::EntityKind::Concept, "general-secretary", 6});
  tag(p2, "https://example.org/stalin", model::Link{"https://example.org/stalin"});
  doc.blocks.push_back(paragraph(std::move(p2)));
  model::List list{.style = model::ListStyle::LowerAlpha, .start = 3};
  list.items.push_back(model::ListItem{{paragraph("Trotsky was ill.")}});
  model::TextBlock kam("Kamenev and Zinoviev");
  tag(kam, "Kamenev", person("kamenev", 7));
  list.items.push_back(model::ListItem{{paragraph(std::move(kam)), paragraph("changed sides.")}});
  doc.blocks.push_back(model::Block{.node = std::move(list)});
  doc.blocks.push_back(heading(1, "The stages"));
  doc.blocks.push_back(model::Block{.node = model::Quote{{paragraph("Socialism in one country.")}}});
  doc.blocks.push_back(model::Block{.node = model::CodeBlock{"text", model::TextBlock("1923-25 <triumvirate>")}});
  doc.blocks.push_back(paragraph(""));
  model::number_blocks(doc);

  pack::Pack pack;
  pack.title = "Stalin's Russia";
  pack.language = "en-GB";
  pack.course = course;
  pack.sections.push_back(pack::number_sections(doc));
  pack.chapters.push_back(std::move(ch));
  if (course) {  // a second, short chapter
    pack::Chapter two;
    two.name = "purges";
    two.title = "The purges";
    two.doc.blocks.push_back(heading(1, "Kirov"));
    model::TextBlock k("Stalin had Kirov killed?");
    tag(k, "Stalin", person("stalin", 1));
    two.doc.blocks.push_back(paragraph(std::move(k)));
    model::number_blocks(two.doc);
    pack.sections.push_back(pack::number_sections(two.doc));
    pack.chapters.push_back(std::move(two));
  }

  const pack::Locator stalin_title{0, 2, -1}, stalin_p2{0, 5, 1}, lenin{0, 3, 0}, kamenev{0, 7, 1}, gensec{0, 6, 1},
      missing{0, 99, 0};
  pack.people.push_back({"stalin",
                         "Joseph Stalin",
                         "Stalin, Joseph",
                         "1878 \u2013 1953",
                         "General Secretary & dictator.",
                         {stalin_title, stalin_p2}});
  pack.people.push_back({"lenin", "Vladimir Lenin", "Lenin, Vladimir", "", "", {lenin}});
  pack.timeline.push_back({model::Date{"1924-01-21"}, "21 January 1924", "He died on 21 January 1924.", {0, 4, 0}, ""});
  pack.glossary.push_back({"general-secretary",
                           model::EntityKind::Concept,
                           "General Secretary",
                           "1922\u20131953",
                           "Head of the party secretariat.",
                           {gensec}});

  pack::IndexEntry gs{.term = "General Secretary", .entity = "general-secretary", .locators = {gensec}};
  pack::IndexEntry stalin{.term = "Stalin, Joseph",
                          .entity = "stalin",
                          .locators = {stalin_title, stalin_p2},
                          .subentries = {gs},
                          .see_also = {"Lenin, Vladimir"},
                          .see_also_entities = {"lenin"}};
  pack::IndexEntry koba{.term = "Koba", .see = "Stalin, Joseph", .see_entity = "stalin"};
  pack::IndexEntry dz{.term = "Dzhugashvili, Iosif", .see = "Stalin, Joseph", .see_entity = "stalin"};
  pack::IndexEntry ghost{.term = "Ghost", .see = "Nobody", .see_entity = "nobody"};  // dropped
  pack.index.push_back({"D", {dz}});
  pack.index.push_back({"G", {ghost}});
  pack.index.push_back({"K", {{.term = "Kamenev, Lev", .entity = "kamenev", .locators = {kamenev}}, koba}});
  pack.index.push_back({"L", {{.term = "Lenin, Vladimir", .entity = "lenin", .locators = {lenin, missing}}}});
  pack.index.push_back({"S", {stalin}});
  return pack;
}

/// The entries of an EPUB by name, and their order.
struct Book {
  std::vector<zip::Entry> entries;
  const zip::Entry* find(std::string_view name) const {
    for (const zip::Entry& e : entries)
      if (e.name == name) return &e;
    return nullptr;
  }
  std::string text(std::string_view name) const {
    const zip::Entry* e = find(name);
    return e ? e->bytes : std::string();
  }
};

inline Book read_book(std::string_view bytes) { return Book{zip::read_entries(bytes)}; }

inline bool load(pugi::xml_document& doc, const std::string& bytes) {
  return static_cast<bool>(
      doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata));
}

/// Concatenated text of an element.
inline std::string text_of(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling())
    out += n.type() == pugi::node_pcdata ? std::string(n.value()) : text_of(n);
  return out;
}

/// Serialises a node without indentation (for comparing fragments).
inline std::string markup(pugi::xml_node node) {
  struct Sink : pugi::xml_writer {
    std::string s;
    void write(const void* data, std::size_t size) override { s.append(static_cast<const char*>(data), size); }
  } sink;
  for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) n.print(sink, "", pugi::format_raw);
  return sink.s;
}

}  // namespace np::write::epub::testing
