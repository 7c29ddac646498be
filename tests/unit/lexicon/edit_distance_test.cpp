#include "lexicon/edit_distance.hpp"

#include <gtest/gtest.h>

#include <string>

namespace np::lexicon {
namespace {

TEST(EditDistance, IdenticalAndEmpty) {
  EXPECT_EQ(edit_distance("Stalin", "Stalin"), 0u);
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
}

TEST(EditDistance, StudentMisspellings) {
  EXPECT_EQ(edit_distance("Zionev", "Zinoviev"), 3u);
  EXPECT_EQ(edit_distance("Trotksy", "Trotsky"), 1u);  // one transposition
  EXPECT_EQ(edit_distance("Bukarin", "Bukharin"), 1u);
  EXPECT_EQ(edit_distance("Kamanev", "Kamenev"), 1u);
  EXPECT_EQ(edit_distance("Stalen", "Stalin"), 1u);
}

TEST(EditDistance, SymmetricAndCaseSensitive) {
  EXPECT_EQ(edit_distance("Zinoviev", "Zionev"), 3u);
  EXPECT_EQ(edit_distance("stalin", "Stalin"), 1u);
}

TEST(EditDistance, CountsCodePointsNotBytes) {
  EXPECT_EQ(edit_distance("Kerensky", "K\xC3\xA9rensky"), 1u);
  EXPECT_EQ(edit_distance("\xC3\xA9\xC3\xA8", "\xC3\xA8\xC3\xA9"), 1u);
  EXPECT_EQ(edit_distance("\xD0\x9B\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xBD", "\xD0\x9B\xD0\xB5\xD0\xBD"), 2u);
}

TEST(EditDistance, OptimalStringAlignmentNotFullDamerau) {
  // "ca" -> "abc" is 2 with unrestricted transpositions but 3 when a transposed pair may not
  // be edited again.
  EXPECT_EQ(edit_distance("ca", "abc"), 3u);
  EXPECT_EQ(edit_distance("abcd", "badc"), 2u);
}

TEST(EditDistance, LimitStopsEarlyWithLimitPlusOne) {
  EXPECT_EQ(edit_distance("Zionev", "Zinoviev", 2), 3u);
  EXPECT_EQ(edit_distance("Zionev", "Zinoviev", 3), 3u);
  EXPECT_EQ(edit_distance("Stalin", "Trotsky", 1), 2u);
  EXPECT_EQ(edit_distance("a", "abcdefgh", 2), 3u);  // length difference alone exceeds the limit
  EXPECT_EQ(edit_distance("abc", "xyz", 0), 1u);
  EXPECT_EQ(edit_distance("abc", "abc", 0), 0u);
}

TEST(EditDistance, LimitGivesTheSameAnswerAsNoLimitWhenWithinIt) {
  const char* words[] = {"Stalin", "Stalen",  "Starlin", "Trotsky", "Trotksy", "Bukharin", "Bukarin", "Zinoviev",
                         "Zionev", "Kamenev", "Kamanev", "Lenin",   "Lennin",  "Rykov",    "Tomsky"};
  for (const char* a : words)
    for (const char* b : words) {
      const std::size_t full = edit_distance(a, b);
      for (std::size_t limit = 0; limit < 6; ++limit) {
        const std::size_t limited = edit_distance(a, b, limit);
        if (full <= limit)
          EXPECT_EQ(limited, full) << a << " " << b << " limit " << limit;
        else
          EXPECT_EQ(limited, limit + 1) << a << " " << b << " limit " << limit;
      }
    }
}

TEST(EditDistance, LongStringsAreFast) {
  const std::string a(5000, 'a');
  std::string b = a;
  b[2500] = 'b';
  EXPECT_EQ(edit_distance(a, b, 3), 1u);
  EXPECT_EQ(edit_distance(a, std::string(5000, 'z'), 2), 3u);
}

}  // namespace
}  // namespace np::lexicon
