#include "read/lines.hpp"

#include <gtest/gtest.h>

#include <string>

namespace np::read {
namespace {

std::string_view content(std::string_view text, const Line& line) {
  return text.substr(line.content, line.end - line.content);
}

TEST(SplitLines, EveryLineEndKind) {
  const std::string text =
      "a\nb\r\nc\rd\xC2\x85"
      "e\xE2\x80\xA8"
      "f\xE2\x80\xA9g";
  const std::vector<Line> lines = split_lines(text);
  ASSERT_EQ(lines.size(), 7u);
  const char* expected[] = {"a", "b", "c", "d", "e", "f", "g"};
  for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(content(text, lines[i]), expected[i]) << i;
  EXPECT_EQ(lines[1].next, 5u);   // after "\r\n"
  EXPECT_EQ(lines[3].next, 10u);  // after NEL
  EXPECT_EQ(lines[4].next, 14u);  // after U+2028
  EXPECT_EQ(lines[6].next, text.size());
}

TEST(SplitLines, MeasuresIndentationWithTabsToMultiplesOfFour) {
  const std::string text = "  two\n\tfour\n \tfour too\n\t\teight\n\xC2\xA0one\n";
  const std::vector<Line> lines = split_lines(text);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].indent, 2);
  EXPECT_EQ(lines[1].indent, 4);
  EXPECT_EQ(lines[2].indent, 4);
  EXPECT_EQ(lines[3].indent, 8);
  EXPECT_EQ(lines[4].indent, 1);
  EXPECT_EQ(content(text, lines[4]), "one");
}

TEST(SplitLines, TrailingSpacesAreNotContent) {
  const std::string text = "word  \t\xC2\xA0\nnext";
  const std::vector<Line> lines = split_lines(text);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(content(text, lines[0]), "word");
  EXPECT_EQ(lines[0].begin, 0u);
  EXPECT_EQ(lines[0].next, 10u);
}

TEST(SplitLines, BlankLinesIncludingSpacesOnly) {
  const std::vector<Line> lines = split_lines("\n   \n\t\nx\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].kind, Line::Kind::Blank);
  EXPECT_EQ(lines[1].kind, Line::Kind::Blank);
  EXPECT_EQ(lines[2].kind, Line::Kind::Blank);
  EXPECT_EQ(lines[3].kind, Line::Kind::Text);
}

TEST(SplitLines, Rules) {
  const std::vector<Line> lines = split_lines("===\n-----\n--\n=-=\n");
  EXPECT_EQ(lines[0].kind, Line::Kind::Rule);
  EXPECT_EQ(lines[0].rule_char, '=');
  EXPECT_EQ(lines[1].kind, Line::Kind::Rule);
  EXPECT_EQ(lines[1].rule_char, '-');
  EXPECT_EQ(lines[2].kind, Line::Kind::Text);
  EXPECT_EQ(lines[3].kind, Line::Kind::Text);
}

struct MarkerCase {
  std::string line;
  model::ListStyle style;
  std::uint32_t number;
  std::string marker;
  std::string body;
};

TEST(SplitLines, RecognisesListMarkers) {
  const MarkerCase cases[] = {
      {"\xE2\x80\xA2 dot", model::ListStyle::Bullet, 1, "\xE2\x80\xA2", "dot"},
      {"\xE2\x80\xA2glued", model::ListStyle::Bullet, 1, "\xE2\x80\xA2", "glued"},
      {"- dash", model::ListStyle::Bullet, 1, "-", "dash"},
      {"*\tstar", model::ListStyle::Bullet, 1, "*", "star"},
      {"+ plus", model::ListStyle::Bullet, 1, "+", "plus"},
      {"\xE2\x80\x93 en", model::ListStyle::Bullet, 1, "\xE2\x80\x93", "en"},
      {"\xE2\x80\x94 em", model::ListStyle::Bullet, 1, "\xE2\x80\x94", "em"},
      {"\xEF\x82\xB7 symbol font", model::ListStyle::Bullet, 1, "\xEF\x82\xB7", "symbol font"},
      {"1. one", model::ListStyle::Decimal, 1, "1.", "one"},
      {"12) twelve", model::ListStyle::Decimal, 12, "12)", "twelve"},
      {"(3) three", model::ListStyle::Decimal, 3, "(3)", "three"},
      {"a) alpha", model::ListStyle::LowerAlpha, 1, "a)", "alpha"},
      {"c. gamma", model::ListStyle::LowerAlpha, 3, "c.", "gamma"},
      {"(b) beta", model::ListStyle::LowerAlpha, 2, "(b)", "beta"},
      {"D) upper", model::ListStyle::UpperAlpha, 4, "D)", "upper"},
      {"i. one", model::ListStyle::LowerRoman, 1, "i.", "one"},
      {"iv. four", model::ListStyle::LowerRoman, 4, "iv.", "four"},
      {"(xii) twelve", model::ListStyle::LowerRoman, 12, "(xii)", "twelve"},
  };
  for (const MarkerCase& c : cases) {
    const std::vector<Line> lines = split_lines(c.line);
    ASSERT_EQ(lines.size(), 1u) << c.line;
    const Line& line = lines[0];
    ASSERT_EQ(line.kind, Line::Kind::Bullet) << c.line;
    EXPECT_EQ(line.style, c.style) << c.line;
    EXPECT_EQ(line.number, c.number) << c.line;
    EXPECT_EQ(c.line.substr(line.content, line.marker_end - line.content), c.marker) << c.line;
    EXPECT_EQ(c.line.substr(line.body, line.end - line.body), c.body) << c.line;
  }
}

TEST(SplitLines, RejectsThingsThatOnlyLookLikeMarkers) {
  for (const std::string line : {"-5 degrees", "*emphasis*",
                                 "\xE2\x80\x93"
                                 "1917",
                                 "1917. A year", "1234) no", "e.g. this", "etc. and", "A. Upper with a stop",
                                 "(b. half", "abcde) long", "\xE2\x80\xA2", "-", "1.", "1.5 million", "Mr. Smith"}) {
    const std::vector<Line> lines = split_lines(line);
    ASSERT_EQ(lines.size(), 1u) << line;
    EXPECT_NE(lines[0].kind, Line::Kind::Bullet) << line;
  }
}

TEST(SplitLines, EmptyTextHasNoLines) { EXPECT_TRUE(split_lines("").empty()); }

TEST(SplitLines, LastLineWithoutTerminator) {
  const std::vector<Line> lines = split_lines("one\ntwo");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].end, 7u);
  EXPECT_EQ(lines[1].next, 7u);
}

}  // namespace
}  // namespace np::read
