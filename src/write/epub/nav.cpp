#include "write/epub/nav.hpp"

#include <unordered_map>

#include "write/epub/page.hpp"
#include "xml/xml.hpp"

namespace np::write::epub {
namespace {

struct Flat {
  int level;
  TocEntry entry;
};

/// Turns entries with heading levels into a tree: an entry is the child of the nearest
/// earlier entry with a lower level.
std::vector<TocEntry> nest(std::vector<Flat>& flat, std::size_t& i, int parent_level) {
  std::vector<TocEntry> out;
  while (i < flat.size() && flat[i].level > parent_level) {
    const int level = flat[i].level;
    TocEntry entry = std::move(flat[i].entry);
    ++i;
    entry.children = nest(flat, i, level);
    out.push_back(std::move(entry));
  }
  return out;
}

std::vector<TocEntry> section_entries(const Book& book, const Anchors& anchors, std::uint32_t chapter) {
  std::vector<Flat> flat;
  if (chapter < book.pack->sections.size())
    for (const pack::Section& s : book.pack->sections[chapter]) {
      std::string href = anchors.heading_href(chapter, s.block);
      if (href.empty()) continue;
      std::string label = plain_label(s.number + " " + s.title);
      if (label.empty()) label = "Section";
      flat.push_back({s.level, TocEntry{std::move(label), std::move(href), {}}});
    }
  std::size_t i = 0;
  std::vector<TocEntry> out;
  while (i < flat.size()) {  // a level lower than the first one's still gets listed
    std::vector<TocEntry> more = nest(flat, i, flat[i].level - 1);
    for (TocEntry& e : more) out.push_back(std::move(e));
  }
  return out;
}

void append_toc_list(pugi::xml_node parent, const std::vector<TocEntry>& entries) {
  pugi::xml_node ol = parent.append_child("ol");
  for (const TocEntry& entry : entries) {
    pugi::xml_node li = ol.append_child("li");
    pugi::xml_node a = append_text_element(li, "a", entry.label);
    a.append_attribute("href") = entry.href.c_str();
    if (!entry.children.empty()) append_toc_list(li, entry.children);
  }
}

class NcxWriter {
 public:
  void append(pugi::xml_node parent, const std::vector<TocEntry>& entries) {
    for (const TocEntry& entry : entries) {
      pugi::xml_node point = parent.append_child("navPoint");
      point.append_attribute("id") = ("navpoint-" + std::to_string(++points_)).c_str();
      // navPoints with the same target must share a play order, and the numbers must not
      // have gaps.
      const auto [it, fresh] = order_.try_emplace(entry.href, order_.size() + 1);
      point.append_attribute("playOrder") = static_cast<unsigned long long>(it->second);
      append_text_element(point.append_child("navLabel"), "text", entry.label);
      point.append_child("content").append_attribute("src") = entry.href.c_str();
      append(point, entry.children);
    }
  }

 private:
  std::size_t points_ = 0;
  std::unordered_map<std::string, std::size_t> order_;
};

int depth(const std::vector<TocEntry>& entries) {
  int d = 0;
  for (const TocEntry& e : entries) d = std::max(d, 1 + depth(e.children));
  return d;
}

void append_meta(pugi::xml_node head, const char* name, const std::string& content) {
  pugi::xml_node meta = head.append_child("meta");
  meta.append_attribute("name") = name;
  meta.append_attribute("content") = content.c_str();
}

}  // namespace

std::vector<TocEntry> build_toc(const Book& book, const Anchors& anchors) {
  const pack::Pack& pack = *book.pack;
  std::vector<TocEntry> toc;
  for (std::uint32_t c = 0; c < pack.chapters.size(); ++c) {
    std::string label = chapter_heading_text(pack, c);
    if (pack.course) label = std::to_string(c + 1) + " " + label;
    toc.push_back({std::move(label), anchors.chapter_file(c), section_entries(book, anchors, c)});
  }
  if (book.people) toc.push_back({"Who\u2019s who", kPeopleFile, {}});
  if (book.timeline) toc.push_back({"Timeline", kTimelineFile, {}});
  if (book.glossary) toc.push_back({"Glossary", kGlossaryFile, {}});
  if (!book.index.empty()) toc.push_back({"Index", kIndexFile, {}});
  if (toc.empty()) toc.push_back({book.title, kTitleFile, {}});  // an ol must not be empty
  return toc;
}

std::vector<Landmark> build_landmarks(const Book& book) {
  std::vector<Landmark> marks{{"titlepage", kTitleFile, "Title page"},
                              {"toc", std::string(kNavFile) + "#toc", "Contents"}};
  if (!book.parts.empty()) marks.push_back({"bodymatter", book.parts.front().file, "Start of the notes"});
  if (book.glossary) marks.push_back({"glossary", kGlossaryFile, "Glossary"});
  if (!book.index.empty()) marks.push_back({"index", kIndexFile, "Index"});
  return marks;
}

std::string render_nav(const Book& book, const std::vector<TocEntry>& toc, const std::vector<Landmark>& landmarks) {
  pugi::xml_document doc;
  pugi::xml_node body = start_page(doc, book.language, "Contents", nullptr);
  pugi::xml_node nav = body.append_child("nav");
  nav.append_attribute("epub:type") = "toc";
  nav.append_attribute("role") = "doc-toc";
  nav.append_attribute("id") = "toc";
  append_text_element(nav, "h1", "Contents");
  append_toc_list(nav, toc);

  pugi::xml_node marks = body.append_child("nav");
  marks.append_attribute("epub:type") = "landmarks";
  marks.append_attribute("id") = "landmarks";
  marks.append_attribute("hidden") = "hidden";
  append_text_element(marks, "h2", "Landmarks");
  pugi::xml_node ol = marks.append_child("ol");
  for (const Landmark& mark : landmarks) {
    pugi::xml_node a = append_text_element(ol.append_child("li"), "a", mark.label);
    a.append_attribute("epub:type") = mark.type;
    a.append_attribute("href") = mark.href.c_str();
  }
  return finish_page(doc);
}

std::string render_ncx(const Book& book, const std::string& uid, const std::vector<TocEntry>& toc) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node ncx = doc.append_child("ncx");
  ncx.append_attribute("xmlns") = "http://www.daisy.org/z3986/2005/ncx/";
  ncx.append_attribute("version") = "2005-1";
  ncx.append_attribute("xml:lang") = book.language.c_str();
  pugi::xml_node head = ncx.append_child("head");
  append_meta(head, "dtb:uid", uid);
  append_meta(head, "dtb:depth", std::to_string(std::max(1, depth(toc))));
  append_meta(head, "dtb:totalPageCount", "0");
  append_meta(head, "dtb:maxPageNumber", "0");
  append_text_element(ncx.append_child("docTitle"), "text", book.title);
  NcxWriter writer;
  writer.append(ncx.append_child("navMap"), toc);
  return xml::to_bytes(doc);
}

}  // namespace np::write::epub
