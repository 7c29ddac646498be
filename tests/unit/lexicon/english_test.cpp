#include "lexicon/english.hpp"

#include <gtest/gtest.h>

namespace np::english {
namespace {

TEST(EnglishCommonWord, OrdinaryWordsInAnyCapitalisation) {
  EXPECT_TRUE(is_common_word("left"));
  EXPECT_TRUE(is_common_word("Left"));
  EXPECT_TRUE(is_common_word("LEFT"));
  EXPECT_TRUE(is_common_word("party"));
  EXPECT_TRUE(is_common_word("terror"));
}

TEST(EnglishCommonWord, BritishSpellings) {
  EXPECT_TRUE(is_common_word("criticised"));
  EXPECT_TRUE(is_common_word("collectivisation"));
  EXPECT_TRUE(is_common_word("industrialisation"));
  EXPECT_TRUE(is_common_word("organised"));
  EXPECT_TRUE(is_common_word("favourite"));
}

TEST(EnglishCommonWord, ProperNamesAreNotCommonWords) {
  EXPECT_FALSE(is_common_word("stalin"));
  EXPECT_FALSE(is_common_word("Stalin"));
  EXPECT_FALSE(is_common_word("Zinoviev"));
  EXPECT_FALSE(is_common_word("Zionev"));
  EXPECT_FALSE(is_common_word("Bukarin"));
  EXPECT_FALSE(is_common_word(""));
}

TEST(EnglishCommonWord, IsationRuleNeedsAListedIzeForm) {
  EXPECT_FALSE(is_common_word("stalinisation"));
  EXPECT_FALSE(is_common_word("ise"));
}

TEST(EnglishContains, ExactlyAsWritten) {
  EXPECT_TRUE(contains("left"));
  EXPECT_TRUE(contains("Stalin"));
  EXPECT_FALSE(contains("stalin"));
  EXPECT_FALSE(contains(""));
}

TEST(EnglishKnownWord, AnyCapitalisationOfCommonWordsOrProperNouns) {
  EXPECT_TRUE(is_known_word("stalin"));
  EXPECT_TRUE(is_known_word("STALIN"));
  EXPECT_TRUE(is_known_word("Lenin"));
  EXPECT_TRUE(is_known_word("criticised"));
  EXPECT_FALSE(is_known_word("Zionev"));
  EXPECT_FALSE(is_known_word("Trotksy"));
  EXPECT_FALSE(is_known_word(""));
}

TEST(EnglishFrequentWord, FrequentWordsInAnyCapitalisation) {
  for (const char* word : {"left", "Left", "party", "red", "terror", "TERROR", "organised"})
    EXPECT_TRUE(is_frequent_word(word)) << word;
}

TEST(EnglishFrequentWord, RareWordsAndNamesAreNotFrequent) {
  for (const char* word : {"politburo", "bolshevik", "kulak", "stalin", "Zinoviev", ""})
    EXPECT_FALSE(is_frequent_word(word)) << word;
}

}  // namespace
}  // namespace np::english
