#include "unicode/fast_words.hpp"

#include <gtest/gtest.h>

#include <random>

namespace np::unicode {
namespace {

std::string describe(std::string_view text, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens)
    out += "[" + std::string(text.substr(t.begin, t.end - t.begin)) + (t.kind == TokenKind::Number ? "#" : "") + "]";
  return out;
}

TEST(FastWords, FollowsTheWordRulesOfUax29) {
  const std::string text = "Stalin's 5year plans: 1,500 troops; U.S.S.R. e.g. don't 1928-32 a_b 3.5% x:y";
  std::vector<Token> tokens;
  ASSERT_TRUE(fast_words(text, tokens));
  EXPECT_EQ(describe(text, tokens),
            "[Stalin's][5year][plans][1,500#][troops][U.S.S.R][e.g][don't][1928#][32#][a_b][3.5#][x][y]");
}

TEST(FastWords, AgreesWithIcuOnRandomText) {
  // Characters that exercise every rule, weighted towards letters and digits.
  const std::vector<std::string> alphabet = {
      "a", "a", "a", "B", "x", "0", "1", "9", ".", ".", ",", ";", ":", "'", "_", " ", " ", "-", "!", "\"", "(",
      "\n", "\t", "\xC3\xA9", "\xC3\x89", "\xC5\x93", "\xC3\x97", "\xE2\x80\x99", "\xE2\x80\x98",
      "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA2", "\xE2\x80\xA6",
      "\xC2\xA0", "\xC2\xA3", "\xE2\x86\x92", "\xE2\x80\xA4", "\xE2\x80\xB2", "\xC2\xBD"};
  std::mt19937 rng(20261127);
  TextBreaker icu;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(rng() % 40);
    for (int i = 0; i < length; ++i) text += alphabet[rng() % alphabet.size()];
    std::vector<Token> fast, reference;
    ASSERT_TRUE(fast_words(text, fast)) << text;
    icu.icu_words(text, reference);
    ASSERT_EQ(describe(text, fast), describe(text, reference)) << "text: \"" << text << "\"";
  }
}

TEST(FastWords, LeavesUnknownCharactersToIcu) {
  std::vector<Token> tokens{{1, 2, TokenKind::Word}};
  EXPECT_FALSE(fast_words("Stalin \xD0\xA1\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xBD", tokens));  // Cyrillic
  EXPECT_FALSE(fast_words("e\xCC\x81", tokens));  // a combining accent
  EXPECT_EQ(tokens.size(), 1u);  // untouched
}

}  // namespace
}  // namespace np::unicode
