#include "dates/dates.hpp"

#include <cstdint>
#include <limits>

#include "dates/atom.hpp"
#include "dates/grammar.hpp"
#include "dates/lexer.hpp"

// find() tries the grammar at every token, left to right; each attempt looks ahead a bounded
// number of tokens, so the scan is linear in the text and allocates only for the results.

namespace np::dates {
namespace {

using detail::Atom;
using detail::Context;
using detail::Grammar;
using detail::Kind;
using detail::Token;
using detail::Unit;

enum class Mode : std::uint8_t { Plain, From, Between };

// What starts at a token. The model::Date is built only for matches that are kept, so that
// the attempt at every token allocates nothing.
struct Match {
  enum class What : std::uint8_t { None, Single, Interval, Blocked };
  What what = What::None;
  std::uint32_t begin = 0;
  Token last;
  Atom first;   // Single, Interval
  Atom second;  // Interval
};

Match make_match(Match::What what, std::uint32_t begin, const Token& last) noexcept {
  Match m;
  m.what = what;
  m.begin = begin;
  m.last = last;
  return m;
}

struct Separator {
  Token last;
  bool word = false;       // "to", "until", "and": may be followed by "the"
  bool slash = false;      // "1917/18": years only, no spaces
  bool plain_and = false;  // "17th and 18th centuries": only before a plural
};

std::optional<Separator> separator(const Grammar& g, const Token& t, Mode mode) {
  if (t.spaced && t.has(detail::kAnd)) {
    return Separator{.last = t, .word = true, .plain_and = mode != Mode::Between};
  }
  if (mode == Mode::Between) return std::nullopt;
  if (t.spaced && t.has(detail::kRangeTo)) return Separator{.last = t, .word = true};
  if (t.kind == Kind::Dash) {
    const Token second = g.next(t);  // "1928--1932"
    return Separator{.last = second.kind == Kind::Dash && second.glued() ? second : t};
  }
  if (mode == Mode::Plain && t.kind == Kind::Slash && t.glued()) {
    return Separator{.last = t, .slash = true};
  }
  return std::nullopt;
}

// Completes the start of a range from its end: "28 February – 1 March 1953" gives the start
// its year, "5–7 July 1944" its month and year, "753–509 BC" its era, "17th–18th century" its
// unit. False if the start cannot be completed or is then invalid.
bool complete_start(Atom& a, const Atom& b) {
  const int n = static_cast<int>(a.number);
  switch (a.unit) {
    case Unit::Bare:
      if (b.unit == Unit::Day && n >= 1 && n <= 31) {
        a.unit = Unit::Day;
        a.year = b.year;
        a.month = b.month;
        a.day = n;
        return detail::is_valid_day(a.year, a.month, a.day);
      }
      if (b.unit == Unit::Century && a.ordinal && n >= 1) {
        a.unit = Unit::Century;
        a.year = b.year < 0 ? 1 - 100 * n : 100 * (n - 1);
        return b.year < 0 ? n <= 99 : n <= 21;
      }
      if (b.unit == Unit::Year && b.era && a.plain && n >= 1) {
        a.unit = Unit::Year;
        a.year = b.year <= 0 ? 1 - n : n;
        return true;
      }
      return false;
    case Unit::PartialDay:
      if (b.unit != Unit::Day) return false;
      a.unit = Unit::Day;
      a.year = b.year;
      return detail::is_valid_day(a.year, a.month, a.day);
    case Unit::PartialMonth:
      if (b.unit != Unit::Month) return false;
      a.unit = Unit::Month;
      a.year = b.year;
      return true;
    case Unit::Year:
      if (a.plain && b.era && b.year <= 0) a.year = 1 - a.year;  // "1200–1000 BC"
      return true;
    default:
      return detail::is_complete(a);
  }
}

model::Date interval(const Atom& a, const Atom& b) {
  return model::Date{.value = detail::edtf_value(a) + '/' + detail::edtf_value(b),
                     .start = detail::format_ymd(detail::first_day(a)),
                     .end = detail::format_ymd(detail::last_day(b)),
                     .qualifier = "",
                     .mention = 0};
}

// A range "A sep B" whose start `start` has been read; the match begins at `begin` (before
// "from" or "between"). A count as the end ("1500–2000 troops") blocks the whole expression.
std::optional<Match> range(const Grammar& g, const Atom& start, const Context& ctx, Mode mode, std::uint32_t begin) {
  const auto sep = separator(g, g.next(start.last), mode);
  if (!sep || (sep->slash && (start.unit != Unit::Year || !start.plain))) return std::nullopt;
  Token t = g.next(sep->last);
  Context end_ctx{.prev = sep->last, .free_left = true, .signalled = ctx.signalled};
  if (sep->word && t.has(detail::kThe)) {
    end_ctx.prev = t;
    t = g.next(t);
  }
  if (sep->slash && !t.glued()) return std::nullopt;
  const auto end = g.range_end(t, start, end_ctx);
  if (!end) return std::nullopt;
  if (end->unit == Unit::Count) return make_match(Match::What::Blocked, begin, end->last);
  if (!end->standalone || (sep->slash && end->unit != Unit::Year)) return std::nullopt;
  // "17th–18th centuries", "17th and 18th centuries"; but "1917 and 1918" are two dates.
  if (end->plural ? start.unit != Unit::Bare : sep->plain_and) return std::nullopt;
  Atom first = start;
  if (!complete_start(first, *end)) return std::nullopt;
  // A range runs forwards and its parts do not overlap; otherwise the parts are dates alone.
  if (!(detail::last_day(first) < detail::first_day(*end))) return std::nullopt;
  Match m = make_match(Match::What::Interval, begin, end->last);
  m.first = first;
  m.second = *end;
  return m;
}

// "between 1928 and 1932", "from 1928 to 1932", "from the 1920s to the 1930s".
std::optional<Match> keyword_range(const Grammar& g, const Token& keyword, Mode mode) {
  Token t = g.next(keyword);
  Context ctx = Grammar::after(keyword);
  if (t.has(detail::kThe)) {
    ctx = Grammar::after(t);
    t = g.next(t);
  }
  const auto start = g.atom(t, ctx);
  if (!start || start->unit == Unit::Count || start->unit == Unit::Blocked) return std::nullopt;
  return range(g, *start, ctx, mode, keyword.begin);
}

Match match_at(const Grammar& g, const Token& t, const Context& ctx) {
  if (t.has(detail::kBetween | detail::kFrom)) {
    const Mode mode = t.has(detail::kBetween) ? Mode::Between : Mode::From;
    if (const auto m = keyword_range(g, t, mode)) return *m;
    return {};
  }
  const auto a = g.atom(t, ctx);
  if (!a || a->unit == Unit::Count) return {};
  if (a->unit == Unit::Blocked) return make_match(Match::What::Blocked, a->begin, a->last);
  if (const auto m = range(g, *a, ctx, Mode::Plain, a->begin)) return *m;
  if (detail::is_complete(*a) && a->standalone && !a->plural) {
    Match m = make_match(Match::What::Single, a->begin, a->last);
    m.first = *a;
    return m;
  }
  return {};
}

}  // namespace

std::vector<Found> find(std::string_view text) {
  // ByteRange offsets are 32-bit: nothing past 4 GiB can be reported.
  constexpr std::size_t kMaxSize = std::numeric_limits<std::uint32_t>::max();
  if (text.size() > kMaxSize) text = text.substr(0, kMaxSize);
  const Grammar g(text);
  std::vector<Found> found;
  Token prev;
  Token t = g.at(0);
  while (t.kind != Kind::End) {
    const Match m = match_at(g, t, Grammar::after(prev));
    if (m.what == Match::What::None) {
      prev = t;
      t = g.next(t);
      continue;
    }
    if (m.what != Match::What::Blocked) {
      found.push_back(
          Found{.range = {m.begin, m.last.end},
                .date = m.what == Match::What::Single ? detail::to_date(m.first) : interval(m.first, m.second)});
    }
    prev = m.last;
    t = g.next(m.last);
  }
  return found;
}

std::optional<model::Date> parse(std::string_view text) {
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
  auto found = find(text);
  if (found.size() != 1) return std::nullopt;
  const Grammar g(text);
  Token first = g.at(0);
  if (first.has(detail::kThe)) first = g.next(first);  // "the 1920s"
  if (first.begin != found[0].range.begin || g.at(found[0].range.end).kind != Kind::End) {
    return std::nullopt;
  }
  return std::move(found[0].date);
}

}  // namespace np::dates
