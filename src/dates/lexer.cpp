#include "dates/lexer.hpp"

#include <array>

namespace np::dates::detail {
namespace {

// Lower case, sorted by word for the reader.
// clang-format off
constexpr std::array kKeywords = std::to_array<Keyword>({
    {"acre", kUnit, 0}, {"across", kNotPlural, 0}, {"ad", kEra, 2}, {"after", kYearSignal, 0},
    {"afterwards", kNotPlural, 0}, {"almost", kCountSignal, 0}, {"always", kNotPlural, 0},
    {"and", kAnd, 0}, {"another", kCountSignal, 0}, {"approximately", kCountSignal, 0},
    {"apr", kMonth | kMonthAbbrev, 4}, {"april", kMonth, 4}, {"as", kNotPlural, 0},
    {"aug", kMonth | kMonthAbbrev, 8}, {"august", kMonth, 8}, {"autumn", kSeason, 23},
    {"bc", kEra, 1}, {"bce", kEra, 1}, {"becomes", kNotPlural, 0}, {"before", kYearSignal, 0},
    {"begins", kNotPlural, 0}, {"besides", kNotPlural, 0}, {"between", kBetween, 0},
    {"billion", kUnit, 0}, {"brings", kNotPlural, 0}, {"by", kYearSignal, 0}, {"c", kCirca, 0},
    {"ca", kCirca, 0}, {"cattle", kUnit, 0}, {"cavalry", kUnit, 0}, {"ce", kEra, 2},
    {"centuries", kCentury, 1}, {"century", kCentury, 0}, {"changes", kNotPlural, 0},
    {"children", kUnit, 0}, {"circa", kCirca, 0}, {"closes", kNotPlural, 0}, {"cm", kUnit, 0},
    {"comes", kNotPlural, 0}, {"dec", kMonth | kMonthAbbrev, 12}, {"december", kMonth, 12},
    {"does", kNotPlural, 0}, {"dozen", kUnit, 0}, {"during", kYearSignal, 0},
    {"early", kQualifier, 1}, {"eighteenth", kOrdinal, 18}, {"eighth", kOrdinal, 8},
    {"eighties", kDecadeWord, 8}, {"eleventh", kOrdinal, 11}, {"ends", kNotPlural, 0},
    {"feb", kMonth | kMonthAbbrev, 2}, {"february", kMonth, 2}, {"feet", kUnit, 0},
    {"fifteenth", kOrdinal, 15}, {"fifth", kOrdinal, 5}, {"fifties", kDecadeWord, 5},
    {"first", kOrdinal, 1}, {"follows", kNotPlural, 0}, {"foot", kUnit, 0},
    {"forties", kDecadeWord, 4}, {"fourteenth", kOrdinal, 14}, {"fourth", kOrdinal, 4},
    {"from", kFrom, 0}, {"ft", kUnit, 0}, {"g", kUnit, 0}, {"gives", kNotPlural, 0},
    {"goes", kNotPlural, 0}, {"ha", kUnit, 0}, {"has", kNotPlural, 0}, {"hectare", kUnit, 0},
    {"her", kPossessive, 0}, {"heralds", kNotPlural, 0}, {"his", kPossessive | kNotPlural, 0},
    {"hp", kUnit, 0}, {"hundred", kUnit, 0}, {"in", kYearSignal, 0}, {"inch", kUnit, 0},
    {"infantry", kUnit, 0}, {"is", kNotPlural, 0}, {"its", kPossessive | kNotPlural, 0},
    {"jan", kMonth | kMonthAbbrev, 1}, {"january", kMonth, 1}, {"jul", kMonth | kMonthAbbrev, 7},
    {"july", kMonth, 7}, {"jun", kMonth | kMonthAbbrev, 6}, {"june", kMonth, 6}, {"kg", kUnit, 0},
    {"km", kUnit, 0}, {"kph", kUnit, 0}, {"kw", kUnit, 0}, {"late", kQualifier, 3},
    {"lb", kUnit, 0}, {"lies", kNotPlural, 0}, {"m", kUnit, 0}, {"makes", kNotPlural, 0},
    {"man", kUnit, 0}, {"mar", kMonth | kMonthAbbrev, 3}, {"march", kMonth, 3},
    {"marks", kNotPlural, 0}, {"may", kMonth, 5}, {"means", kNotPlural, 0}, {"men", kUnit, 0},
    {"meter", kUnit, 0}, {"metre", kUnit, 0}, {"mg", kUnit, 0}, {"mi", kUnit, 0},
    {"mid", kQualifier, 2}, {"middle", kQualifier, 2}, {"mile", kUnit, 0}, {"million", kUnit, 0},
    {"minus", kNotPlural, 0}, {"ml", kUnit, 0}, {"mm", kUnit, 0}, {"mph", kUnit, 0},
    {"mw", kUnit, 0}, {"my", kPossessive, 0}, {"nd", kOrdinalSuffix, 0},
    {"nearly", kCountSignal, 0}, {"nevertheless", kNotPlural, 0}, {"nineteenth", kOrdinal, 19},
    {"nineties", kDecadeWord, 9}, {"ninth", kOrdinal, 9}, {"nov", kMonth | kMonthAbbrev, 11},
    {"november", kMonth, 11}, {"oct", kMonth | kMonthAbbrev, 10}, {"october", kMonth, 10},
    {"odd", kUnit, 0}, {"of", kOf, 0}, {"onwards", kNotPlural, 0}, {"opens", kNotPlural, 0},
    {"our", kPossessive, 0}, {"over", kCountSignal, 0}, {"oz", kUnit, 0}, {"people", kUnit, 0},
    {"per", kUnit, 0}, {"percent", kUnit, 0}, {"perhaps", kNotPlural, 0}, {"personnel", kUnit, 0},
    {"plus", kNotPlural, 0}, {"pound", kUnit, 0}, {"proves", kNotPlural, 0},
    {"rd", kOrdinalSuffix, 0}, {"remains", kNotPlural, 0}, {"represents", kNotPlural, 0},
    {"roughly", kCountSignal, 0}, {"s", kPluralS, 0}, {"second", kOrdinal, 2},
    {"seems", kNotPlural, 0}, {"sees", kNotPlural, 0}, {"sep", kMonth | kMonthAbbrev, 9},
    {"sept", kMonth | kMonthAbbrev, 9}, {"september", kMonth, 9}, {"sets", kNotPlural, 0},
    {"seventeenth", kOrdinal, 17}, {"seventh", kOrdinal, 7}, {"seventies", kDecadeWord, 7},
    {"sheep", kUnit, 0}, {"shows", kNotPlural, 0}, {"signals", kNotPlural, 0},
    {"since", kYearSignal, 0}, {"sixteenth", kOrdinal, 16}, {"sixth", kOrdinal, 6},
    {"sixties", kDecadeWord, 6}, {"some", kCountSignal, 0}, {"sometimes", kNotPlural, 0},
    {"spring", kSeason, 21}, {"st", kOrdinalSuffix, 0}, {"starts", kNotPlural, 0},
    {"strong", kUnit, 0}, {"summer", kSeason, 22}, {"takes", kNotPlural, 0},
    {"tenth", kOrdinal, 10}, {"th", kOrdinalSuffix, 0}, {"the", kYearSignal | kThe, 0},
    {"their", kPossessive, 0}, {"third", kOrdinal, 3}, {"thirteenth", kOrdinal, 13},
    {"thirties", kDecadeWord, 3}, {"this", kNotPlural, 0}, {"thousand", kUnit, 0},
    {"through", kRangeTo, 0}, {"thus", kNotPlural, 0}, {"till", kYearSignal | kRangeTo, 0},
    {"to", kRangeTo, 0}, {"ton", kUnit, 0}, {"tonne", kUnit, 0}, {"towards", kNotPlural, 0},
    {"trillion", kUnit, 0}, {"twelfth", kOrdinal, 12}, {"twenties", kDecadeWord, 2},
    {"twentieth", kOrdinal, 20}, {"twenty", kTwenty, 0}, {"unless", kNotPlural, 0},
    {"until", kYearSignal | kRangeTo, 0}, {"us", kNotPlural, 0}, {"versus", kNotPlural, 0},
    {"was", kNotPlural, 0}, {"whereas", kNotPlural, 0}, {"winter", kSeason, 24},
    {"witnesses", kNotPlural, 0}, {"women", kUnit, 0}, {"yard", kUnit, 0}, {"yd", kUnit, 0},
    {"year", kYearSignal, 0}, {"yes", kNotPlural, 0}, {"your", kPossessive, 0},
});
// clang-format on

constexpr std::size_t kLongestKeyword = 13;  // "approximately"

// Every word token is looked up, so the lookup is a hash probe rather than a binary search:
// FNV-1a over the lower-case word into an open-addressed table built at compile time.
constexpr std::uint32_t kHashSeed = 2166136261u;
constexpr std::uint32_t hash_step(std::uint32_t hash, char c) noexcept {
  return (hash ^ static_cast<unsigned char>(c)) * 16777619u;
}
constexpr std::size_t kSlots = 1024;  // well over 4x the keywords: short probe runs
static_assert(kKeywords.size() < 255);

struct HashTable {
  std::array<std::uint8_t, kSlots> slots{};  // index + 1 into kKeywords; 0 is empty
};

constexpr HashTable build_hash_table() {
  HashTable table;
  for (std::size_t k = 0; k < kKeywords.size(); ++k) {
    std::uint32_t hash = kHashSeed;
    for (const char c : kKeywords[k].word) hash = hash_step(hash, c);
    std::size_t slot = hash % kSlots;
    while (table.slots[slot] != 0) slot = (slot + 1) % kSlots;
    table.slots[slot] = static_cast<std::uint8_t>(k + 1);
  }
  return table;
}
constexpr HashTable kHashTable = build_hash_table();

bool is_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
bool is_ascii_letter(unsigned char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_space(unsigned char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// A non-ASCII sequence that the grammar treats as a space or as punctuation rather than as a
// letter. `length` is 0 for everything else (letters, by the spec's boundary rule).
struct Special {
  std::size_t length = 0;
  Kind kind = Kind::End;  // Kind::End: a space
};

Special special_e2_80(unsigned char c) noexcept {
  if (c <= 0x8B || c == 0xA8 || c == 0xA9 || c == 0xAF) return {3, Kind::End};  // spaces
  if (c >= 0x90 && c <= 0x95) return {3, Kind::Dash};                           // ‐ ‑ ‒ – — ―
  if (c == 0x98 || c == 0x99 || c == 0x9B) return {3, Kind::Apostrophe};        // ‘ ’ ‛
  if (c >= 0x96 && c <= 0xA7) return {3, Kind::Punct};  // ‖ quotes † ‡ • ‣ ․ ‥ … ‧
  if (c == 0xB0) return {3, Kind::Percent};             // ‰
  return {};
}

Special special_at(std::string_view s, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead == 0xC2 && i + 1 < s.size()) {
    const unsigned char c = byte(i + 1);
    if (c == 0xA0) return {2, Kind::End};                              // NBSP
    if (c == 0xAB || c == 0xBB || c == 0xB7) return {2, Kind::Punct};  // « » ·
    return {};
  }
  if (i + 2 >= s.size()) return {};
  const unsigned char c1 = byte(i + 1), c2 = byte(i + 2);
  if (lead == 0xE2 && c1 == 0x80) return special_e2_80(c2);
  if (lead == 0xE2 && c1 == 0x81 && c2 == 0x9F) return {3, Kind::End};   // U+205F
  if (lead == 0xE2 && c1 == 0x88 && c2 == 0x92) return {3, Kind::Dash};  // − U+2212
  if (lead == 0xE3 && c1 == 0x80 && c2 == 0x80) return {3, Kind::End};   // U+3000
  if (lead == 0xEF && c1 == 0xBB && c2 == 0xBF) return {3, Kind::End};   // BOM
  return {};
}

Kind ascii_kind(unsigned char c) noexcept {
  switch (c) {
    case '-':
      return Kind::Dash;
    case '\'':
      return Kind::Apostrophe;
    case '.':
      return Kind::Dot;
    case ',':
      return Kind::Comma;
    case '/':
      return Kind::Slash;
    case ':':
      return Kind::Colon;
    case '%':
      return Kind::Percent;
    case '$':
    case '#':
    case '+':
    case '=':
    case '@':
    case '^':
    case '\\':
    case '|':
      return Kind::Symbol;
    default:
      return Kind::Punct;
  }
}

// The end of the word starting at `i`: ASCII letters and non-ASCII bytes that are not special.
std::size_t word_end(std::string_view s, std::size_t i) noexcept {
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (is_ascii_letter(c) || (c >= 0x80 && special_at(s, i).length == 0)) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

std::size_t number_end(std::string_view s, std::size_t i, std::uint32_t& value) noexcept {
  value = 0;
  while (i < s.size() && is_digit(static_cast<unsigned char>(s[i]))) {
    if (value < kBigNumber) value = value * 10 + static_cast<std::uint32_t>(s[i] - '0');
    ++i;
  }
  if (value > kBigNumber) value = kBigNumber;
  return i;
}

}  // namespace

const Keyword* find_keyword(std::string_view word) noexcept {
  if (word.empty() || word.size() > kLongestKeyword) return nullptr;
  std::array<char, kLongestKeyword> buffer{};
  std::uint32_t hash = kHashSeed;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (!is_ascii_letter(c)) return nullptr;
    buffer[i] = static_cast<char>(c | 0x20);
    hash = hash_step(hash, buffer[i]);
  }
  const std::string_view lower(buffer.data(), word.size());
  for (std::size_t slot = hash % kSlots;; slot = (slot + 1) % kSlots) {
    const std::uint8_t entry = kHashTable.slots[slot];
    if (entry == 0) return nullptr;
    if (kKeywords[entry - 1u].word == lower) return &kKeywords[entry - 1u];
  }
}

Token lex(std::string_view text, std::size_t pos) noexcept {
  Token t;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    std::size_t skip = is_ascii_space(c) ? 1 : 0;
    if (c >= 0x80) {
      const Special sp = special_at(text, pos);
      if (sp.length != 0 && sp.kind == Kind::End) skip = sp.length;
    }
    if (skip == 0) break;
    pos += skip;
    t.spaced = true;
  }
  t.begin = static_cast<std::uint32_t>(pos);
  if (pos >= text.size()) {
    t.begin = t.end = static_cast<std::uint32_t>(text.size());
    return t;
  }
  const auto c = static_cast<unsigned char>(text[pos]);
  if (is_digit(c)) {
    t.kind = Kind::Number;
    t.end = static_cast<std::uint32_t>(number_end(text, pos, t.value));
  } else if (is_ascii_letter(c) || (c >= 0x80 && special_at(text, pos).length == 0)) {
    t.kind = Kind::Word;
    t.end = static_cast<std::uint32_t>(word_end(text, pos));
    if (const Keyword* k = find_keyword(text.substr(pos, t.end - pos))) {
      t.flags = k->flags;
      t.keyword_value = k->value;
    }
  } else if (c >= 0x80) {
    const Special sp = special_at(text, pos);
    t.kind = sp.kind;
    t.end = static_cast<std::uint32_t>(pos + sp.length);
  } else {
    t.kind = ascii_kind(c);
    t.end = static_cast<std::uint32_t>(pos + 1);
  }
  return t;
}

}  // namespace np::dates::detail
