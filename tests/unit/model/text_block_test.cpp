#include "model/text_block.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

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

/// A block of `size` ASCII letters in several source segments (with inserted bytes between
/// some), and `spans` random spans.
TextBlock random_block(std::mt19937& rng, std::uint32_t size, int spans) {
  TextBlock block;
  std::uint32_t source = 0;
  while (block.text().size() < size) {
    const std::uint32_t length = 1 + rng() % 9;
    block.append_from_source(std::string(length, static_cast<char>('a' + rng() % 26)), source);
    source += length + rng() % 3;  // sometimes a gap in the source (a dropped marker)
    if (rng() % 4 == 0) block.append_inserted(" ");
  }
  const auto n = static_cast<std::uint32_t>(block.text().size());
  for (int i = 0; i < spans; ++i) {
    const std::uint32_t a = rng() % (n + 1), b = rng() % (n + 1);
    block.annotate({std::min(a, b), std::max(a, b)}, Strong{});
  }
  return block;
}

TEST(TextBlockReplaceAll, GivesWhatReplacingOneByOneFromTheRightGives) {
  std::mt19937 rng(20261127);
  for (int round = 0; round < 500; ++round) {
    const TextBlock original = random_block(rng, 20 + rng() % 200, static_cast<int>(rng() % 30));
    const auto n = static_cast<std::uint32_t>(original.text().size());
    // Non-empty, ordered, non-overlapping ranges (some touching), replaced by text of any size.
    std::vector<std::string> withs;
    std::vector<TextBlock::Replacement> replacements;
    withs.reserve(64);
    for (std::uint32_t at = rng() % 5; at < n;) {
      const std::uint32_t end = std::min(n, at + 1 + static_cast<std::uint32_t>(rng() % 6));
      withs.push_back(std::string(rng() % 8, 'X'));
      replacements.push_back({{at, end}, withs.back()});
      at = end + rng() % 7;
    }
    TextBlock one_by_one = original;
    for (auto r = replacements.rbegin(); r != replacements.rend(); ++r) one_by_one.replace(r->range, r->with);
    TextBlock at_once = original;
    at_once.replace_all(replacements);
    ASSERT_EQ(at_once.text(), one_by_one.text()) << "round " << round;
    ASSERT_TRUE(at_once == one_by_one) << "round " << round;  // spans and source segments too
  }
}

TEST(TextBlockReplaceAll, RefusesEmptyOverlappingOrUnorderedRanges) {
  TextBlock block("abcdefgh");
  const std::vector<TextBlock::Replacement> empty{{{2, 2}, "x"}};
  const std::vector<TextBlock::Replacement> overlapping{{{1, 4}, "x"}, {{3, 5}, "y"}};
  const std::vector<TextBlock::Replacement> unordered{{{5, 6}, "x"}, {{1, 2}, "y"}};
  EXPECT_THROW(block.replace_all(empty), std::invalid_argument);
  EXPECT_THROW(block.replace_all(overlapping), std::invalid_argument);
  EXPECT_THROW(block.replace_all(unordered), std::invalid_argument);
  EXPECT_EQ(block.text(), "abcdefgh");
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
