// The small pieces the date grammar is built from: years, eras, day numbers, and the tests
// that tell a year from a count or from part of a longer number.

#include <array>

#include "dates/grammar.hpp"

namespace np::dates::detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace

std::optional<Atom> Grammar::range_end(const Token& t, const Atom& start, const Context& ctx) const noexcept {
  auto end = atom(t, ctx);
  if (end && (is_complete(*end) || end->unit == Unit::Count)) return end;
  if (t.kind != Kind::Number || t.size() != 2) return std::nullopt;
  Atom short_end;
  short_end.begin = t.begin;
  short_end.last = t;
  short_end.year = start.year - start.year % 100 + static_cast<int>(t.value);
  const Token s = next(t);
  if (start.unit == Unit::Year && start.year >= 1000 && !start.era) {
    short_end.unit = Unit::Year;  // "1928-32": the end year in the start's century
  } else if (start.unit == Unit::Decade && t.value % 10 == 0 && s.glued() && s.has(kPluralS)) {
    short_end.unit = Unit::Decade;  // "1930s–40s"
    short_end.last = s;
  } else {
    return std::nullopt;
  }
  // "1998-03" would have to cross a century; it is more likely March 1998.
  if (short_end.year <= start.year) return std::nullopt;
  short_end.standalone = !glued_right(short_end.last);
  return short_end;
}

// A year number: 1000..2099 in four digits, or (`loose`, after a day and month) 100..2099 in
// three or four; any number from 1 to 9999 with an era ("44 BC", "1066 AD").
std::optional<Grammar::YearPart> Grammar::year_part(const Token& t, bool loose) const noexcept {
  if (t.kind != Kind::Number || t.size() > 4) return std::nullopt;
  const int n = static_cast<int>(t.value);
  if (const auto e = era(next(t)); e && n >= 1) {
    return YearPart{.year = e->bc ? 1 - n : n, .era = true, .last = e->last};
  }
  const bool strict_year = t.size() == 4 && n >= 1000 && n <= 2099;
  const bool loose_year = loose && t.size() >= 3 && n >= 100 && n <= 2099;
  if (!strict_year && !loose_year) return std::nullopt;
  return YearPart{.year = n, .era = false, .last = t};
}

// A year, possibly after a comma ("October 25, 1917"). After a comma, or in three digits, a
// number followed by a count noun is no year ("On 5 May, 1500 troops landed").
std::optional<Grammar::YearPart> Grammar::year_after_comma(const Token& t, bool loose) const noexcept {
  const bool comma = t.kind == Kind::Comma;
  const Token n = comma ? next(t) : t;
  const auto year = year_part(n, loose);
  if (year && !year->era && (comma || n.size() == 3) && is_count(year->last, Context{})) {
    return std::nullopt;
  }
  return year;
}

// "BC", "BCE", "AD", "CE" (any case but "AD", since "ad" is a word) or "B.C.", "B.C.E.",
// "A.D.", "C.E." in capitals.
std::optional<Grammar::Era> Grammar::era(const Token& t) const noexcept {
  if (t.kind != Kind::Word) return std::nullopt;
  if (t.has(kEra)) {
    if (t.size() == 2 && ascii_lower(text_[t.begin]) == 'a' && text_.substr(t.begin, 2) != "AD") {
      return std::nullopt;
    }
    return Era{.bc = t.key_value() == 1, .last = t};
  }
  std::array<char, 3> letters{};
  std::size_t count = 0;
  Token word = t;
  Token last = t;
  while (count < letters.size() && word.kind == Kind::Word && word.size() == 1 && (count == 0 || word.glued())) {
    letters[count++] = text_[word.begin];
    last = word;
    const Token dot = next(word);
    if (!dot.glued() || dot.kind != Kind::Dot) break;
    last = dot;
    word = next(dot);
  }
  const std::string_view s(letters.data(), count);
  if (s == "BC" || s == "BCE") return Era{.bc = true, .last = last};
  if (s == "AD" || s == "CE") return Era{.bc = false, .last = last};
  return std::nullopt;
}

// A day of the month, 1..31, possibly with st/nd/rd/th; `last` is its last token.
bool Grammar::day_number(const Token& t, Token& last, bool& ordinal) const noexcept {
  if (t.kind != Kind::Number || t.size() > 2 || t.value < 1 || t.value > 31) return false;
  last = t;
  ordinal = false;
  const Token suffix = next(t);
  if (suffix.glued() && suffix.kind == Kind::Word) {
    if (!suffix.has(kOrdinalSuffix)) return false;
    last = suffix;
    ordinal = true;
  }
  return true;
}

// The last token of a month name: the dot of an abbreviation ("Oct.") belongs to it.
Token Grammar::month_end(const Token& t) const noexcept {
  if (!t.has(kMonthAbbrev)) return t;
  const Token dot = next(t);
  return dot.glued() && dot.kind == Kind::Dot ? dot : t;
}

// True if number `t` continues what precedes it: "A1917", "$1917", "1,1917", "3.1917".
bool Grammar::glued_left(const Token& t, const Token& prev) const noexcept {
  if (!t.glued()) return false;
  switch (prev.kind) {
    case Kind::Word:
    case Kind::Number:
    case Kind::Symbol:
      return true;
    case Kind::Dot:
    case Kind::Comma:
    case Kind::Colon:
    case Kind::Slash:
      return !prev.spaced && prev.begin > 0 && is_digit(text_[prev.begin - 1]);
    default:
      return false;
  }
}

// True if what follows `last` continues it: "1917a", "1917%", "1917.5", "1917,000", "19:17".
bool Grammar::glued_right(const Token& last) const noexcept {
  const Token n = next(last);
  if (!n.glued()) return false;
  switch (n.kind) {
    case Kind::Word:
    case Kind::Number:
    case Kind::Symbol:
    case Kind::Percent:
      return true;
    case Kind::Dot:
    case Kind::Comma:
    case Kind::Colon:
    case Kind::Slash: {
      const Token after = next(n);
      return after.glued() && after.kind == Kind::Number;
    }
    default:
      return false;
  }
}

// True if the number ending at `last` counts something: "30 %", "1500 per cent", "1500 km",
// "1500-strong", "1500 troops", "some 1500". A year signal before it wins ("in 1500 troops"
// is odd, but "the 1917 elections" is not).
bool Grammar::is_count(const Token& last, const Context& ctx) const noexcept {
  if (ctx.signalled) return false;
  if (ctx.prev.has(kCountSignal)) return true;
  const Token f = next(last);
  if (f.kind == Kind::Percent) return true;
  if (f.kind == Kind::Dash && f.glued()) {
    const Token w = next(f);
    return w.glued() && w.has(kUnit);
  }
  if (f.kind != Kind::Word || !f.spaced) return false;
  if (f.has(kUnit) || is_plural(f)) return true;
  // Mid-sentence, between an ordinary word and a lower-case one, a bare number counts ("and
  // 1500 new members", "had 1500 fresh troops"): years there come with a signal ("in 1917")
  // or a possessive ("Stalin's 1936 constitution").
  const std::string_view before = text_.substr(0, ctx.prev.end);
  const bool possessive = before.ends_with("'s") || before.ends_with("\xE2\x80\x99s") || before.ends_with("'") ||
                          before.ends_with("\xE2\x80\x99");
  return ctx.prev.kind == Kind::Word && !ctx.free_left && !possessive && !f.is_keyword() && text_[f.begin] >= 'a' &&
         text_[f.begin] <= 'z';
}

// A word that looks like a plural noun: ends in "s" but not "ss", "us", "is" ("congress",
// "census", "crisis"), and is no known word ("was", "its", "onwards", "centuries").
bool Grammar::is_plural(const Token& w) const noexcept {
  if (w.is_keyword() || w.size() < 3) return false;
  const char last = ascii_lower(text_[w.end - 1]);
  const char before = ascii_lower(text_[w.end - 2]);
  return last == 's' && before != 's' && before != 'u' && before != 'i';
}

}  // namespace np::dates::detail
