// The EPUB as a whole: OCF container bytes, entry order, determinism, well-formed XHTML,
// links that resolve, text that is never lost, and how the notes are split into documents.

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "model/walk.hpp"
#include "unit/write/epub_sample_pack.hpp"
#include "write/epub/layout.hpp"
#include "write/writer.hpp"

namespace np::write::epub {
namespace {

using testing::Book;
using testing::read_book;

std::string sample_epub(bool course = false) { return write_epub(testing::sample_pack(course), Options{}); }

TEST(EpubContainer, MimetypeIsFirstStoredWithoutExtraField) {
  const std::string bytes = sample_epub();
  ASSERT_GT(bytes.size(), 58u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(bytes[8], '\0');  // compression method 0: stored
  EXPECT_EQ(bytes[9], '\0');
  EXPECT_EQ(bytes[28], '\0');  // extra field length 0
  EXPECT_EQ(bytes[29], '\0');
  EXPECT_EQ(bytes.substr(26, 2), std::string("\x08\x00", 2));  // file name length 8
  EXPECT_EQ(bytes.substr(30, 8), "mimetype");
  EXPECT_EQ(bytes.substr(38, 20), "application/epub+zip");
}

TEST(EpubContainer, EntriesComeInPackageOrder) {
  const Book book = read_book(sample_epub());
  std::vector<std::string> names;
  for (const zip::Entry& e : book.entries) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                                             "EPUB/toc.ncx", "EPUB/style.css", "EPUB/title.xhtml", "EPUB/ch1-1.xhtml",
                                             "EPUB/ch1-2.xhtml", "EPUB/people.xhtml", "EPUB/timeline.xhtml",
                                             "EPUB/glossary.xhtml", "EPUB/index.xhtml"}));
  EXPECT_TRUE(book.entries[0].stored);
  EXPECT_NE(book.text("META-INF/container.xml").find("full-path=\"EPUB/package.opf\""), std::string::npos);
}

TEST(EpubContainer, SamePackGivesTheSameBytes) {
  EXPECT_EQ(sample_epub(), sample_epub());
  EXPECT_EQ(sample_epub(true), sample_epub(true));
  Options later;
  later.timestamp = 1700000000;
  EXPECT_NE(write_epub(testing::sample_pack(), later), sample_epub());
}

/// Names of the elements written self-closed ("<x .../>") that are not void elements.
std::vector<std::string> self_closed_non_void(const std::string& bytes) {
  static const std::set<std::string> kVoid{"meta", "link", "br", "hr", "img"};
  std::vector<std::string> found;
  for (std::size_t end = bytes.find("/>"); end != std::string::npos; end = bytes.find("/>", end + 2)) {
    const std::size_t open = bytes.rfind('<', end);
    const std::size_t name_end = bytes.find_first_of(" />", open + 1);
    const std::string name = bytes.substr(open + 1, name_end - open - 1);
    if (!kVoid.contains(name)) found.push_back(name);
  }
  return found;
}

TEST(EpubContainer, XhtmlDocumentsAreWellFormedAndNeverSelfCloseNonVoidElements) {
  const Book book = read_book(sample_epub(true));
  for (const zip::Entry& e : book.entries) {
    if (!e.name.ends_with(".xhtml")) continue;
    SCOPED_TRACE(e.name);
    pugi::xml_document doc;
    ASSERT_TRUE(testing::load(doc, e.bytes));
    EXPECT_TRUE(e.bytes.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE html>"));
    const pugi::xml_node html = doc.child("html");
    EXPECT_STREQ(html.attribute("lang").value(), "en-GB");
    EXPECT_STREQ(html.attribute("xml:lang").value(), "en-GB");
    EXPECT_STREQ(html.attribute("xmlns:epub").value(), "http://www.idpf.org/2007/ops");
    EXPECT_STREQ(html.child("head").child("meta").attribute("charset").value(), "utf-8");
    EXPECT_FALSE(testing::text_of(html.child("head").child("title")).empty());
    EXPECT_EQ(self_closed_non_void(e.bytes), std::vector<std::string>{});
  }
}

/// Every id of every document, and every internal href.
struct Links {
  std::map<std::string, std::set<std::string>> ids;        // file → ids
  std::vector<std::pair<std::string, std::string>> hrefs;  // (from file, href)
};

void collect(pugi::xml_node node, const std::string& file, Links& links, std::set<std::string>& seen) {
  for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    if (const char* id = n.attribute("id").value(); *id) {
      EXPECT_TRUE(seen.insert(id).second) << "duplicate id " << id << " in " << file;
      links.ids[file].insert(id);
    }
    const std::string href = n.attribute("href").value();
    if (!href.empty() && href.find("://") == std::string::npos && !href.starts_with("mailto:"))
      links.hrefs.emplace_back(file, href);
    collect(n, file, links, seen);
  }
}

Links collect_links(const Book& book) {
  Links links;
  for (const zip::Entry& e : book.entries) {
    if (!e.name.ends_with(".xhtml")) continue;
    pugi::xml_document doc;
    EXPECT_TRUE(testing::load(doc, e.bytes));
    std::set<std::string> seen;
    const std::string file = e.name.substr(5);  // without "EPUB/"
    links.ids[file];
    collect(doc, file, links, seen);
  }
  return links;
}

TEST(EpubContainer, EveryInternalLinkResolves) {
  for (bool course : {false, true}) {
    const Links links = collect_links(read_book(sample_epub(course)));
    EXPECT_GT(links.hrefs.size(), 20u);
    for (const auto& [from, href] : links.hrefs) {
      if (href == "style.css") continue;
      const auto hash = href.find('#');
      const std::string file = hash == 0 ? from : href.substr(0, hash);
      ASSERT_TRUE(links.ids.contains(file)) << from << " links to " << href;
      if (hash != std::string::npos) {
        EXPECT_TRUE(links.ids.at(file).contains(href.substr(hash + 1))) << from << " links to " << href;
      }
    }
  }
}

TEST(EpubContainer, EveryParagraphOfTheNotesIsThereInOrder) {
  const pack::Pack pack = testing::sample_pack();
  const Book book = read_book(write_epub(pack, Options{}));
  std::string text;
  for (const zip::Entry& e : book.entries)
    if (e.name.starts_with("EPUB/ch")) {
      pugi::xml_document doc;
      ASSERT_TRUE(testing::load(doc, e.bytes));
      text += testing::text_of(doc.child("html").child("body"));
    }
  std::size_t at = 0;
  model::for_each_text(pack.chapters[0].doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    const std::size_t found = text.find(block.text(), at);
    EXPECT_NE(found, std::string::npos) << "missing or out of order: " << block.text();
    if (found != std::string::npos) at = found + block.text().size();
  });
}

TEST(EpubLayout, OneFilePackSplitsAtTopLevelSections) {
  const pack::Pack pack = testing::sample_pack();
  const epub::Book book = plan_book(pack);
  ASSERT_EQ(book.parts.size(), 2u);
  EXPECT_EQ(book.parts[0].file, "ch1-1.xhtml");
  EXPECT_TRUE(book.parts[0].opens_chapter);
  EXPECT_EQ(book.parts[0].title, "Lenin to Stalin");
  EXPECT_EQ(book.parts[0].last, 6u);  // up to "The stages"
  EXPECT_EQ(book.parts[1].title, "The stages");
  EXPECT_FALSE(book.parts[1].opens_chapter);
}

TEST(EpubLayout, CoursePackHasOneFilePerChapterUnlessItIsLarge) {
  pack::Pack pack = testing::sample_pack(true);
  epub::Book book = plan_book(pack);
  ASSERT_EQ(book.parts.size(), 2u);
  EXPECT_EQ(book.parts[0].file, "ch1.xhtml");
  EXPECT_EQ(book.parts[1].file, "ch2.xhtml");
  EXPECT_EQ(book.chapter_parts, (std::vector<std::size_t>{0, 1}));

  // A chapter of 3 × 60 KB paragraphs: split at its sections, then by size.
  auto& blocks = pack.chapters[1].doc.blocks;
  for (int i = 0; i < 3; ++i) blocks.push_back(testing::paragraph(std::string(60 * 1024, 'x')));
  model::number_blocks(pack.chapters[1].doc);
  book = plan_book(pack);
  ASSERT_EQ(book.parts.size(), 4u);
  EXPECT_EQ(book.parts[1].file, "ch2-1.xhtml");
  EXPECT_EQ(book.parts[3].file, "ch2-3.xhtml");
  EXPECT_EQ(book.parts[3].title, "The purges (continued)");
  const Book epub = read_book(write_epub(pack, Options{}));
  EXPECT_NE(epub.find("EPUB/ch2-3.xhtml"), nullptr);
}

TEST(EpubLayout, EmptyPackStillMakesABook) {
  pack::Pack pack;
  const Book book = read_book(write_epub(pack, Options{}));
  EXPECT_NE(book.find("EPUB/title.xhtml"), nullptr);
  EXPECT_EQ(book.find("EPUB/index.xhtml"), nullptr);
  EXPECT_NE(book.text("EPUB/nav.xhtml").find("<li><a href=\"title.xhtml\">Revision notes</a></li>"), std::string::npos);
}

TEST(EpubLayout, LanguageTagsAreWellFormed) {
  EXPECT_EQ(language_tag("en-GB"), "en-GB");
  EXPECT_EQ(language_tag("en_GB"), "en-GB");
  EXPECT_EQ(language_tag("zh-Hant-TW"), "zh-Hant-TW");
  EXPECT_EQ(language_tag(""), "und");
  EXPECT_EQ(language_tag("English"), "und");
  EXPECT_EQ(language_tag("en GB"), "und");
  EXPECT_EQ(language_tag("en-"), "und");
  EXPECT_EQ(language_tag("e"), "und");
}

}  // namespace
}  // namespace np::write::epub
