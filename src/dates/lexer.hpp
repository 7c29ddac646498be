#pragma once

// Internal to src/dates: the tokens and keywords the date grammar is written over.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace np::dates::detail {

/// What a token is. A word is a maximal run of ASCII letters and non-ASCII bytes, except the
/// dashes, quotes, spaces and punctuation that `lex` recognises: so "é1917" is a word glued to
/// a number, but "1928–32" is a number, a dash and a number.
enum class Kind : std::uint8_t {
  End,         ///< end of text
  Number,      ///< ASCII digits
  Word,        ///< letters
  Dash,        ///< - U+2010..U+2015 U+2212
  Apostrophe,  ///< ' U+2018 U+2019 U+201B
  Dot,
  Comma,
  Slash,
  Colon,
  Percent,  ///< % U+2030
  Symbol,   ///< $ # + = @ ^ \ | : glue a number into something that is not a date
  Punct,    ///< any other punctuation: brackets, quotes, ellipsis, control characters
};

/// Bit flags of a keyword (a word may have several).
enum KeywordFlag : std::uint32_t {
  kMonth = 1u << 0,           ///< value: month number
  kMonthAbbrev = 1u << 1,     ///< an abbreviation that may take a dot ("Oct.")
  kSeason = 1u << 2,          ///< value: EDTF season code 21..24
  kQualifier = 1u << 3,       ///< value: 1 early, 2 mid, 3 late
  kCirca = 1u << 4,           ///< c, ca, circa
  kEra = 1u << 5,             ///< value: 1 BC, 2 AD
  kOrdinal = 1u << 6,         ///< value: N ("nineteenth" = 19)
  kTwenty = 1u << 7,          ///< "twenty" of "twenty-first"
  kCentury = 1u << 8,         ///< value: 1 for "centuries"
  kDecadeWord = 1u << 9,      ///< value: the decade's tens digit ("twenties" = 2)
  kYearSignal = 1u << 10,     ///< "in 1500 troops" is a year: in, by, the, during, ...
  kCountSignal = 1u << 11,    ///< "some 1917" is a count: over, nearly, some, ...
  kPossessive = 1u << 12,     ///< "his late 20s" is an age
  kUnit = 1u << 13,           ///< "1500 km", "1500 men", "1500 per cent": a count
  kNotPlural = 1u << 14,      ///< ends in s but is no plural noun: was, has, marks, onwards
  kOrdinalSuffix = 1u << 15,  ///< st nd rd th
  kRangeTo = 1u << 16,        ///< to, until, till, through
  kThe = 1u << 17,
  kOf = 1u << 18,
  kAnd = 1u << 19,
  kBetween = 1u << 20,
  kFrom = 1u << 21,
  kPluralS = 1u << 22,  ///< the "s" of "1920s"
};

/// A known word, lower case.
struct Keyword {
  std::string_view word;
  std::uint32_t flags = 0;
  std::uint8_t value = 0;
};

/// A token: [begin, end) byte offsets into the text (at most 4 GiB, as model::ByteRange).
struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t value = 0;  ///< Number: its value, saturated at kBigNumber
  std::uint32_t flags = 0;  ///< Word: the KeywordFlags of the keyword it spells, 0 if none
  Kind kind = Kind::End;
  bool spaced = false;             ///< whitespace separates it from the previous token
  std::uint8_t keyword_value = 0;  ///< Word: the keyword's value

  std::uint32_t size() const noexcept { return end - begin; }
  bool glued() const noexcept { return kind != Kind::End && !spaced; }
  bool is_keyword() const noexcept { return flags != 0; }
  bool has(std::uint32_t flag) const noexcept { return (flags & flag) != 0; }
  std::uint8_t key_value() const noexcept { return keyword_value; }
};

inline constexpr std::uint32_t kBigNumber = 1'000'000'000;

/// The token at or after byte `pos`, skipping whitespace (ASCII, NBSP, U+2000..U+200B, U+202F,
/// U+205F, U+3000, U+FEFF). Kind::End (begin = end = size) past the end. O(token length).
/// `text` must be shorter than 4 GiB.
Token lex(std::string_view text, std::size_t pos) noexcept;

/// The keyword spelt by `word` in any ASCII case, or nullptr.
const Keyword* find_keyword(std::string_view word) noexcept;

}  // namespace np::dates::detail
