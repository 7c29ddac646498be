#include "model/text_block.hpp"

#include <gtest/gtest.h>

#include "model/check.hpp"
#include "model/runs.hpp"

namespace np::model {
namespace {

TEST(TextBlockAnnotate, KeepsSpansSortedByBeginThenLongestFirst) {
  TextBlock block("Joseph Stalin was General Secretary");
  block.annotate({14, 17}, Emphasis{});
  block.annotate({0, 13}, Entity{EntityKind::Person, "stalin", 0});
  block.annotate({0, 6}, Strong{});
  ASSERT_EQ(block.spans().size(), 3u);
  EXPECT_EQ(block.spans()[0].range, (ByteRange{0, 13}));
  EXPECT_EQ(block.spans()[1].range, (ByteRange{0, 6}));
  EXPECT_EQ(block.spans()[2].range, (ByteRange{14, 17}));
  EXPECT_TRUE(check(block).empty());
}

TEST(TextBlockAnnotate, RejectsRangesOutsideTextOrInsideCodePoints) {
  TextBlock block("caf\xC3\xA9");
  EXPECT_THROW(block.annotate({0, 9}, Strong{}), std::out_of_range);
  EXPECT_THROW(block.annotate({0, 4}, Strong{}), std::out_of_range);  // splits "é"
  EXPECT_NO_THROW(block.annotate({0, 5}, Strong{}));
}

TEST(TextBlockReplace, ShiftsSpansAfterEdit) {
  TextBlock block("Zionev and Kamenev");
  block.annotate({11, 18}, Entity{EntityKind::Person, "kamenev", 0});
  block.replace({0, 6}, "Zinoviev");
  EXPECT_EQ(block.text(), "Zinoviev and Kamenev");
  EXPECT_EQ(block.spans()[0].range, (ByteRange{13, 20}));
}

TEST(TextBlockReplace, StretchesSpansThatOverlapTheEdit) {
  TextBlock block("the Bukarin plan");
  block.annotate({4, 11}, Strong{});
  block.replace({4, 11}, "Bukharin");
  EXPECT_EQ(block.spans()[0].range, (ByteRange{4, 12}));
}

TEST(TextBlockReplace, InsertionAtASpanEndDoesNotExtendIt) {
  TextBlock block("Stalins rise");
  block.annotate({0, 6}, Strong{});
  block.replace({6, 6}, "'");
  EXPECT_EQ(block.text(), "Stalin's rise");
  EXPECT_EQ(block.spans()[0].range, (ByteRange{0, 6}));
}

TEST(TextBlockReplace, CutsSourceSegmentsSoReplacementsCountAsInserted) {
  TextBlock block;
  block.append_from_source("Zionev fled", 100);
  block.replace({0, 6}, "Zinoviev");
  ASSERT_EQ(block.segments().size(), 1u);
  EXPECT_EQ(block.segments()[0].text_begin, 8u);
  EXPECT_EQ(block.segments()[0].source_begin, 106u);
  EXPECT_EQ(block.source_offset(9), 107u);
  EXPECT_EQ(block.source_offset(2), 106u);  // inserted text maps to the next copied byte
}

TEST(TextBlockSource, MergesAdjacentCopiesIntoOneSegment) {
  TextBlock block;
  block.append_from_source("ab", 10);
  block.append_from_source("cd", 12);
  block.append_inserted(" ");
  block.append_from_source("ef", 20);
  ASSERT_EQ(block.segments().size(), 2u);
  EXPECT_EQ(block.segments()[0].length, 4u);
  EXPECT_EQ(block.source_offset(5), 20u);
}

TEST(SplitIntoRuns, CoversTheTextWithTheSpansActiveInEachPiece) {
  TextBlock block("abcdef");
  block.annotate({1, 4}, Strong{});
  block.annotate({2, 6}, Emphasis{});
  const auto runs = split_into_runs(block);
  ASSERT_EQ(runs.size(), 4u);
  EXPECT_EQ(runs[0].range, (ByteRange{0, 1}));
  EXPECT_TRUE(runs[0].active.empty());
  EXPECT_EQ(runs[1].active.size(), 1u);
  EXPECT_EQ(runs[2].range, (ByteRange{2, 4}));
  EXPECT_EQ(runs[2].active.size(), 2u);
  EXPECT_EQ(runs[3].range, (ByteRange{4, 6}));
  EXPECT_EQ(runs[3].active.size(), 1u);
}

TEST(SplitIntoRuns, HandlesManySpansInLinearishTime) {
  std::string text(200000, 'a');
  TextBlock block(text);
  std::vector<Span> spans;
  for (std::uint32_t i = 0; i + 2 <= text.size(); i += 2) spans.push_back({{i, i + 2}, Strong{}});
  block.annotate(std::move(spans));
  EXPECT_EQ(split_into_runs(block).size(), 100000u);
}

}  // namespace
}  // namespace np::model
