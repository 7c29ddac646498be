// The index: EPUB Indexes 1.0 markup (groups, entries, locators, subentries, See, See also)
// and ids that resolve.

#include <gtest/gtest.h>

#include <set>

#include "unit/write/epub_sample_pack.hpp"
#include "write/epub/index.hpp"
#include "write/writer.hpp"

namespace np::write::epub {
namespace {

std::string type_of(pugi::xml_node n) { return n.attribute("epub:type").value(); }

struct Index {
  testing::Book book;
  pugi::xml_document doc;
  pugi::xml_node body, index;
};

void load_index(Index& idx, const pack::Pack& pack) {
  idx.book = testing::read_book(write_epub(pack, Options{}));
  ASSERT_TRUE(testing::load(idx.doc, idx.book.text("EPUB/index.xhtml")));
  idx.body = idx.doc.child("html").child("body");
  idx.index = idx.body.find_child_by_attribute("section", "epub:type", "index");
}

/// The entry whose index-term reads `term`, anywhere.
pugi::xml_node entry(const Index& idx, const std::string& term) {
  for (pugi::xpath_node n : idx.index.select_nodes(".//li[@epub:type='index-entry']"))
    if (testing::text_of(n.node().child("span")) == term) return n.node();
  return {};
}

TEST(EpubIndex, IndexSectionSitsBelowTheDocumentHeading) {
  Index idx;
  load_index(idx, testing::sample_pack());
  EXPECT_EQ(type_of(idx.body), "backmatter");
  EXPECT_STREQ(idx.body.first_child().name(), "h1");
  ASSERT_TRUE(idx.index);
  EXPECT_STREQ(idx.index.attribute("role").value(), "doc-index");
  EXPECT_STREQ(idx.index.attribute("aria-label").value(), "Index");
}

TEST(EpubIndex, GroupsHaveALetterHeadingAndOneEntryList) {
  Index idx;
  load_index(idx, testing::sample_pack());
  std::vector<std::string> letters;
  for (pugi::xml_node group : idx.index.children("section")) {
    EXPECT_EQ(type_of(group), "index-group");
    letters.push_back(testing::text_of(group.child("h2")));
    EXPECT_EQ(std::string("idx-") + letters.back(), group.attribute("id").value());
    EXPECT_EQ(type_of(group.child("ul")), "index-entry-list");
    EXPECT_EQ(std::distance(group.children("ul").begin(), group.children("ul").end()), 1);
  }
  // "G" holds only a See to an entry that does not exist: dropped with its group.
  EXPECT_EQ(letters, (std::vector<std::string>{"D", "K", "L", "S"}));
}

TEST(EpubIndex, OneLocatorSitsInTheEntrySeveralInALocatorList) {
  Index idx;
  load_index(idx, testing::sample_pack());
  const pugi::xml_node kamenev = entry(idx, "Kamenev, Lev");
  ASSERT_TRUE(kamenev);
  EXPECT_STREQ(kamenev.attribute("id").value(), "ie-kamenev");
  EXPECT_EQ(testing::markup(kamenev),
            "<span epub:type=\"index-term\">Kamenev, Lev</span> "
            "<a epub:type=\"index-locator\" href=\"ch1-1.xhtml#m7\">\u00a71.1</a>");

  const pugi::xml_node lenin = entry(idx, "Lenin, Vladimir");
  const pugi::xml_node list = lenin.child("ul");
  EXPECT_EQ(type_of(list), "index-locator-list");
  EXPECT_EQ(testing::markup(list),
            "<li><a epub:type=\"index-locator\" href=\"ch1-1.xhtml#m3\">\u00a71</a>, </li>"
            // mention 99 was never rendered: the locator falls back to its section's heading
            "<li><a epub:type=\"index-locator\" href=\"ch1-1.xhtml#b2\">\u00a71</a></li>");
}

TEST(EpubIndex, SubentriesAndSeeAlso) {
  Index idx;
  load_index(idx, testing::sample_pack());
  const pugi::xml_node stalin = entry(idx, "Stalin, Joseph");
  ASSERT_TRUE(stalin);
  std::vector<std::string> kinds;
  for (pugi::xml_node child : stalin.children())
    if (child.type() == pugi::node_element) kinds.push_back(type_of(child));
  EXPECT_EQ(kinds,
            (std::vector<std::string>{"index-term", "index-locator-list", "index-xref-related", "index-entry-list"}));
  const pugi::xml_node related = stalin.find_child_by_attribute("span", "epub:type", "index-xref-related");
  EXPECT_EQ(testing::markup(related), "See also <a epub:type=\"index-term\" href=\"#ie-lenin\">Lenin, Vladimir</a>");
  const pugi::xml_node sub = stalin.last_child().child("li");
  EXPECT_EQ(type_of(sub), "index-entry");
  EXPECT_STREQ(sub.attribute("id").value(), "ie-general-secretary");
  EXPECT_EQ(testing::text_of(sub), "General Secretary \u00a71.1");
}

TEST(EpubIndex, AliasesSeeThePreferredEntry) {
  Index idx;
  load_index(idx, testing::sample_pack());
  const pugi::xml_node koba = entry(idx, "Koba");
  ASSERT_TRUE(koba);
  EXPECT_FALSE(koba.attribute("id"));
  EXPECT_EQ(testing::markup(koba),
            "<span epub:type=\"index-term\">Koba</span> <span epub:type=\"index-xref-preferred\">See "
            "<a epub:type=\"index-term\" href=\"#ie-stalin\">Stalin, Joseph</a></span>");
}

TEST(EpubIndex, IndexLocatorsAreAnchorsDirectlyInEntriesOrLocatorLists) {
  Index idx;
  load_index(idx, testing::sample_pack());
  const auto locators = idx.index.select_nodes(".//*[@epub:type='index-locator']");
  EXPECT_EQ(locators.size(), 6u);
  for (pugi::xpath_node n : locators) {
    EXPECT_STREQ(n.node().name(), "a");
    const std::string parent = type_of(n.node().parent());
    const std::string grandparent = type_of(n.node().parent().parent());
    EXPECT_TRUE(parent == "index-entry" || grandparent == "index-locator-list") << parent;
  }
}

TEST(EpubIndex, EntitiesInTheNotesLinkToTheirEntry) {
  Index idx;
  load_index(idx, testing::sample_pack());
  const std::string notes = idx.book.text("EPUB/ch1-1.xhtml");
  EXPECT_NE(notes.find("<a class=\"ix\" href=\"index.xhtml#ie-stalin\"><span class=\"entity person\" "
                       "id=\"m2\">Stalin</span></a>"),
            std::string::npos);
  // The concept crosses the Strong span: two pieces, one id, both linked.
  EXPECT_NE(notes.find("<strong><a class=\"ix\" href=\"index.xhtml#ie-stalin\"><span class=\"entity person\" "
                       "id=\"m5\">Stalin</span></a> was <a class=\"ix\" "
                       "href=\"index.xhtml#ie-general-secretary\">"
                       "<span class=\"entity concept\" id=\"m6\">General</span></a></strong>"
                       "<a class=\"ix\" href=\"index.xhtml#ie-general-secretary\"><span class=\"entity "
                       "concept\">"
                       " Secretary</span></a>"),
            std::string::npos)
      << notes;
}

TEST(EpubIndexPlan, KeepsOnlyEntriesWithSomethingToShow) {
  const pack::Pack pack = testing::sample_pack();
  const IndexPlan plan(pack);
  EXPECT_EQ(plan.entity_anchor("stalin"), "ie-stalin");
  EXPECT_EQ(plan.entity_anchor("general-secretary"), "ie-general-secretary");
  EXPECT_EQ(plan.entity_anchor("nobody"), "");
  EXPECT_EQ(plan.target_anchor("", "Stalin, Joseph"), "ie-stalin");
  EXPECT_FALSE(plan.keeps(pack.index[1].entries[0]));  // See "Nobody"
  EXPECT_TRUE(plan.keeps(pack.index[0].entries[0]));   // See "Stalin, Joseph"
  EXPECT_FALSE(plan.empty());
  EXPECT_TRUE(IndexPlan(pack::Pack{}).empty());
}

TEST(EpubIndexPlan, OddEntityIdsBecomeSafeUniqueIds) {
  pack::Pack pack = testing::sample_pack();
  pack.index.push_back(
      {"\u00c9", {{.term = "\u00c9migr\u00e9s", .entity = "emigres/white_russians", .locators = {{0, 3, 0}}}}});
  Index idx;
  load_index(idx, pack);
  const pugi::xml_node e = entry(idx, "\u00c9migr\u00e9s");
  ASSERT_TRUE(e);
  EXPECT_STREQ(e.attribute("id").value(), "ie-emigres_2fwhite__russians");
  EXPECT_STREQ(e.parent().parent().attribute("id").value(), "idx-_c3_89");
}

TEST(EpubIndex, NoIndexDocumentWithoutEntries) {
  pack::Pack pack = testing::sample_pack();
  pack.index.clear();
  const testing::Book book = testing::read_book(write_epub(pack, Options{}));
  EXPECT_EQ(book.find("EPUB/index.xhtml"), nullptr);
  EXPECT_EQ(book.text("EPUB/package.opf").find("properties=\"index\""), std::string::npos);
  EXPECT_EQ(book.text("EPUB/ch1-1.xhtml").find("index.xhtml"), std::string::npos);
}

}  // namespace
}  // namespace np::write::epub
