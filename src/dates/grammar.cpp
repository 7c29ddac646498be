#include "dates/grammar.hpp"

#include <utility>

namespace np::dates::detail {
namespace {

char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
int as_int(std::uint32_t v) noexcept { return static_cast<int>(v); }

Atom make_atom(Unit unit, std::uint32_t begin, const Token& last) noexcept {
  Atom a;
  a.unit = unit;
  a.begin = begin;
  a.last = last;
  return a;
}

}  // namespace

Context Grammar::after(const Token& prev) noexcept {
  return Context{.prev = prev, .free_left = false, .signalled = prev.has(kYearSignal)};
}

std::optional<Atom> Grammar::atom(const Token& t, const Context& ctx) const noexcept {
  std::optional<Atom> a;
  switch (t.kind) {
    case Kind::Number:
      a = number_atom(t, ctx);
      break;
    case Kind::Word:
      a = word_atom(t, ctx);
      break;
    case Kind::Apostrophe:  // "'20s", "’20s"
      if (ctx.free_left || !glued_left(t, ctx.prev)) a = decade(t, ctx, true);
      break;
    default:
      break;
  }
  if (a && is_complete(*a)) a->standalone = !glued_right(a->last);
  return a;
}

std::optional<Atom> Grammar::number_atom(const Token& t, const Context& ctx) const noexcept {
  if (t.size() > 4 || (!ctx.free_left && glued_left(t, ctx.prev))) return std::nullopt;
  if (auto a = iso_date(t)) return a;
  if (auto a = numeric_date(t)) return a;
  if (auto a = century(t)) return a;
  if (auto a = day_first(t)) return a;
  if (auto a = decade(t, ctx, ctx.prev.has(kThe))) return a;  // "the 20s"
  return plain_number(t, ctx);
}

std::optional<Atom> Grammar::word_atom(const Token& t, const Context& ctx) const noexcept {
  if (!ctx.free_left && t.glued() && ctx.prev.kind == Kind::Number) return std::nullopt;
  if (byte_is(t, 'A')) return anno_domini(t);  // "A.D. 79"
  if (t.has(kQualifier)) return qualified(t, ctx);
  if (t.has(kCirca)) return circa(t);
  if (t.has(kMonth)) return month_first(t);
  if (t.has(kSeason)) return season(t);
  if (t.has(kOrdinal | kTwenty)) return century(t);
  if (t.has(kDecadeWord)) return decade(t, ctx, false);
  if (t.has(kEra)) return anno_domini(t);
  return std::nullopt;
}

// "1917-10-25". A malformed one ("1917-13-45") blocks the numbers inside it.
std::optional<Atom> Grammar::iso_date(const Token& t) const noexcept {
  if (t.size() != 4) return std::nullopt;
  const Token dash1 = next(t);
  if (!dash1.glued() || !byte_is(dash1, '-')) return std::nullopt;
  const Token month = next(dash1);
  if (!month.glued() || month.kind != Kind::Number || month.size() > 2) return std::nullopt;
  const Token dash2 = next(month);
  if (!dash2.glued() || !byte_is(dash2, '-')) return std::nullopt;
  const Token day = next(dash2);
  if (!day.glued() || day.kind != Kind::Number || day.size() > 2) return std::nullopt;
  Atom a = make_atom(Unit::Day, t.begin, day);
  a.year = as_int(t.value);
  a.month = as_int(month.value);
  a.day = as_int(day.value);
  if (!is_valid_day(a.year, a.month, a.day) || glued_right(day)) a.unit = Unit::Blocked;
  return a;
}

// "25/10/1917", "25.10.1917", "25-10-1917": day/month/year (British), or month/day/year when
// only that reading is valid ("10/25/1917"). A malformed one blocks the numbers inside it.
std::optional<Atom> Grammar::numeric_date(const Token& t) const noexcept {
  if (t.size() > 2) return std::nullopt;
  const Token sep1 = next(t);
  if (!sep1.glued() || sep1.size() != 1) return std::nullopt;
  const char sep = text_[sep1.begin];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  const Token middle = next(sep1);
  if (!middle.glued() || middle.kind != Kind::Number || middle.size() > 2) return std::nullopt;
  const Token sep2 = next(middle);
  if (!sep2.glued() || !byte_is(sep2, sep)) return std::nullopt;
  const Token year = next(sep2);
  if (!year.glued() || year.kind != Kind::Number || year.size() != 4) return std::nullopt;
  Atom a = make_atom(Unit::Day, t.begin, year);
  a.year = as_int(year.value);
  a.day = as_int(t.value);
  a.month = as_int(middle.value);
  if (!is_valid_day(a.year, a.month, a.day) && is_valid_day(a.year, a.day, a.month)) {
    std::swap(a.day, a.month);
  }
  if (!is_valid_day(a.year, a.month, a.day) || glued_right(year)) a.unit = Unit::Blocked;
  return a;
}

// "25 October 1917", "25th of October, 1917", "15 March 44 BC"; "28 February" alone is a
// PartialDay. An impossible day ("29 February 1931") is no atom: the month-year inside it is
// found at the next token.
std::optional<Atom> Grammar::day_first(const Token& t) const noexcept {
  Token last;
  bool ordinal = false;
  if (!day_number(t, last, ordinal)) return std::nullopt;
  Token month = next(last);
  if (month.has(kOf)) month = next(month);
  if (!month.spaced || !month.has(kMonth)) return std::nullopt;
  Atom a = make_atom(Unit::PartialDay, t.begin, month_end(month));
  a.month = month.key_value();
  a.day = as_int(t.value);
  if (!is_valid_day(2000, a.month, a.day)) return std::nullopt;  // 2000: a leap year
  if (const auto year = year_after_comma(next(a.last), true)) {
    if (!is_valid_day(year->year, a.month, a.day)) return std::nullopt;
    a.unit = Unit::Day;
    a.year = year->year;
    a.era = year->era;
    a.last = year->last;
  }
  return a;
}

// "October 1917", "Oct. 1917", "October of 1917", "October 25, 1917"; "March" alone is a
// PartialMonth.
std::optional<Atom> Grammar::month_first(const Token& t) const noexcept {
  // Lower-case "may" is mostly the verb: it is a month only when a year follows.
  const bool needs_year = t.key_value() == 5 && text_[t.begin] == 'm';
  Atom a = make_atom(Unit::PartialMonth, t.begin, month_end(t));
  a.month = t.key_value();
  const Token n = next(a.last);
  if (n.kind == Kind::Number && n.size() <= 2 && n.spaced) return month_day(a, n, needs_year);
  if (const auto year = year_after_comma(n.has(kOf) ? next(n) : n, false)) {
    a.unit = Unit::Month;
    a.year = year->year;
    a.era = year->era;
    a.last = year->last;
    return a;
  }
  if (needs_year) return std::nullopt;
  return a;
}

std::optional<Atom> Grammar::month_day(Atom a, const Token& t, bool needs_year) const noexcept {
  bool ordinal = false;
  if (!day_number(t, a.last, ordinal)) return std::nullopt;
  a.unit = Unit::PartialDay;
  a.day = as_int(t.value);
  if (!is_valid_day(2000, a.month, a.day)) return std::nullopt;
  if (const auto year = year_after_comma(next(a.last), true)) {
    if (!is_valid_day(year->year, a.month, a.day)) return std::nullopt;
    a.unit = Unit::Day;
    a.year = year->year;
    a.era = year->era;
    a.last = year->last;
    return a;
  }
  if (needs_year) return std::nullopt;
  return a;
}

// "spring 1921", "summer of 1941"; "winter 1941–42" is the one winter starting in 1941.
std::optional<Atom> Grammar::season(const Token& t) const noexcept {
  Token n = next(t);
  if (n.has(kOf)) n = next(n);
  const auto year = year_after_comma(n, false);
  // Winter ends in the next year, which must still have four digits.
  if (!year || (t.key_value() == 24 && year->year >= 9999)) return std::nullopt;
  Atom a = make_atom(Unit::Season, t.begin, year->last);
  a.year = year->year;
  a.era = year->era;
  a.season = t.key_value();
  if (a.season == 24 && !a.era) {
    const Token sep = next(a.last);
    const Token end = next(sep);
    const bool next_year = end.kind == Kind::Number && ((end.size() == 2 && as_int(end.value) == (a.year + 1) % 100) ||
                                                        (end.size() == 4 && as_int(end.value) == a.year + 1));
    if ((sep.kind == Kind::Dash || sep.kind == Kind::Slash) && next_year) a.last = end;
  }
  return a;
}

// "19th century", "nineteenth-century", "twenty-first century", "5th century BC", "19th c.".
std::optional<Atom> Grammar::century(const Token& t) const noexcept {
  Token last = t;
  int n = 0;
  if (t.kind == Kind::Number) {
    const Token suffix = next(t);
    if (t.size() > 2 || !suffix.glued() || !suffix.has(kOrdinalSuffix)) return std::nullopt;
    n = as_int(t.value);
    last = suffix;
  } else if (t.has(kOrdinal)) {
    n = t.key_value();
  } else if (t.has(kTwenty)) {
    Token first = next(t);
    if (first.kind == Kind::Dash && first.glued()) first = next(first);
    if (!first.has(kOrdinal) || first.key_value() != 1) return std::nullopt;
    n = 21;
    last = first;
  } else {
    return std::nullopt;
  }
  return century_tail(n, t.begin, last);
}

std::optional<Atom> Grammar::century_tail(int n, std::uint32_t begin, const Token& last) const noexcept {
  Token word = next(last);
  const bool hyphen = word.kind == Kind::Dash && word.glued();
  if (hyphen) word = next(word);
  if (hyphen ? !word.glued() : !word.spaced) return std::nullopt;
  Atom a = make_atom(Unit::Century, begin, word);
  if (word.has(kCentury)) {
    a.plural = word.key_value() == 1;
  } else {
    const Token dot = next(word);
    const bool abbreviation = word.size() == 1 && ascii_lower(text_[word.begin]) == 'c';
    if (hyphen || !abbreviation || !dot.glued() || dot.kind != Kind::Dot) return std::nullopt;
    a.last = dot;
  }
  bool bc = false;
  if (const auto e = era(next(a.last))) {
    bc = e->bc;
    a.era = true;
    a.last = e->last;
  }
  if (n < 1 || n > (bc ? 99 : 21)) return std::nullopt;
  // By the common convention the Nth century is (N-1)00..(N-1)99; BC mirrors it.
  a.year = bc ? 1 - 100 * n : 100 * (n - 1);
  a.number = static_cast<std::uint32_t>(n);
  return a;
}

// "1920s", "1920's", "’20s"; "20s" when `short_ok`; "twenties" after "the". Two-digit decades
// are taken to be in the 1900s.
std::optional<Atom> Grammar::decade(const Token& t, const Context& ctx, bool short_ok) const noexcept {
  Atom a = make_atom(Unit::Decade, t.begin, t);
  if (t.kind == Kind::Word) {
    if (!t.has(kDecadeWord) || !ctx.prev.has(kThe)) return std::nullopt;
    a.year = 1900 + 10 * t.key_value();
    return a;
  }
  Token number = t;
  if (t.kind == Kind::Apostrophe) {
    number = next(t);
    if (!number.glued() || number.size() != 2) return std::nullopt;
    short_ok = true;
  }
  if (number.kind != Kind::Number || number.value % 10 != 0) return std::nullopt;
  if (number.size() == 4 && number.value >= 1000 && number.value <= 2090) {
    a.year = as_int(number.value);
  } else if (number.size() == 2 && short_ok) {
    a.year = 1900 + as_int(number.value);
  } else {
    return std::nullopt;
  }
  Token s = next(number);
  if (s.glued() && s.kind == Kind::Apostrophe) s = next(s);
  if (!s.glued() || !s.has(kPluralS)) return std::nullopt;
  a.last = s;
  return a;
}

// "early 1917", "mid-1930s", "the late 20s", "late 19th century". A two-digit decade after a
// possessive is an age ("in his late 20s").
std::optional<Atom> Grammar::qualified(const Token& t, const Context& ctx) const noexcept {
  Token n = next(t);
  if (n.kind == Kind::Dash && n.glued()) {
    n = next(n);
    if (!n.glued()) return std::nullopt;
  } else if (!n.spaced) {
    return std::nullopt;
  }
  std::optional<Atom> a = century(n);
  if (!a) a = decade(n, ctx, !ctx.prev.has(kPossessive));
  if (!a && n.kind == Kind::Number) a = plain_number(n, Context{.prev = t, .signalled = true});
  // A qualified ordinal may start a range of centuries ("late 17th – early 18th century").
  if (!a || a->unit == Unit::Count || (a->unit == Unit::Bare && !a->ordinal)) return std::nullopt;
  a->qualifier = static_cast<Qualifier>(t.key_value());
  a->begin = t.begin;
  return a;
}

// "c. 1900", "c.1900", "ca. 1900", "circa 1900", "c. 500 BC".
std::optional<Atom> Grammar::circa(const Token& t) const noexcept {
  Token n = next(t);
  const bool dot = n.kind == Kind::Dot && n.glued();
  if (t.size() == 1 && !dot) return std::nullopt;  // a bare "c" is just a letter
  if (dot) n = next(n);
  const auto year = year_part(n, true);
  if (!year || (!year->era && is_count(year->last, Context{}))) return std::nullopt;
  Atom a = make_atom(Unit::Year, t.begin, year->last);
  a.qualifier = Qualifier::Circa;
  a.year = year->year;
  a.era = year->era;
  return a;
}

// "AD 1066", "A.D. 79".
std::optional<Atom> Grammar::anno_domini(const Token& t) const noexcept {
  const auto e = era(t);
  if (!e || e->bc || text_[t.begin] != 'A') return std::nullopt;
  const Token n = next(e->last);
  if (n.kind != Kind::Number || n.size() > 4 || n.value < 1) return std::nullopt;
  Atom a = make_atom(Unit::Year, t.begin, n);
  a.year = as_int(n.value);
  a.era = true;
  return a;
}

// A year ("1917", "44 BC"), a count ("1500 troops"), or a Bare number for a range start.
std::optional<Atom> Grammar::plain_number(const Token& t, const Context& ctx) const noexcept {
  Atom a = make_atom(Unit::Bare, t.begin, t);
  a.number = t.value;
  a.plain = true;
  if (const auto year = year_part(t, false)) {
    a.unit = Unit::Year;
    a.year = year->year;
    a.era = year->era;
    a.plain = !year->era;
    a.last = year->last;
    if (a.plain && is_count(t, ctx)) a.unit = Unit::Count;
    return a;
  }
  const Token suffix = next(t);
  if (suffix.glued() && suffix.kind == Kind::Word) {
    if (t.size() > 2 || !suffix.has(kOrdinalSuffix)) return std::nullopt;
    a.ordinal = true;
    a.plain = false;
    a.last = suffix;
  }
  return a;
}

}  // namespace np::dates::detail
