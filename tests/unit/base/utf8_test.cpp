#include "base/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace np::utf8 {
namespace {

// --- find_invalid -------------------------------------------------------------------------

TEST(Utf8FindInvalid, AcceptsAsciiAndEveryEncodingLength) {
  EXPECT_EQ(find_invalid(""), std::nullopt);
  EXPECT_EQ(find_invalid("plain ASCII text that is longer than eight bytes"), std::nullopt);
  // é (2 bytes), € (3 bytes), 𝄞 (4 bytes), and the extremes U+0080, U+07FF, U+FFFF, U+10FFFF.
  EXPECT_EQ(find_invalid("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9D\x84\x9E"), std::nullopt);
  EXPECT_EQ(find_invalid("\xC2\x80\xDF\xBF\xEF\xBF\xBF\xF4\x8F\xBF\xBF"), std::nullopt);
  // U+D7FF and U+E000 sit just outside the surrogate range.
  EXPECT_EQ(find_invalid("\xED\x9F\xBF\xEE\x80\x80"), std::nullopt);
}

TEST(Utf8FindInvalid, RejectsOverlongEncodings) {
  EXPECT_EQ(find_invalid("ab\xC0\xAF"), 2u);  // "/" in two bytes
  EXPECT_EQ(find_invalid("ab\xC1\xBF"), 2u);
  EXPECT_EQ(find_invalid("abc\xE0\x80\xAF"), 3u);   // "/" in three bytes
  EXPECT_EQ(find_invalid("abc\xE0\x9F\xBF"), 3u);   // U+07FF in three bytes
  EXPECT_EQ(find_invalid("\xF0\x80\x80\xAF"), 0u);  // "/" in four bytes
  EXPECT_EQ(find_invalid("\xF0\x8F\xBF\xBF"), 0u);  // U+FFFF in four bytes
}

TEST(Utf8FindInvalid, RejectsSurrogates) {
  EXPECT_EQ(find_invalid("x\xED\xA0\x80"), 1u);  // U+D800
  EXPECT_EQ(find_invalid("x\xED\xBF\xBF"), 1u);  // U+DFFF
}

TEST(Utf8FindInvalid, RejectsCodePointsAboveTheUnicodeRange) {
  EXPECT_EQ(find_invalid("\xF4\x90\x80\x80"), 0u);  // U+110000
  EXPECT_EQ(find_invalid("ok \xF5\x80\x80\x80"), 3u);
  EXPECT_EQ(find_invalid("\xF8\x88\x80\x80\x80"), 0u);  // old five-byte form
  EXPECT_EQ(find_invalid("\xFF"), 0u);
  EXPECT_EQ(find_invalid("\xFE"), 0u);
}

TEST(Utf8FindInvalid, RejectsTruncatedSequencesAndStrayContinuations) {
  EXPECT_EQ(find_invalid("abc\xC3"), 3u);
  EXPECT_EQ(find_invalid("abc\xE2\x82"), 3u);
  EXPECT_EQ(find_invalid("abc\xF0\x9D\x84"), 3u);
  EXPECT_EQ(find_invalid("\xE2\x82 more"), 0u);  // a space where a continuation belongs
  EXPECT_EQ(find_invalid("\xF0\x9D\x84X"), 0u);
  EXPECT_EQ(find_invalid("stray \x80 byte"), 6u);
  EXPECT_EQ(find_invalid("\xBF"), 0u);
}

TEST(Utf8FindInvalid, ReportsTheFirstBadByteAfterTheAsciiFastPath) {
  // 16 ASCII bytes pass through the eight-at-a-time path; the bad byte follows them.
  std::string text(16, 'a');
  text += "\xC3\xA9";
  text += std::string(9, 'b');
  text += "\xE9";  // Latin-1 é
  text += "tail";
  EXPECT_EQ(find_invalid(text), 27u);
  // A bad byte inside an eight-byte word.
  EXPECT_EQ(find_invalid("abcdefg\x92hijklmnop"), 7u);
}

// --- next / previous / append / length -----------------------------------------------------

TEST(Utf8Next, DecodesEachLengthAndAdvances) {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E";
  std::size_t pos = 0;
  EXPECT_EQ(next(text, pos), U'a');
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(next(text, pos), U'\u00E9');
  EXPECT_EQ(pos, 3u);
  EXPECT_EQ(next(text, pos), U'\u20AC');
  EXPECT_EQ(pos, 6u);
  EXPECT_EQ(next(text, pos), U'\U0001D11E');
  EXPECT_EQ(pos, 10u);
}

TEST(Utf8Next, DecodesTheExtremesOfEachLength) {
  const std::string text = "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
  std::size_t pos = 0;
  EXPECT_EQ(next(text, pos), U'\x7F');
  EXPECT_EQ(next(text, pos), U'\u0080');
  EXPECT_EQ(next(text, pos), U'\u07FF');
  EXPECT_EQ(next(text, pos), U'\u0800');
  EXPECT_EQ(next(text, pos), U'\uFFFF');
  EXPECT_EQ(next(text, pos), U'\U00010000');
  EXPECT_EQ(next(text, pos), U'\U0010FFFF');
  EXPECT_EQ(pos, text.size());
}

TEST(Utf8Previous, StepsBackOverWholeCodePoints) {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E";
  std::size_t pos = text.size();
  EXPECT_EQ(previous(text, pos), U'\U0001D11E');
  EXPECT_EQ(pos, 6u);
  EXPECT_EQ(previous(text, pos), U'\u20AC');
  EXPECT_EQ(pos, 3u);
  EXPECT_EQ(previous(text, pos), U'\u00E9');
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(previous(text, pos), U'a');
  EXPECT_EQ(pos, 0u);
}

TEST(Utf8Previous, StartingInsideTextFindsTheCodePointBefore) {
  const std::string text = "\xC3\xA9x";
  std::size_t pos = 2;  // just after é
  EXPECT_EQ(previous(text, pos), U'\u00E9');
  EXPECT_EQ(pos, 0u);
}

TEST(Utf8Append, EncodesEachLength) {
  std::string out;
  append(out, U'A');
  append(out, U'\u00E9');
  append(out, U'\u07FF');
  append(out, U'\u0800');
  append(out, U'\u2028');
  append(out, U'\uFFFF');
  append(out, U'\U00010000');
  append(out, U'\U0010FFFF');
  EXPECT_EQ(out, "A\xC3\xA9\xDF\xBF\xE0\xA0\x80\xE2\x80\xA8\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
  EXPECT_EQ(find_invalid(out), std::nullopt);
}

TEST(Utf8Append, RoundTripsThroughNext) {
  for (char32_t c :
       {U'\0', U'~', U'\u00FF', U'\u0100', U'\u0416', U'\u20AC', U'\uD7FF', U'\uE000', U'\U0001F600', U'\U0010FFFF'}) {
    std::string out;
    append(out, c);
    std::size_t pos = 0;
    EXPECT_EQ(next(out, pos), c) << static_cast<unsigned>(c);
    EXPECT_EQ(pos, out.size());
  }
}

TEST(Utf8Length, CountsCodePointsNotBytes) {
  EXPECT_EQ(length(""), 0u);
  EXPECT_EQ(length("Stalin"), 6u);
  EXPECT_EQ(length("caf\xC3\xA9"), 4u);
  EXPECT_EQ(length("\xE2\x80\x93\xF0\x9D\x84\x9E"), 2u);
}

TEST(Utf8IsBoundary, TrueAtStartEndAndLeadBytesOnly) {
  const std::string text = "a\xC3\xA9";
  EXPECT_TRUE(is_boundary(text, 0));
  EXPECT_TRUE(is_boundary(text, 1));
  EXPECT_FALSE(is_boundary(text, 2));
  EXPECT_TRUE(is_boundary(text, 3));
  EXPECT_TRUE(is_boundary(text, 99));
}

TEST(Utf8Ascii, ClassifiesAndMapsAsciiOnly) {
  EXPECT_TRUE(is_ascii("Stalin 1924"));
  EXPECT_FALSE(is_ascii("caf\xC3\xA9"));
  EXPECT_EQ(ascii_lower('S'), 's');
  EXPECT_EQ(ascii_lower('1'), '1');
  EXPECT_EQ(ascii_upper('s'), 'S');
  EXPECT_EQ(ascii_upper('\xC3'), '\xC3');
  EXPECT_TRUE(is_ascii_alpha('z'));
  EXPECT_FALSE(is_ascii_alpha('['));
  EXPECT_TRUE(is_ascii_digit('9'));
  EXPECT_FALSE(is_ascii_digit('a'));
}

}  // namespace
}  // namespace np::utf8
