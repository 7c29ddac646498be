#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "write/docx/numbering.hpp"
#include "write/docx/parts.hpp"
#include "write/docx/wml.hpp"
#include "xml/xml.hpp"

namespace np::write::docx {
namespace {

std::vector<std::string> child_names(pugi::xml_node node) {
  std::vector<std::string> names;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) names.emplace_back(c.name());
  return names;
}

TEST(DocxParagraphProps, ListParagraphChildrenInSchemaOrder) {
  pugi::xml_document doc;
  // Filled in an order unlike the schema's: the writer must still put pStyle first.
  ParagraphProps props;
  props.indent = Indent{.left = 720, .hanging = 360};
  props.spacing = Spacing{.after = 0};
  props.tabs.push_back({.align = TabAlign::Right, .position = 9000, .dot_leader = true});
  props.numbering = NumberingRef{.num_id = 3, .level = 1};
  props.keep_next = true;
  props.style = "ListParagraph";
  pugi::xml_node p = append_paragraph(doc, props);
  append_text(p, "item");
  pugi::xml_node ppr = p.first_child();
  ASSERT_STREQ(ppr.name(), "w:pPr");
  EXPECT_EQ(child_names(ppr),
            (std::vector<std::string>{"w:pStyle", "w:keepNext", "w:numPr", "w:tabs", "w:spacing", "w:ind"}));
  EXPECT_EQ(child_names(ppr.child("w:numPr")), (std::vector<std::string>{"w:ilvl", "w:numId"}));
  EXPECT_STREQ(ppr.child("w:numPr").child("w:numId").attribute("w:val").value(), "3");
}

TEST(DocxRunProps, ChildrenInSchemaOrder) {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("w:p");
  append_text(p, "x",
              {.style = "EntityPerson",
               .font = "Consolas",
               .bold = true,
               .italic = true,
               .no_proof = true,
               .color = "0563C1",
               .underline = "single"});
  EXPECT_EQ(child_names(p.child("w:r").child("w:rPr")),
            (std::vector<std::string>{"w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:noProof", "w:color",
                                      "w:u"}));
}

TEST(DocxText, BreaksTabsAndControlCharacters) {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("w:p");
  append_text(p, std::string("a\tb\nc\x01 d ", 10));
  pugi::xml_node r = p.child("w:r");
  EXPECT_EQ(child_names(r), (std::vector<std::string>{"w:t", "w:tab", "w:t", "w:br", "w:t"}));
  EXPECT_STREQ(r.last_child().text().get(), "c d ");
  EXPECT_STREQ(r.last_child().attribute("xml:space").value(), "preserve");  // trailing space
  EXPECT_FALSE(r.first_child().attribute("xml:space"));                     // "a"
}

TEST(DocxText, SpacePreservedOnlyWhereNeeded) {
  EXPECT_FALSE(needs_space_preserve("plain words"));
  EXPECT_FALSE(needs_space_preserve(""));
  EXPECT_FALSE(needs_space_preserve("non\u00A0breaking"));
  EXPECT_TRUE(needs_space_preserve(" lead"));
  EXPECT_TRUE(needs_space_preserve("trail "));
  EXPECT_TRUE(needs_space_preserve("two  spaces"));
  EXPECT_TRUE(needs_space_preserve("a\tb"));
  EXPECT_TRUE(needs_space_preserve(" XE \"A\" "));

  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("w:p");
  append_text(p, "plain words");
  append_text(p, " lead", {.bold = true});
  const auto ts = p.select_nodes(".//w:t");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_FALSE(ts[0].node().attribute("xml:space"));
  EXPECT_STREQ(ts[1].node().attribute("xml:space").value(), "preserve");
}

TEST(DocxText, ContinuesTheLastRunWhenItLooksTheSame) {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("w:p");
  append_text(p, "one", {.style = "EntityDate", .bold = true});
  append_text(p, " two", {.style = "EntityDate", .bold = true});  // continues the run and its w:t
  append_text(p, "\tthree", {.style = "EntityDate", .bold = true});
  append_text(p, "four", {.style = "EntityDate"});  // other properties: a new run
  append_text(p, "five");
  append_bookmark_start(p, 0, "np_x");
  append_text(p, "six");  // not across a bookmark
  ASSERT_EQ(child_names(p), (std::vector<std::string>{"w:r", "w:r", "w:r", "w:bookmarkStart", "w:r"}));
  pugi::xml_node first = p.first_child();
  EXPECT_EQ(child_names(first), (std::vector<std::string>{"w:rPr", "w:t", "w:tab", "w:t"}));
  EXPECT_STREQ(first.child("w:t").text().get(), "one two");
  EXPECT_STREQ(first.child("w:t").attribute("xml:space").value(), "");
  EXPECT_STREQ(first.last_child().text().get(), "three");

  pugi::xml_node q = doc.append_child("w:p");
  append_text(q, "end ");
  append_text(q, " start");  // the joined text now needs preserving
  ASSERT_EQ(child_names(q), (std::vector<std::string>{"w:r"}));
  EXPECT_STREQ(q.child("w:r").child("w:t").text().get(), "end  start");
  EXPECT_STREQ(q.child("w:r").child("w:t").attribute("xml:space").value(), "preserve");
  append_field(q, " PAGE ", "1");
  append_text(q, "after");  // not into a field's runs
  EXPECT_STREQ(q.last_child().child("w:t").text().get(), "after");
}

TEST(DocxField, ResultlessFieldIsThreeRuns) {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("w:p");
  append_field(p, " XE \"A\" ");
  ASSERT_EQ(child_names(p), (std::vector<std::string>{"w:r", "w:r", "w:r"}));
  EXPECT_STREQ(p.first_child().child("w:fldChar").attribute("w:fldCharType").value(), "begin");
  EXPECT_STREQ(p.first_child().next_sibling().child("w:instrText").text().get(), " XE \"A\" ");
  EXPECT_STREQ(p.last_child().child("w:fldChar").attribute("w:fldCharType").value(), "end");
  // Padded, the instruction needs xml:space="preserve"; without padding it does not.
  EXPECT_STREQ(p.first_child().next_sibling().child("w:instrText").attribute("xml:space").value(), "preserve");
  append_field(p, "XE \"A\"");
  EXPECT_FALSE(p.select_node("(w:r/w:instrText)[2]").node().attribute("xml:space"));
}

TEST(DocxField, SimpleFieldHoldsItsInstructionAndCachedResult) {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("w:p");
  append_simple_field(p, " PAGEREF np_c1_m3 \\h ", "\u00A71.2", {.style = "Hyperlink"});
  ASSERT_EQ(child_names(p), (std::vector<std::string>{"w:fldSimple"}));
  pugi::xml_node field = p.first_child();
  EXPECT_STREQ(field.attribute("w:instr").value(), " PAGEREF np_c1_m3 \\h ");
  EXPECT_STREQ(field.select_node("w:r/w:rPr/w:rStyle").node().attribute("w:val").value(), "Hyperlink");
  EXPECT_STREQ(field.select_node("w:r/w:t").node().text().get(), "\u00A71.2");
  // What XML 1.0 cannot hold never reaches the instruction.
  append_simple_field(p,
                      " PAGEREF a\x01"
                      "b ",
                      "x");
  EXPECT_STREQ(p.last_child().attribute("w:instr").value(), " PAGEREF ab ");
}

TEST(DocxNumbering, AbstractNumsThenNumsWithStartsAndFormats) {
  Numbering numbering;
  EXPECT_EQ(numbering.add_list(model::ListStyle::Bullet, 1, 0), 1);
  EXPECT_EQ(numbering.add_list(model::ListStyle::LowerRoman, 4, 1), 2);
  EXPECT_EQ(numbering.add_list(model::ListStyle::Decimal, 1, 0), 3);
  pugi::xml_document doc;
  xml::parse(doc, numbering.to_xml(), "numbering");
  pugi::xml_node root = doc.child("w:numbering");
  const auto names = child_names(root);
  EXPECT_EQ(names,
            (std::vector<std::string>{"w:abstractNum", "w:abstractNum", "w:abstractNum", "w:num", "w:num", "w:num"}));
  EXPECT_EQ(child_names(root.find_child_by_attribute("w:num", "w:numId", "2")),
            (std::vector<std::string>{"w:abstractNumId", "w:lvlOverride"}));
  pugi::xml_node roman = root.find_child_by_attribute("w:abstractNum", "w:abstractNumId", "1");
  EXPECT_EQ(std::string(roman.child("w:nsid").attribute("w:val").value()).size(), 8u);
  pugi::xml_node level1 = roman.find_child_by_attribute("w:lvl", "w:ilvl", "1");
  EXPECT_EQ(child_names(level1), (std::vector<std::string>{"w:start", "w:numFmt", "w:lvlText", "w:lvlJc", "w:pPr"}));
  EXPECT_STREQ(level1.child("w:start").attribute("w:val").value(), "4");
  EXPECT_STREQ(level1.child("w:numFmt").attribute("w:val").value(), "lowerRoman");
  EXPECT_STREQ(level1.child("w:lvlText").attribute("w:val").value(), "%2.");
  pugi::xml_node bullet0 = root.first_child().child("w:lvl");
  EXPECT_STREQ(bullet0.child("w:numFmt").attribute("w:val").value(), "bullet");
  EXPECT_STREQ(bullet0.child("w:lvlText").attribute("w:val").value(), "\u2022");
  pugi::xml_node num2 = root.find_child_by_attribute("w:num", "w:numId", "2");
  EXPECT_STREQ(num2.child("w:abstractNumId").attribute("w:val").value(), "1");
}

TEST(DocxNumbering, OrderedListsShareAbstractNumAndRestartWithStartOverride) {
  Numbering numbering;
  EXPECT_EQ(numbering.add_list(model::ListStyle::Decimal, 1, 0), 1);
  EXPECT_EQ(numbering.add_list(model::ListStyle::Decimal, 1, 0), 2);
  EXPECT_EQ(numbering.add_list(model::ListStyle::Bullet, 1, 0), 3);
  EXPECT_EQ(numbering.add_list(model::ListStyle::Bullet, 1, 0), 4);
  pugi::xml_document doc;
  xml::parse(doc, numbering.to_xml(), "numbering");
  pugi::xml_node root = doc.child("w:numbering");
  EXPECT_EQ(child_names(root),
            (std::vector<std::string>{"w:abstractNum", "w:abstractNum", "w:num", "w:num", "w:num", "w:num"}));
  pugi::xml_node second = root.find_child_by_attribute("w:num", "w:numId", "2");
  EXPECT_EQ(child_names(second), (std::vector<std::string>{"w:abstractNumId", "w:lvlOverride"}));
  EXPECT_STREQ(second.child("w:abstractNumId").attribute("w:val").value(), "0");
  EXPECT_STREQ(second.child("w:lvlOverride").attribute("w:ilvl").value(), "0");
  EXPECT_STREQ(second.child("w:lvlOverride").child("w:startOverride").attribute("w:val").value(), "1");
  pugi::xml_node bullets = root.find_child_by_attribute("w:num", "w:numId", "4");
  EXPECT_EQ(child_names(bullets), (std::vector<std::string>{"w:abstractNumId"}));
  EXPECT_STREQ(bullets.child("w:abstractNumId").attribute("w:val").value(), "1");
}

TEST(DocxNumbering, NsidsAreDistinctHex) {
  EXPECT_NE(list_nsid(0), list_nsid(1));
  for (std::size_t i : {0u, 1u, 1000u}) {
    const std::string nsid = list_nsid(i);
    ASSERT_EQ(nsid.size(), 8u);
    EXPECT_EQ(nsid.find_first_not_of("0123456789ABCDEF"), std::string::npos) << nsid;
  }
}

std::vector<std::string> settings_children(bool update_fields) {
  pugi::xml_document doc;
  xml::parse(doc, settings_xml("de-DE", update_fields), "settings");
  return child_names(doc.child("w:settings"));
}

TEST(DocxSettings, NoUpdateFieldsByDefault) {
  const auto names = settings_children(false);
  EXPECT_EQ(std::find(names.begin(), names.end(), "w:updateFields"), names.end());
  pugi::xml_document doc;
  xml::parse(doc, settings_xml("de-DE", false), "settings");
  EXPECT_STREQ(doc.child("w:settings").child("w:themeFontLang").attribute("w:val").value(), "de-DE");
}

TEST(DocxSettings, UpdateFieldsAfterCharacterSpacingControlAndBeforeCompat) {
  const auto names = settings_children(true);
  const auto at = std::find(names.begin(), names.end(), "w:updateFields");
  ASSERT_NE(at, names.end());
  ASSERT_NE(at, names.begin());
  EXPECT_EQ(*(at - 1), "w:characterSpacingControl");
  EXPECT_EQ(*(at + 1), "w:compat");
}

TEST(DocxInsertInOrder, PlacesBeforeFirstLaterSibling) {
  pugi::xml_document doc;
  pugi::xml_node parent = doc.append_child("p");
  parent.append_child("a");
  parent.append_child("d");
  const std::vector<std::string_view> order{"a", "b", "c", "d"};
  insert_in_order(parent, "c", order);
  insert_in_order(parent, "b", order);
  insert_in_order(parent, "z", order);
  EXPECT_EQ(child_names(parent), (std::vector<std::string>{"a", "b", "c", "d", "z"}));
}

TEST(DocxCoreProperties, W3cdtfInUtc) {
  EXPECT_EQ(w3cdtf(315532800), "1980-01-01T00:00:00Z");
  EXPECT_EQ(w3cdtf(1767225600), "2026-01-01T00:00:00Z");
}

}  // namespace
}  // namespace np::write::docx
