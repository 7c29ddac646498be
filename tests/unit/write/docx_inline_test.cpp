#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "write/docx/body.hpp"
#include "write/docx/wml.hpp"

namespace np::write::docx {
namespace {

/// Renders one text block into a paragraph and lists its children compactly:
/// "[name" bookmark start, "]" end, "XE…" field instructions, "style|b|i:text" runs,
/// "<link" / ">" around hyperlinks.
class InlineRender : public testing::Test {
 protected:
  std::vector<std::string> render(const model::TextBlock& block, std::uint32_t chapter = 0) {
    BodyContext ctx{.chapter = chapter,
                    .bookmarks = bookmarks_,
                    .numbering = numbering_,
                    .links = links_,
                    .marks = marks_,
                    .targets = targets_};
    pugi::xml_node p = doc_.append_child("w:p");
    append_inline(p, block, ctx);
    std::vector<std::string> out;
    describe(p, out);
    return out;
  }

  static void describe(pugi::xml_node parent, std::vector<std::string>& out) {
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
      const std::string name = c.name();
      if (name == "w:bookmarkStart") out.push_back(std::string("[") + c.attribute("w:name").value());
      if (name == "w:bookmarkEnd") out.push_back("]");
      if (name == "w:hyperlink") {
        out.push_back("<link");
        describe(c, out);
        out.push_back(">");
      }
      if (name != "w:r") continue;
      if (pugi::xml_node instr = c.child("w:instrText")) out.push_back(instr.text().get());
      pugi::xml_node t = c.child("w:t");
      if (!t) continue;
      pugi::xml_node rpr = c.child("w:rPr");
      std::string look = rpr.child("w:rStyle").attribute("w:val").value();
      if (rpr.child("w:b")) look += "|b";
      if (rpr.child("w:i")) look += "|i";
      if (rpr.child("w:u")) look += "|u";
      out.push_back(look + ":" + t.text().get());
    }
  }

  pugi::xml_document doc_;
  Bookmarks bookmarks_;
  Numbering numbering_;
  Relationships links_;
  IndexMarks marks_;
  MentionTargets targets_;  ///< the mentions a locator points to: only they get a bookmark
};

model::Entity place(std::uint32_t mention) {
  return {.kind = model::EntityKind::Place, .id = "moscow", .mention = mention};
}

TEST_F(InlineRender, EntityCrossingStrongSplitsRunsInsideOneBookmark) {
  model::TextBlock block("to Moscow now");
  block.annotate({0, 6}, model::Strong{});
  block.annotate({3, 9}, place(1));
  targets_.add({.chapter = 0, .mention = 1});
  EXPECT_EQ(render(block),
            (std::vector<std::string>{"|b:to ", "[np_c1_m1", "EntityPlace|b:Mos", "EntityPlace:cow", "]", ": now"}));
}

TEST_F(InlineRender, LinkInsideEntityKeepsEntityStyleAndUnderlines) {
  model::TextBlock block("Red Square");
  block.annotate({0, 10}, place(2));
  block.annotate({4, 10}, model::Link{.href = "https://example.org/rs"});
  targets_.add({.chapter = 0, .mention = 2});
  EXPECT_EQ(render(block),
            (std::vector<std::string>{"[np_c1_m2", "EntityPlace:Red ", "<link", "EntityPlace|u:Square", ">", "]"}));
  ASSERT_EQ(links_.all().size(), 1u);
  EXPECT_TRUE(links_.all()[0].external);
}

TEST_F(InlineRender, AdjacentMentionsCloseBeforeTheNextOpens) {
  model::TextBlock block("AB");
  block.annotate({0, 1}, place(1));
  block.annotate({1, 2}, place(2));
  targets_.add({.chapter = 2, .mention = 1});
  targets_.add({.chapter = 2, .mention = 2});
  EXPECT_EQ(render(block, 2),
            (std::vector<std::string>{"[np_c3_m1", "EntityPlace:A", "]", "[np_c3_m2", "EntityPlace:B", "]"}));
}

TEST_F(InlineRender, UnnumberedEmptyOrRepeatedMentionsGetNoBookmark) {
  model::TextBlock block("ab");
  block.annotate({0, 1}, place(0));  // not numbered
  block.annotate({1, 1}, place(5));  // empty
  block.annotate({1, 2}, place(1));
  for (std::uint32_t m : {0u, 1u, 5u}) targets_.add({.chapter = 0, .mention = m});
  const auto first = render(block);
  EXPECT_EQ(first, (std::vector<std::string>{"EntityPlace:a", "[np_c1_m1", "EntityPlace:b", "]"}));
  // The same mention again (a pack bug) must not produce a duplicate bookmark name.
  EXPECT_EQ(render(block), (std::vector<std::string>{"EntityPlace:ab"}));
}

TEST_F(InlineRender, OnlyMentionsALocatorPointsToGetABookmark) {
  model::TextBlock block("A and B");
  block.annotate({0, 1}, place(1));
  block.annotate({6, 7}, place(2));
  targets_.add({.chapter = 0, .mention = 2});
  targets_.add({.chapter = 1, .mention = 1});  // another chapter's mention 1
  EXPECT_EQ(render(block), (std::vector<std::string>{"EntityPlace:A", ": and ", "[np_c1_m2", "EntityPlace:B", "]"}));
}

TEST_F(InlineRender, RunsThatLookTheSameAreOneRun) {
  model::TextBlock block("Moscow St Petersburg, in italics");
  block.annotate({0, 6}, place(1));
  block.annotate({6, 20}, place(2));  // adjacent, same style, no bookmark between
  block.annotate({22, 32}, model::Emphasis{});
  block.annotate({25, 32}, model::Emphasis{});  // overlapping spans of one look
  EXPECT_EQ(render(block), (std::vector<std::string>{"EntityPlace:Moscow St Petersburg", ":, ", "|i:in italics"}));
  targets_.add({.chapter = 0, .mention = 2});
  EXPECT_EQ(render(block), (std::vector<std::string>{"EntityPlace:Moscow", "[np_c1_m2", "EntityPlace: St Petersburg",
                                                     "]", ":, ", "|i:in italics"}));
}

TEST_F(InlineRender, InternalFragmentLinksStayText) {
  model::TextBlock block("see above");
  block.annotate({4, 9}, model::Link{.href = "#above"});
  EXPECT_EQ(render(block), (std::vector<std::string>{":see ", "Hyperlink:above"}));
  EXPECT_TRUE(links_.empty());
}

TEST(DocxRelationshipUrl, PercentEncodesUnsafeBytes) {
  EXPECT_EQ(relationship_url("https://example.org/a b\"<>\\^`{|}"),
            "https://example.org/a%20b%22%3C%3E%5C%5E%60%7B%7C%7D");
  EXPECT_EQ(relationship_url("https://ru.wikipedia.org/wiki/\xD0\xA1"), "https://ru.wikipedia.org/wiki/%D0%A1");
  EXPECT_EQ(relationship_url("http://x.org/?q=1&r=2#frag"), "http://x.org/?q=1&r=2#frag");
  EXPECT_EQ(relationship_url(std::string("\x01", 1)), "");
}

}  // namespace
}  // namespace np::write::docx
