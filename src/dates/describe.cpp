// describe(): short human labels for the EDTF values that find() and parse() produce.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dates/atom.hpp"
#include "dates/dates.hpp"

namespace np::dates {
namespace {

using detail::Qualifier;

constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
constexpr std::array<std::string_view, 4> kSeasonNames = {"spring", "summer", "autumn", "winter"};

enum class Shape : std::uint8_t { Day, Month, Season, Year, Decade, Century };

// One side of a value, read back. Years are astronomical; a century's year is its first.
struct Value {
  Shape shape = Shape::Year;
  int year = 0;
  int month = 0;  // Season: the season code 21..24
  int day = 0;
  bool circa = false;
};

// How much of the start of an interval its end makes redundant.
enum class Elide : std::uint8_t { None, Year, MonthAndYear, Era, Unit };

bool read_digits(std::string_view s, std::size_t count, int& out) {
  if (s.size() < count) return false;
  out = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// "-MM" or "-MM-DD" after the year.
bool read_month_day(std::string_view rest, Value& v) {
  if (rest.empty()) return true;
  if (rest[0] != '-' || !read_digits(rest.substr(1), 2, v.month)) return false;
  if (rest.size() == 3) {
    if (v.month >= 21 && v.month <= 24) {
      v.shape = Shape::Season;
      return true;
    }
    v.shape = Shape::Month;
    return v.month >= 1 && v.month <= 12;
  }
  if (rest.size() != 6 || rest[3] != '-' || !read_digits(rest.substr(4), 2, v.day)) return false;
  v.shape = Shape::Day;
  return detail::is_valid_day(v.year, v.month, v.day);
}

std::optional<Value> read_value(std::string_view s) {
  Value v;
  if (!s.empty() && s.back() == '~') {
    v.circa = true;
    s.remove_suffix(1);
  }
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  int digits = 0;
  int unknown = 0;  // trailing X's
  for (std::size_t i = 0; i < 4; ++i) {
    if (i >= s.size()) return std::nullopt;
    if (s[i] == 'X') {
      ++unknown;
    } else if (s[i] >= '0' && s[i] <= '9' && unknown == 0) {
      digits = digits * 10 + (s[i] - '0');
    } else {
      return std::nullopt;
    }
  }
  s.remove_prefix(4);
  if (unknown == 2 && s.empty()) {
    v.shape = Shape::Century;  // "18XX"; "-04XX" is the 5th century BC
    v.year = negative ? 1 - (digits + 1) * 100 : digits * 100;
    return v;
  }
  if (unknown == 1 && s.empty() && !negative) {
    v.shape = Shape::Decade;
    v.year = digits * 10;
    return v;
  }
  if (unknown != 0) return std::nullopt;
  v.year = negative ? -digits : digits;
  if (!read_month_day(s, v)) return std::nullopt;
  return v;
}

std::optional<detail::Ymd> read_ymd(std::string_view s) {
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  detail::Ymd d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !read_digits(s, 4, d.year) ||
      !read_digits(s.substr(5), 2, d.month) || !read_digits(s.substr(8), 2, d.day)) {
    return std::nullopt;
  }
  if (negative) d.year = -d.year;
  return d;
}

std::string ordinal(int n) {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

// The year after a winter's start: "42" for 1941, "2000" for 1999.
std::string winter_end(int start) {
  const int year = start + 1;
  if (year <= 0 || year % 100 == 0) return std::to_string(year <= 0 ? 1 - year : year);
  const int n = year % 100;
  return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
}

// "1917", "AD 79", "44 BC" ("44" when the era is elided).
void append_year(std::string& out, int year, bool with_era) {
  if (year <= 0) {
    out += std::to_string(1 - year);
    if (with_era) out += " BC";
    return;
  }
  if (year < 1000 && with_era) out += "AD ";
  out += std::to_string(year);
}

void append_qualifier(std::string& out, Qualifier q) {
  switch (q) {
    case Qualifier::Early:
      out += "early ";
      break;
    case Qualifier::Mid:
      out += "mid-";
      break;
    case Qualifier::Late:
      out += "late ";
      break;
    case Qualifier::Circa:
      out += "c. ";
      break;
    default:
      break;
  }
}

void append_label(std::string& out, const Value& v, Qualifier q, Elide elide) {
  append_qualifier(out, q);
  const auto month = [&] { return kMonthNames[static_cast<std::size_t>(v.month - 1)]; };
  switch (v.shape) {
    case Shape::Day:
      out += std::to_string(v.day);
      if (elide != Elide::MonthAndYear) (out += ' ') += month();
      break;
    case Shape::Month:
      out += month();
      break;
    case Shape::Season:
      out += kSeasonNames[static_cast<std::size_t>(v.month - 21)];
      break;
    case Shape::Year:
      append_year(out, v.year, elide != Elide::Era);
      return;
    case Shape::Decade:
      out += std::to_string(v.year) + 's';
      return;
    case Shape::Century:
      out += ordinal(v.year < 0 ? (1 - v.year) / 100 : v.year / 100 + 1);
      if (elide != Elide::Unit) out += v.year < 0 ? " century BC" : " century";
      return;
  }
  if (elide == Elide::None) {
    out += ' ';
    append_year(out, v.year, true);
    // Our winter runs from December into the next year.
    if (v.shape == Shape::Season && v.month == 24) (out += "\u2013") += winter_end(v.year);
  }
}

Qualifier qualifier_of(std::string_view name, bool circa) {
  if (name == "early") return Qualifier::Early;
  if (name == "mid") return Qualifier::Mid;
  if (name == "late") return Qualifier::Late;
  return name == "circa" || circa ? Qualifier::Circa : Qualifier::None;
}

// An interval keeps no qualifiers, but its start and end show those that narrowed them: a
// year's start in May is "mid", a decade's end in its year 3 is "early". Years are told by
// month, decades and centuries by the year's offset.
Qualifier start_qualifier(const Value& v, std::string_view start) {
  if (v.circa) return Qualifier::Circa;
  const auto d = read_ymd(start);
  if (!d) return Qualifier::None;
  int key = d->year - v.year;
  int mid = 0;
  int late = 0;
  switch (v.shape) {
    case Shape::Year:
      if (key != 0) return Qualifier::None;
      key = d->month;
      mid = 5;
      late = 9;
      break;
    case Shape::Decade:
      mid = 4;
      late = 7;
      break;
    case Shape::Century:
      mid = 33;
      late = 66;
      break;
    default:
      return Qualifier::None;
  }
  return key == mid ? Qualifier::Mid : key == late ? Qualifier::Late : Qualifier::None;
}

Qualifier end_qualifier(const Value& v, std::string_view end) {
  if (v.circa) return Qualifier::Circa;
  const auto d = read_ymd(end);
  if (!d) return Qualifier::None;
  int key = d->year - v.year;
  int early = 0;
  int mid = 0;
  switch (v.shape) {
    case Shape::Year:
      if (key != 0) return Qualifier::None;
      key = d->month;
      early = 4;
      mid = 8;
      break;
    case Shape::Decade:
      early = 3;
      mid = 6;
      break;
    case Shape::Century:
      early = 32;
      mid = 65;
      break;
    default:
      return Qualifier::None;
  }
  return key == early ? Qualifier::Early : key == mid ? Qualifier::Mid : Qualifier::None;
}

Elide elision(const Value& a, const Value& b) {
  if (a.shape != b.shape) return Elide::None;
  switch (a.shape) {
    case Shape::Day:
      if (a.year != b.year) return Elide::None;
      return a.month == b.month ? Elide::MonthAndYear : Elide::Year;
    case Shape::Month:
      return a.year == b.year ? Elide::Year : Elide::None;
    case Shape::Year:
      return a.year <= 0 && b.year <= 0 ? Elide::Era : Elide::None;
    case Shape::Century:
      return (a.year < 0) == (b.year < 0) ? Elide::Unit : Elide::None;
    default:
      return Elide::None;
  }
}

// "1928–1932", "28 February – 1 March 1953", "5–7 July 1944", "753–509 BC".
std::string describe_interval(const Value& a, const Value& b, const model::Date& date) {
  const Elide elide = elision(a, b);
  std::string left;
  std::string right;
  append_label(left, a, start_qualifier(a, date.start), elide);
  append_label(right, b, end_qualifier(b, date.end), Elide::None);
  // Closed up when both sides are single words or the start is a bare number or name
  // ("5–7 July 1944", "753–509 BC"); spaced otherwise ("28 February – 1 March 1953").
  const bool closed =
      left.find(' ') == std::string::npos && (elide != Elide::None || right.find(' ') == std::string::npos);
  return left + (closed ? "\u2013" : " \u2013 ") + right;
}

}  // namespace

std::string describe(const model::Date& date) {
  const std::string_view value = date.value;
  const auto slash = value.find('/');
  if (slash == std::string_view::npos) {
    const auto v = read_value(value);
    if (!v) return date.value;
    std::string out;
    append_label(out, *v, qualifier_of(date.qualifier, v->circa), Elide::None);
    return out;
  }
  const auto a = read_value(value.substr(0, slash));
  const auto b = read_value(value.substr(slash + 1));
  if (!a || !b) return date.value;
  return describe_interval(*a, *b, date);
}

}  // namespace np::dates
