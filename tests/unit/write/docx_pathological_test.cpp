// Pathological inputs (cmark-style): the DOCX writer stays linear and its output stays valid.

#include <gtest/gtest.h>

#include <chrono>
#include <pugixml.hpp>
#include <string>

#include "write/writer.hpp"
#include "xml/xml.hpp"
#include "zip/archive.hpp"

namespace np::write {
namespace {

std::string document_part(const std::string& docx) {
  for (zip::Entry& e : zip::read_entries(docx))
    if (e.name == "word/document.xml") return std::move(e.bytes);
  return {};
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(DocxPathological, HundredThousandMentionsInOneParagraph) {
  constexpr std::uint32_t kMentions = 100000;
  std::string text;
  text.reserve(kMentions * 3);
  for (std::uint32_t i = 0; i < kMentions; ++i) text += "ab ";
  model::TextBlock block(text);
  for (std::uint32_t i = 0; i < kMentions; ++i)
    block.annotate({i * 3, i * 3 + 2}, model::Entity{.kind = model::EntityKind::Concept, .id = "x", .mention = i + 1});
  pack::Pack pack{.title = "Big"};
  pack::Chapter chapter;
  chapter.doc.blocks.push_back({.node = model::Paragraph{std::move(block)}, .id = 1});
  pack.chapters.push_back(std::move(chapter));
  pack::IndexEntry entry{.term = "x", .entity = "x"};
  for (std::uint32_t i = 1; i <= kMentions; i += 1000) entry.locators.push_back({0, i, -1});
  pack.index.push_back({.letter = "X", .entries = {entry}});

  const auto start = std::chrono::steady_clock::now();
  const std::string docx = write_docx(pack, {});
  EXPECT_LT(seconds_since(start), 60.0);  // linear: about a second even in a sanitiser build
  pugi::xml_document doc;
  xml::parse(doc, document_part(docx), "document");
  // Bookmarks and XE fields only at the 100 mentions the index points to; + the bookmarks of
  // the index heading and the index entry.
  constexpr std::size_t kLocators = kMentions / 1000;
  EXPECT_EQ(doc.select_nodes("//w:bookmarkStart").size(), kLocators + 2);
  EXPECT_EQ(doc.select_nodes("//w:instrText[starts-with(., ' XE ')]").size(), kLocators);
  EXPECT_EQ(doc.select_nodes("//w:t[. = 'ab']").size(), kMentions);
}

TEST(DocxPathological, ThousandDeepListClampsToNineLevels) {
  model::Block inner{.node = model::Paragraph{model::TextBlock("deep")}, .id = 1};
  for (int depth = 0; depth < 1000; ++depth) {
    model::List list;
    list.items.push_back(model::ListItem{{std::move(inner)}});
    inner = model::Block{.node = std::move(list), .id = static_cast<std::uint32_t>(depth + 2)};
  }
  pack::Pack pack{.title = "Deep"};
  pack::Chapter chapter;
  chapter.doc.blocks.push_back(std::move(inner));
  pack.chapters.push_back(std::move(chapter));
  const std::string docx = write_docx(pack, {});
  pugi::xml_document doc;
  xml::parse(doc, document_part(docx), "document");
  pugi::xml_node ilvl = doc.select_node("//w:numPr/w:ilvl").node();
  ASSERT_TRUE(ilvl);
  EXPECT_STREQ(ilvl.attribute("w:val").value(), "8");
}

}  // namespace
}  // namespace np::write
