// Word boundaries (UAX #29) for the characters notes are mostly made of, without ICU's rule
// engine, which spends about 175 instructions a byte. The classes and rules below are those
// ICU applies in the root locale for these characters (WB5-WB13b); a test checks the result
// against ICU on random text. Anything outside the known set sends the text to ICU.

#include "unicode/fast_words.hpp"

#include <cstdint>

#include "base/utf8.hpp"

namespace np::unicode {
namespace {

enum class Class : std::uint8_t { Unknown, Other, Letter, Numeric, MidNumLet, MidNum, ExtendNumLet };

Class class_of(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Class::Letter;
    if (c >= '0' && c <= '9') return Class::Numeric;
    switch (c) {
      // UAX #29 makes ':' MidLetter, but ICU's root rules leave it out ("a:b" is two words).
      case '.':
      case '\'': return Class::MidNumLet;  // '\'' is Single_Quote, which acts the same here
      case ',':
      case ';': return Class::MidNum;
      case '_': return Class::ExtendNumLet;
      default: return Class::Other;
    }
  }
  // Latin-1 and Latin Extended-A/B letters (not × and ÷).
  if (c >= 0xC0 && c <= 0x24F) return c == 0xD7 || c == 0xF7 ? Class::Other : Class::Letter;
  // Latin-1 symbols, except ª µ º (letters), soft hyphen (format) and · (MidLetter).
  if (c >= 0xA0 && c <= 0xBF)
    return c == 0xAA || c == 0xAD || c == 0xB5 || c == 0xB7 || c == 0xBA ? Class::Unknown : Class::Other;
  if (c == 0x2018 || c == 0x2019 || c == 0x2024) return Class::MidNumLet;  // ‘ ’ ․
  // Dashes, quotes, bullets, ellipsis, primes and arrows.
  if ((c >= 0x2010 && c <= 0x2023) || c == 0x2025 || c == 0x2026 || (c >= 0x2030 && c <= 0x203E) ||
      (c >= 0x2190 && c <= 0x21FF))
    return Class::Other;
  return Class::Unknown;
}

bool word_start(Class c) { return c == Class::Letter || c == Class::Numeric || c == Class::ExtendNumLet; }

/// May `mid` join `before` and `after` (WB6/WB7 for letters, WB11/WB12 for digits)?
bool joins(Class before, Class mid, Class after) {
  if (before == Class::Letter && after == Class::Letter) return mid == Class::MidNumLet;
  if (before == Class::Numeric && after == Class::Numeric) return mid == Class::MidNumLet || mid == Class::MidNum;
  return false;
}

struct Cursor {
  std::string_view text;
  std::size_t pos = 0;

  /// The class of the code point at `at`, and where the next one starts.
  Class peek(std::size_t at, std::size_t& next) const {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      next = at + 1;
      return class_of(byte);
    }
    next = at;
    return class_of(utf8::next(text, next));
  }
};

}  // namespace

bool fast_words(std::string_view text, std::vector<Token>& out) {
  if (utf8::find_invalid(text)) return false;
  const std::size_t first = out.size();
  const Cursor cursor{text};
  const std::size_t n = text.size();
  std::size_t i = 0, next = 0;
  while (i < n) {
    Class prev = cursor.peek(i, next);
    if (prev == Class::Unknown) {
      out.resize(first);
      return false;
    }
    if (!word_start(prev)) {
      i = next;
      continue;
    }
    const std::size_t begin = i;
    Class last = prev;    // the last letter or digit class seen
    Class before = prev;  // the class before `prev`
    std::size_t length = 1;
    i = next;
    while (i < n) {
      const Class c = cursor.peek(i, next);
      if (c == Class::Unknown) {
        out.resize(first);
        return false;
      }
      if (word_start(c)) {  // WB5, WB8, WB9, WB10, WB13a, WB13b
        before = prev;
        prev = c;
        if (c != Class::ExtendNumLet) last = c;
        ++length;
        i = next;
        continue;
      }
      std::size_t after_next = next;
      if (next < n && joins(prev, c, cursor.peek(next, after_next))) {
        before = c;
        prev = last = cursor.peek(next, after_next);
        length += 2;
        i = after_next;
        continue;
      }
      break;
    }
    // ICU reports the status of the last rule its word chain matched, so the last two
    // characters decide: a digit ("z2", "1,500") or digit-underscore ("3_") ends a number;
    // a letter ("5year") or any other underscore ("9__") a word; one underscore alone is no
    // word at all.
    if (last == Class::ExtendNumLet && length < 2) continue;
    const bool number = prev == Class::Numeric || (prev == Class::ExtendNumLet && before == Class::Numeric);
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i),
                   number ? TokenKind::Number : TokenKind::Word});
  }
  return true;
}

}  // namespace np::unicode
