#include "model/verbatim.hpp"

#include <gtest/gtest.h>

#include <string>

namespace np::model {
namespace {

std::vector<std::string> addresses(std::string_view text) {
  std::vector<std::string> out;
  for (const ByteRange& r : find_addresses(text)) out.emplace_back(text.substr(r.begin, r.size()));
  return out;
}

using Strings = std::vector<std::string>;

TEST(FindAddresses, WebAddressesWithAndWithoutScheme) {
  EXPECT_EQ(addresses("Source: https://www.example.org/cold-war?ref=notes&x=1"),
            (Strings{"https://www.example.org/cold-war?ref=notes&x=1"}));
  EXPECT_EQ(addresses("see www.bbc.co.uk/bitesize/stalin and ftp://files.example.org/a"),
            (Strings{"www.bbc.co.uk/bitesize/stalin", "ftp://files.example.org/a"}));
}

TEST(FindAddresses, LeavesOutTheSentencesPunctuation) {
  EXPECT_EQ(addresses("(see www.example.org/a_(b)), then http://x.org/y."),
            (Strings{"www.example.org/a_(b)", "http://x.org/y"}));
  EXPECT_EQ(addresses("\"https://example.org/q?a=1\"!"), (Strings{"https://example.org/q?a=1"}));
}

TEST(FindAddresses, EmailAddresses) {
  EXPECT_EQ(addresses("mail j.smith+notes@school.example.ac.uk, or me@home."),
            (Strings{"j.smith+notes@school.example.ac.uk"}));
}

TEST(FindAddresses, ProseIsNotAnAddress) {
  EXPECT_TRUE(addresses("Stalin @ the Kremlin: 2 @ 5p each; a://; awww. news").empty());
  EXPECT_TRUE(addresses("").empty());
}

TEST(VerbatimRanges, CodeSpansAndAddressesInOrder) {
  TextBlock block("a `b` www.x.org c `d`");
  block.annotate({2, 5}, Code{});
  block.annotate({0, 1}, Emphasis{});
  block.annotate({18, 21}, Code{});
  EXPECT_EQ(verbatim_ranges(block), (std::vector<ByteRange>{{2, 5}, {6, 15}, {18, 21}}));
}

TEST(OverlapsAny, SharingAByteIsOverlapping) {
  const std::vector<ByteRange> ranges{{2, 5}, {8, 11}};
  EXPECT_TRUE(overlaps_any(ranges, {4, 7}));
  EXPECT_FALSE(overlaps_any(ranges, {5, 8}));  // touching is not overlapping
  EXPECT_TRUE(overlaps_any(ranges, {10, 13}));
  EXPECT_FALSE(overlaps_any(ranges, {11, 13}));
  EXPECT_FALSE(overlaps_any({}, {0, 13}));
}

}  // namespace
}  // namespace np::model
