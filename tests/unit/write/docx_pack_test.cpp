// Builds a small course pack by hand and checks the DOCX parts: structure, lists, entity
// styles, bookmarks, XE fields, the contents list, the back matter and the index.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/pipeline.hpp"
#include "write/docx/fields.hpp"
#include "write/docx/index.hpp"
#include "write/writer.hpp"
#include "xml/xml.hpp"
#include "zip/archive.hpp"

namespace np::write {
namespace {

using model::Block;
using model::TextBlock;

model::Entity person(const char* id, std::uint32_t mention) {
  return model::Entity{.kind = model::EntityKind::Person, .id = id, .mention = mention};
}

Block paragraph(TextBlock text, std::uint32_t id) { return Block{.node = model::Paragraph{std::move(text)}, .id = id}; }

Block heading(int level, const char* text, std::uint32_t id) {
  return Block{.node = model::Heading{.level = level, .content = TextBlock(text)}, .id = id};
}

Block list(model::ListStyle style, std::uint32_t start, std::vector<model::ListItem> items, std::uint32_t id) {
  return Block{.node = model::List{.style = style, .start = start, .items = std::move(items)}, .id = id};
}

model::ListItem item(std::vector<Block> blocks) { return model::ListItem{std::move(blocks)}; }

pack::Chapter power_struggle() {
  pack::Chapter c{.name = "power", .title = "Power struggle"};
  c.doc.title = TextBlock("Power struggle");
  TextBlock p("Stalin met Trotsky in 1917.");
  p.annotate({0, 6}, person("stalin", 1));
  p.annotate({7, 10}, model::Strong{});
  p.annotate({11, 18}, person("trotsky", 2));
  p.annotate({22, 26}, model::Date{.value = "1917", .mention = 3});
  TextBlock first("First \x01point");
  TextBlock nested_a("Sub a");
  TextBlock see_link("See the archive");
  see_link.annotate({8, 15}, model::Link{.href = "https://example.org/a b"});
  c.doc.blocks.push_back(heading(1, "Rivals", 1));
  c.doc.blocks.push_back(paragraph(std::move(p), 2));
  c.doc.blocks.push_back(
      list(model::ListStyle::Bullet, 1,
           {item({paragraph(std::move(first), 4),
                  list(model::ListStyle::Decimal, 3,
                       {item({paragraph(std::move(nested_a), 6)}), item({paragraph(TextBlock("Sub b"), 7)})}, 5)}),
            item({paragraph(TextBlock("Second"), 8)})},
           3));
  c.doc.blocks.push_back(paragraph(std::move(see_link), 9));
  return c;
}

pack::Chapter purges() {
  pack::Chapter c{.name = "purges", .title = "Purges"};
  TextBlock p("Stalin again, with the NKVD.");
  p.annotate({0, 6}, person("stalin", 1));
  p.annotate({23, 27}, model::Entity{.kind = model::EntityKind::Organisation, .id = "nkvd", .mention = 2});
  c.doc.blocks.push_back(heading(2, "Terror", 1));
  c.doc.blocks.push_back(paragraph(std::move(p), 2));
  // Two ordered lists in a row: the second restarts at 1.
  c.doc.blocks.push_back(list(model::ListStyle::Decimal, 1,
                              {item({paragraph(TextBlock("One"), 4)}), item({paragraph(TextBlock("Two"), 5)})}, 3));
  c.doc.blocks.push_back(paragraph(TextBlock("Between"), 6));
  c.doc.blocks.push_back(list(model::ListStyle::Decimal, 1, {item({paragraph(TextBlock("One again"), 8)})}, 7));
  return c;
}

pack::Pack sample_pack() {
  pack::Pack pack{.title = "Stalin's Russia", .language = "en-GB", .course = true};
  pack.chapters.push_back(power_struggle());
  pack.chapters.push_back(purges());
  pack.sections = {{{.block = 1, .level = 1, .number = "1", .title = "Rivals"}},
                   {{.block = 1, .level = 1, .number = "1", .title = "Terror"}}};
  pack.people.push_back({.id = "stalin",
                         .name = "Joseph Stalin",
                         .index = "Stalin, Joseph",
                         .dates = "1878\u20131953",
                         .description = "General Secretary",
                         .mentions = {{0, 1, 0}, {1, 1, 0}}});
  pack.timeline.push_back({.label = "1917", .text = "Stalin met Trotsky in 1917.", .where = {0, 3, 0}});
  pack.glossary.push_back({.id = "nkvd",
                           .kind = model::EntityKind::Organisation,
                           .name = "NKVD",
                           .description = "Secret police.",
                           .mentions = {{1, 2, 0}}});
  pack::IndexEntry koba{.term = "Koba", .see = "Stalin, Joseph", .see_entity = "stalin"};
  pack::IndexEntry stalin{.term = "Stalin, Joseph", .entity = "stalin", .locators = {{0, 1, 0}, {1, 1, 0}}};
  stalin.subentries.push_back({.term = "General: Secretary", .locators = {{1, 1, 0}}});
  stalin.see_also = {"Trotsky, Leon"};
  pack::IndexEntry trotsky{.term = "Trotsky, Leon", .entity = "trotsky", .locators = {{0, 2, 0}}};
  pack.index = {
      {.letter = "K", .entries = {koba}}, {.letter = "S", .entries = {stalin}}, {.letter = "T", .entries = {trotsky}}};
  return pack;
}

class DocxPack : public testing::Test {
 protected:
  void SetUp() override {
    bytes_ = write_docx(sample_pack(), {.timestamp = 1767225600});
    for (zip::Entry& e : zip::read_entries(bytes_)) {
      names_.push_back(e.name);
      parts_[e.name] = std::move(e.bytes);
    }
    xml::parse(document_, parts_.at("word/document.xml"), "document");
    body_ = document_.child("w:document").child("w:body");
  }

  /// Text of the w:t elements of a paragraph (field results included, instructions not).
  static std::string text_of(pugi::xml_node p) {
    std::string text;
    pugi::xpath_node_set nodes = p.select_nodes(".//w:t | .//w:tab[parent::w:r]");
    nodes.sort();
    for (pugi::xpath_node t : nodes) text += std::string(t.node().name()) == "w:tab" ? "\t" : t.node().text().get();
    return text;
  }

  std::vector<pugi::xml_node> paragraphs_with_style(const char* style) const {
    std::vector<pugi::xml_node> out;
    for (pugi::xml_node p : body_.children("w:p"))
      if (std::string(p.child("w:pPr").child("w:pStyle").attribute("w:val").value()) == style) out.push_back(p);
    return out;
  }

  std::string bytes_;
  std::vector<std::string> names_;
  std::map<std::string, std::string> parts_;
  pugi::xml_document document_;
  pugi::xml_node body_;
};

TEST(DocxIndexMarks, EachMentionGetsItsMarksInTheOrderMadeAcrossChapters) {
  const docx::IndexMarks marks(sample_pack());
  // Koba's See goes to Stalin's first locator, before Stalin's own mark and his See also.
  const auto first = marks.at(0, 1);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0], " XE \"Koba\" \\t \"See Stalin, Joseph\" ");
  EXPECT_EQ(first[1], " XE \"Stalin, Joseph\" ");
  EXPECT_NE(first[2].find("See also Trotsky, Leon"), std::string::npos);
  const auto second_chapter = marks.at(1, 1);
  ASSERT_EQ(second_chapter.size(), 2u);
  EXPECT_EQ(second_chapter[0], " XE \"Stalin, Joseph\" ");
  EXPECT_NE(second_chapter[1].find("General\\: Secretary"), std::string::npos);
  ASSERT_EQ(marks.at(0, 2).size(), 1u);
  EXPECT_EQ(marks.at(0, 2)[0], " XE \"Trotsky, Leon\" ");
  EXPECT_TRUE(marks.at(0, 0).empty());
  EXPECT_TRUE(marks.at(0, 3).empty());  // a timeline mention: no index entry
  EXPECT_TRUE(marks.at(1, 2).empty());
  EXPECT_TRUE(marks.at(7, 1).empty());
  EXPECT_EQ(marks.size(), 6u);
}

TEST_F(DocxPack, EveryXmlPartParses) {
  EXPECT_EQ(names_.front(), "[Content_Types].xml");
  for (const char* name : {"_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                           "word/numbering.xml", "word/fontTable.xml", "word/footer1.xml", "docProps/core.xml",
                           "docProps/app.xml", "word/_rels/document.xml.rels"}) {
    ASSERT_TRUE(parts_.contains(name)) << name;
    pugi::xml_document doc;
    EXPECT_NO_THROW(xml::parse(doc, parts_.at(name), name)) << name;
    EXPECT_EQ(parts_.at(name).find('\x01'), std::string::npos) << name;
  }
}

TEST_F(DocxPack, SameInputSameBytes) { EXPECT_EQ(write_docx(sample_pack(), {.timestamp = 1767225600}), bytes_); }

TEST_F(DocxPack, TitleContentsThenChapters) {
  pugi::xml_node first = body_.first_child();
  EXPECT_STREQ(first.child("w:pPr").child("w:pStyle").attribute("w:val").value(), "Title");
  EXPECT_EQ(text_of(first), "Stalin's Russia");
  const auto toc1 = paragraphs_with_style("TOC1");
  ASSERT_GE(toc1.size(), 2u);
  EXPECT_EQ(text_of(toc1[0]), "1\tPower struggle");
  EXPECT_STREQ(toc1[0].child("w:hyperlink").attribute("w:anchor").value(), "np_c1");
  EXPECT_TRUE(std::string(toc1[0].select_node(".//w:instrText").node().text().get()).find("TOC") != std::string::npos);
  const auto toc2 = paragraphs_with_style("TOC2");
  ASSERT_EQ(toc2.size(), 2u);
  EXPECT_STREQ(toc2[1].child("w:hyperlink").attribute("w:anchor").value(), "np_c2_h1");
  std::vector<std::string> back;
  for (pugi::xml_node p : toc1) back.push_back(text_of(p));
  EXPECT_EQ(back, (std::vector<std::string>{"1\tPower struggle", "2\tPurges", "Who\u2019s who", "Timeline", "Glossary",
                                            "Index"}));
  // No PAGEREF inside the contents list: LibreOffice would keep its cached text.
  for (pugi::xml_node p : toc1) {
    EXPECT_FALSE(p.select_node(".//w:instrText[contains(., 'PAGEREF')]"));
    EXPECT_FALSE(p.select_node(".//w:fldSimple"));
  }
}

TEST_F(DocxPack, HeadingsShiftUnderChapterTitles) {
  const auto h1 = paragraphs_with_style("Heading1");
  ASSERT_GE(h1.size(), 2u);
  EXPECT_EQ(text_of(h1[0]), "1\tPower struggle");
  EXPECT_STREQ(h1[0].child("w:bookmarkStart").attribute("w:name").value(), "np_c1");
  const auto h2 = paragraphs_with_style("Heading2");
  ASSERT_EQ(h2.size(), 2u);
  EXPECT_EQ(text_of(h2[0]), "1\tRivals");
  EXPECT_STREQ(h2[1].child("w:bookmarkStart").attribute("w:name").value(), "np_c2_h1");
}

TEST_F(DocxPack, ListsUseNumberingWithOneNumPerInstance) {
  const auto items = paragraphs_with_style("ListParagraph");
  ASSERT_EQ(items.size(), 7u);
  auto num = [](pugi::xml_node p) {
    pugi::xml_node n = p.child("w:pPr").child("w:numPr");
    return std::make_pair(n.child("w:ilvl").attribute("w:val").as_int(),
                          n.child("w:numId").attribute("w:val").as_int());
  };
  EXPECT_EQ(num(items[0]), std::make_pair(0, 1));
  EXPECT_EQ(num(items[1]), std::make_pair(1, 2));
  EXPECT_EQ(num(items[2]), std::make_pair(1, 2));
  EXPECT_EQ(num(items[3]), std::make_pair(0, 1));
  EXPECT_EQ(num(items[4]), std::make_pair(0, 3));
  EXPECT_EQ(num(items[5]), std::make_pair(0, 3));
  EXPECT_EQ(num(items[6]), std::make_pair(0, 4));
  EXPECT_EQ(text_of(items[0]), "First point");  // the control character is gone
  for (pugi::xml_node p : items) EXPECT_EQ(text_of(p).find("\u2022"), std::string::npos);

  pugi::xml_document numbering;
  xml::parse(numbering, parts_.at("word/numbering.xml"), "numbering");
  pugi::xml_node nested =
      numbering.child("w:numbering").find_child_by_attribute("w:abstractNum", "w:abstractNumId", "1");
  pugi::xml_node lvl = nested.find_child_by_attribute("w:lvl", "w:ilvl", "1");
  EXPECT_STREQ(lvl.child("w:start").attribute("w:val").value(), "3");
  EXPECT_STREQ(lvl.child("w:numFmt").attribute("w:val").value(), "decimal");
}

TEST_F(DocxPack, MentionsAreStyledBookmarkedAndIndexed) {
  pugi::xml_node p = body_.find_child([&](pugi::xml_node n) { return text_of(n) == "Stalin met Trotsky in 1917."; });
  ASSERT_TRUE(p);
  std::vector<std::string> seen;
  for (pugi::xml_node c = p.first_child(); c; c = c.next_sibling()) {
    const std::string name = c.name();
    if (name == "w:bookmarkStart") seen.push_back(std::string("[") + c.attribute("w:name").value());
    if (name == "w:bookmarkEnd") seen.push_back("]");
    if (name != "w:r") continue;
    if (pugi::xml_node instr = c.child("w:instrText")) seen.push_back(instr.text().get());
    if (pugi::xml_node t = c.child("w:t"))
      seen.push_back(std::string(c.child("w:rPr").child("w:rStyle").attribute("w:val").value()) + ":" + t.text().get());
  }
  const std::vector<std::string> expected{"[np_c1_m1",
                                          "EntityPerson:Stalin",
                                          "]",
                                          " XE \"Koba\" \\t \"See Stalin, Joseph\" ",
                                          " XE \"Stalin, Joseph\" ",
                                          " XE \"Stalin, Joseph\" \\t \"See also Trotsky, Leon\" ",
                                          ": ",
                                          ":met",
                                          ": ",
                                          "[np_c1_m2",
                                          "EntityPerson:Trotsky",
                                          "]",
                                          " XE \"Trotsky, Leon\" ",
                                          ": in ",
                                          "[np_c1_m3",
                                          "EntityDate:1917",
                                          "]",
                                          ":."};
  EXPECT_EQ(seen, expected);
  // The subentry's XE is at its own locator, in chapter 2.
  EXPECT_NE(parts_.at("word/document.xml").find("XE \"Stalin, Joseph:General\\: Secretary\""), std::string::npos);
}

TEST_F(DocxPack, ExternalLinksGoThroughRelationships) {
  pugi::xml_node link = body_.select_node("//w:hyperlink[@r:id]").node();
  ASSERT_TRUE(link);
  EXPECT_EQ(text_of(link), "archive");
  pugi::xml_document rels;
  xml::parse(rels, parts_.at("word/_rels/document.xml.rels"), "rels");
  pugi::xml_node rel =
      rels.child("Relationships").find_child_by_attribute("Relationship", "Id", link.attribute("r:id").value());
  EXPECT_STREQ(rel.attribute("Target").value(), "https://example.org/a%20b");
  EXPECT_STREQ(rel.attribute("TargetMode").value(), "External");
}

TEST_F(DocxPack, BackMatterLinksToMentions) {
  const auto entries = paragraphs_with_style("ReferenceEntry");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(text_of(entries[0]),
            "Stalin, Joseph (1878\u20131953). General Secretary. Mentioned in 1 \u00A71, p.\u00A0\u2013; "
            "2 \u00A71, p.\u00A0\u2013.");
  EXPECT_STREQ(entries[0].child("w:hyperlink").attribute("w:anchor").value(), "np_c1_m1");
  const auto pages = entries[0].select_nodes("w:hyperlink/w:fldSimple");
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_STREQ(pages.first().node().attribute("w:instr").value(), " PAGEREF np_c1_m1 \\h ");
  EXPECT_EQ(text_of(entries[1]), "NKVD organisation. Secret police. Mentioned in 2 \u00A71, p.\u00A0\u2013.");
  const auto timeline = paragraphs_with_style("TimelineEntry");
  ASSERT_EQ(timeline.size(), 1u);
  EXPECT_EQ(text_of(timeline[0]), "1917\tStalin met Trotsky in 1917. (1 \u00A71, p.\u00A0\u2013)");
  EXPECT_STREQ(timeline[0].child("w:hyperlink").attribute("w:anchor").value(), "np_c1_m3");
}

TEST_F(DocxPack, IndexHasLetterHeadingsPagerefLocatorsAndSeeEntries) {
  const auto letters = paragraphs_with_style("IndexHeading");
  ASSERT_EQ(letters.size(), 3u);
  EXPECT_EQ(text_of(letters[1]), "S");
  const auto index1 = paragraphs_with_style("Index1");
  ASSERT_EQ(index1.size(), 3u);
  EXPECT_EQ(text_of(index1[0]), "Koba see Stalin, Joseph");
  EXPECT_STREQ(index1[0].select_node(".//w:i/../../w:t").node().text().get(), "see");
  EXPECT_STREQ(index1[0].child("w:hyperlink").attribute("w:anchor").value(),
               index1[1].child("w:bookmarkStart").attribute("w:name").value());
  EXPECT_EQ(text_of(index1[1]), "Stalin, Joseph 1 \u00A71, 2 \u00A71; see also Trotsky, Leon");
  const auto locators = index1[1].select_nodes("w:hyperlink[w:fldSimple]");
  ASSERT_EQ(locators.size(), 2u);
  EXPECT_STREQ(locators.first().node().attribute("w:anchor").value(), "np_c1_m1");
  EXPECT_STREQ(locators.first().node().child("w:fldSimple").attribute("w:instr").value(), " PAGEREF np_c1_m1 \\h ");
  const auto index2 = paragraphs_with_style("Index2");
  ASSERT_EQ(index2.size(), 1u);
  EXPECT_EQ(text_of(index2[0]), "General: Secretary 2 \u00A71");
}

TEST_F(DocxPack, BookmarksAreValidAndUnique) {
  std::set<std::string> names;
  std::set<std::string> ids;
  for (pugi::xpath_node b : body_.select_nodes("//w:bookmarkStart")) {
    const std::string name = b.node().attribute("w:name").value();
    EXPECT_TRUE(docx::is_valid_bookmark_name(name)) << name;
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_TRUE(ids.insert(b.node().attribute("w:id").value()).second);
  }
  std::set<std::string> ends;
  for (pugi::xpath_node e : body_.select_nodes("//w:bookmarkEnd")) ends.insert(e.node().attribute("w:id").value());
  EXPECT_EQ(ids, ends);
  for (pugi::xpath_node link : body_.select_nodes("//w:hyperlink[@w:anchor]"))
    EXPECT_TRUE(names.contains(link.node().attribute("w:anchor").value())) << link.node().attribute("w:anchor").value();
}

TEST_F(DocxPack, CorePropertiesAndSettings) {
  pugi::xml_document core;
  xml::parse(core, parts_.at("docProps/core.xml"), "core");
  pugi::xml_node root = core.child("cp:coreProperties");
  EXPECT_STREQ(root.child("dc:title").text().get(), "Stalin's Russia");
  EXPECT_STREQ(root.child("dc:creator").text().get(), "notepress");
  EXPECT_STREQ(root.child("cp:keywords").text().get(), "Joseph Stalin");
  EXPECT_STREQ(root.child("dc:language").text().get(), "en-GB");
  EXPECT_STREQ(root.child("dcterms:created").text().get(), "2026-01-01T00:00:00Z");
  EXPECT_STREQ(root.child("dcterms:modified").attribute("xsi:type").value(), "dcterms:W3CDTF");
  EXPECT_EQ(parts_.at("word/settings.xml").find("updateFields"), std::string::npos);
  const std::string with_update = write_docx(sample_pack(), {.timestamp = 0, .update_fields = true});
  for (const zip::Entry& e : zip::read_entries(with_update)) {
    if (e.name == "word/settings.xml") {
      EXPECT_NE(e.bytes.find("<w:updateFields w:val=\"true\"/>"), std::string::npos);
    }
  }
}

TEST_F(DocxPack, FinalSectionIsA4WithFooter) {
  pugi::xml_node sect = body_.last_child();
  ASSERT_STREQ(sect.name(), "w:sectPr");
  EXPECT_STREQ(sect.child("w:pgSz").attribute("w:w").value(), "11906");
  EXPECT_STREQ(sect.first_child().name(), "w:footerReference");
}

#ifdef NP_SHARED_TOOLS
// The independent checker (schemas, content types, relationships, python-docx). Skipped when
// the checker or its tools are not installed (it exits 3); CI installs them.
TEST_F(DocxPack, PassesCheckDocx) {
  const std::filesystem::path tool = std::filesystem::path(NP_SHARED_TOOLS) / "check-docx";
  if (!std::filesystem::exists(tool)) GTEST_SKIP() << "no " << tool;
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("np_docx_pack_test_" + std::to_string(::getpid()) + ".docx");
  std::ofstream(file, std::ios::binary) << bytes_;
  const std::string command = tool.string() + " --no-render -q " + file.string() + " > /dev/null 2>&1";
  const int status = std::system(command.c_str());
  std::filesystem::remove(file);
  ASSERT_NE(status, -1);
  const int code = WEXITSTATUS(status);
  if (code == 3) GTEST_SKIP() << "check-docx: a needed tool is missing";
  EXPECT_EQ(code, 0) << "check-docx failed; rerun it on a dump of sample_pack() to see why";
}
#endif

}  // namespace
TEST(DocxContents, NotesWithNothingToListFollowTheTitleWithoutAContentsPage) {
  std::vector<pack::Chapter> chapters{test::process("Shopping\n\n- bread\n- milk\n")};
  const pack::Pack pack = pack::build(std::move(chapters), "Shopping", "en", false);
  const std::string document = test::zip_entry(write_docx(pack, {}), "word/document.xml");
  ASSERT_NE(document.find("\"Title\""), std::string::npos);
  EXPECT_EQ(document.find("TOCHeading"), std::string::npos);
  EXPECT_EQ(document.find(" TOC "), std::string::npos);
  EXPECT_EQ(document.find("w:type=\"page\""), std::string::npos);
  EXPECT_NE(document.find("bread"), std::string::npos);
}

}  // namespace np::write
