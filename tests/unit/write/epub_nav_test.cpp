// Navigation: the toc nested like the headings, hidden landmarks, and an NCX that agrees.

#include <gtest/gtest.h>

#include <set>

#include "unit/write/epub_sample_pack.hpp"
#include "write/writer.hpp"

namespace np::write::epub {
namespace {

/// "label → href" lines, indented two spaces per level.
void outline(pugi::xml_node ol, int depth, std::vector<std::string>& out) {
  for (pugi::xml_node li : ol.children("li")) {
    const pugi::xml_node a = li.child("a");
    out.push_back(std::string(2 * static_cast<std::size_t>(depth), ' ') + testing::text_of(a) + " → " +
                  a.attribute("href").value());
    if (pugi::xml_node sub = li.child("ol")) outline(sub, depth + 1, out);
  }
}

void ncx_outline(pugi::xml_node parent, int depth, std::vector<std::string>& out) {
  for (pugi::xml_node point : parent.children("navPoint")) {
    out.push_back(std::string(2 * static_cast<std::size_t>(depth), ' ') +
                  point.child("navLabel").child("text").text().get() + " → " +
                  point.child("content").attribute("src").value());
    ncx_outline(point, depth + 1, out);
  }
}

struct Nav {
  testing::Book book;
  pugi::xml_document doc;
  pugi::xml_document ncx;
  pugi::xml_node toc, landmarks;
};

void load_nav(Nav& nav, bool course) {
  nav.book = testing::read_book(write_epub(testing::sample_pack(course), Options{}));
  ASSERT_TRUE(testing::load(nav.doc, nav.book.text("EPUB/nav.xhtml")));
  ASSERT_TRUE(testing::load(nav.ncx, nav.book.text("EPUB/toc.ncx")));
  const pugi::xml_node body = nav.doc.child("html").child("body");
  nav.toc = body.find_child_by_attribute("nav", "epub:type", "toc");
  nav.landmarks = body.find_child_by_attribute("nav", "epub:type", "landmarks");
}

TEST(EpubNav, TocIsNestedLikeTheHeadings) {
  Nav nav;
  load_nav(nav, false);
  ASSERT_TRUE(nav.toc);
  EXPECT_STREQ(nav.toc.attribute("id").value(), "toc");
  EXPECT_STREQ(nav.toc.attribute("role").value(), "doc-toc");
  EXPECT_STREQ(nav.toc.first_child().name(), "h1");
  std::vector<std::string> lines;
  outline(nav.toc.child("ol"), 0, lines);
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "Lenin to Stalin → ch1-1.xhtml",
                       "  1 Why was there a struggle? → ch1-1.xhtml#b2",
                       "    1.1 Lenin's testament → ch1-1.xhtml#b4",
                       "  2 The stages → ch1-2.xhtml#b10",
                       "Who\u2019s who → people.xhtml",
                       "Timeline → timeline.xhtml",
                       "Glossary → glossary.xhtml",
                       "Index → index.xhtml",
                   }));
}

TEST(EpubNav, CourseTocNumbersChapters) {
  Nav nav;
  load_nav(nav, true);
  std::vector<std::string> lines;
  outline(nav.toc.child("ol"), 0, lines);
  ASSERT_GE(lines.size(), 6u);
  EXPECT_EQ(lines[0], "1 Lenin to Stalin → ch1.xhtml");
  EXPECT_EQ(lines[4], "2 The purges → ch2.xhtml");
  EXPECT_EQ(lines[5], "  1 Kirov → ch2.xhtml#b1");
}

TEST(EpubNav, LabelsArePlainTextWithoutNestedLinks) {
  Nav nav;
  load_nav(nav, false);
  for (pugi::xpath_node a : nav.toc.select_nodes(".//a")) {
    EXPECT_FALSE(a.node().first_child().first_child()) << "only text inside toc links";
    EXPECT_FALSE(testing::text_of(a.node()).empty());
  }
}

TEST(EpubNav, LandmarksAreHiddenAndPointAtSpineDocuments) {
  Nav nav;
  load_nav(nav, false);
  ASSERT_TRUE(nav.landmarks);
  EXPECT_STREQ(nav.landmarks.attribute("hidden").value(), "hidden");
  pugi::xml_document opf;
  ASSERT_TRUE(testing::load(opf, nav.book.text("EPUB/package.opf")));
  std::set<std::string> spine;
  const pugi::xml_node package = opf.child("package");
  for (pugi::xml_node ref : package.child("spine").children("itemref"))
    spine.insert(package.child("manifest")
                     .find_child_by_attribute("item", "id", ref.attribute("idref").value())
                     .attribute("href")
                     .value());
  std::vector<std::string> marks;
  for (pugi::xml_node li : nav.landmarks.child("ol").children("li")) {
    const pugi::xml_node a = li.child("a");
    const std::string href = a.attribute("href").value();
    marks.push_back(std::string(a.attribute("epub:type").value()) + " " + href);
    EXPECT_TRUE(spine.contains(href.substr(0, href.find('#')))) << href;
  }
  EXPECT_EQ(marks, (std::vector<std::string>{"titlepage title.xhtml", "toc nav.xhtml#toc", "bodymatter ch1-1.xhtml",
                                             "glossary glossary.xhtml", "index index.xhtml"}));
}

TEST(EpubNav, NcxAgreesWithTheNavDocument) {
  for (bool course : {false, true}) {
    Nav nav;
    load_nav(nav, course);
    std::vector<std::string> toc, ncx;
    outline(nav.toc.child("ol"), 0, toc);
    const pugi::xml_node root = nav.ncx.child("ncx");
    ncx_outline(root.child("navMap"), 0, ncx);
    EXPECT_EQ(toc, ncx);
    pugi::xml_document opf;
    ASSERT_TRUE(testing::load(opf, nav.book.text("EPUB/package.opf")));
    EXPECT_STREQ(root.child("head").find_child_by_attribute("meta", "name", "dtb:uid").attribute("content").value(),
                 opf.child("package").child("metadata").child("dc:identifier").text().get());
    EXPECT_STREQ(root.child("head").find_child_by_attribute("meta", "name", "dtb:depth").attribute("content").value(),
                 "3");
    int order = 0;
    for (pugi::xpath_node point : root.select_nodes("//navPoint"))
      EXPECT_EQ(point.node().attribute("playOrder").as_int(), ++order);
  }
}

}  // namespace
}  // namespace np::write::epub
