#include "dates/atom.hpp"

#include <cstdlib>

namespace np::dates::detail {
namespace {

void append_two(std::string& out, int n) {
  out.push_back(static_cast<char>('0' + n / 10 % 10));
  out.push_back(static_cast<char>('0' + n % 10));
}

// Year offsets (first, last) inside a decade or century for each qualifier. Decades: early
// 0-3, mid 4-6, late 7-9 (as the header documents). Centuries are cut in thirds: early 00-32,
// mid 33-65, late 66-99.
struct Offsets {
  int first;
  int last;
};

Offsets decade_offsets(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::Early:
      return {0, 3};
    case Qualifier::Mid:
      return {4, 6};
    case Qualifier::Late:
      return {7, 9};
    default:
      return {0, 9};
  }
}

Offsets century_offsets(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::Early:
      return {0, 32};
    case Qualifier::Mid:
      return {33, 65};
    case Qualifier::Late:
      return {66, 99};
    default:
      return {0, 99};
  }
}

// Months (first, last) of a qualified year: early January-April, mid May-August, late
// September-December.
Offsets year_months(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::Early:
      return {1, 4};
    case Qualifier::Mid:
      return {5, 8};
    case Qualifier::Late:
      return {9, 12};
    default:
      return {1, 12};
  }
}

const char* qualifier_name(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::Early:
      return "early";
    case Qualifier::Mid:
      return "mid";
    case Qualifier::Late:
      return "late";
    case Qualifier::Circa:
      return "circa";
    default:
      return "";
  }
}

}  // namespace

bool is_leap(int year) noexcept {
  // Euclidean remainders, so that astronomical year 0 (1 BC) and -4 (5 BC) are leap years.
  const auto mod = [](int a, int b) { return ((a % b) + b) % b; };
  return mod(year, 4) == 0 && (mod(year, 100) != 0 || mod(year, 400) == 0);
}

int days_in_month(int year, int month) noexcept {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool is_valid_day(int year, int month, int day) noexcept { return day >= 1 && day <= days_in_month(year, month); }

Ymd first_day(const Atom& a) noexcept {
  switch (a.unit) {
    case Unit::Day:
      return {a.year, a.month, a.day};
    case Unit::Month:
      return {a.year, a.month, 1};
    case Unit::Season:
      return {a.year, (a.season - 21) * 3 + 3, 1};
    case Unit::Year:
      return {a.year, year_months(a.qualifier).first, 1};
    case Unit::Decade:
      return {a.year + decade_offsets(a.qualifier).first, 1, 1};
    case Unit::Century:
      return {a.year + century_offsets(a.qualifier).first, 1, 1};
    default:
      return {};
  }
}

Ymd last_day(const Atom& a) noexcept {
  switch (a.unit) {
    case Unit::Day:
      return {a.year, a.month, a.day};
    case Unit::Month:
      return {a.year, a.month, days_in_month(a.year, a.month)};
    case Unit::Season: {
      // Spring March-May, summer June-August, autumn September-November, winter December
      // to February of the next year.
      if (a.season == 24) return {a.year + 1, 2, days_in_month(a.year + 1, 2)};
      const int month = (a.season - 21) * 3 + 5;
      return {a.year, month, days_in_month(a.year, month)};
    }
    case Unit::Year: {
      const int month = year_months(a.qualifier).last;
      return {a.year, month, days_in_month(a.year, month)};
    }
    case Unit::Decade:
      return {a.year + decade_offsets(a.qualifier).last, 12, 31};
    case Unit::Century:
      return {a.year + century_offsets(a.qualifier).last, 12, 31};
    default:
      return {};
  }
}

void append_year(std::string& out, int year) {
  if (year < 0) out.push_back('-');
  const int y = std::abs(year);
  if (y > 9999) {
    out += std::to_string(y);  // not produced by the grammar, but never wrong
    return;
  }
  append_two(out, y / 100);
  append_two(out, y % 100);
}

std::string format_ymd(const Ymd& d) {
  std::string out;
  out.reserve(11);
  append_year(out, d.year);
  out.push_back('-');
  append_two(out, d.month);
  out.push_back('-');
  append_two(out, d.day);
  return out;
}

std::string edtf_value(const Atom& a) {
  std::string out;
  out.reserve(12);
  if (a.unit == Unit::Century && a.year < 0) {
    // The Nth century BC is astronomical years 1-100N .. 100-100N: "-04XX" for the 5th.
    out.push_back('-');
    append_two(out, (-a.year + 1) / 100 - 1);
    out += "XX";
    return out;
  }
  append_year(out, a.year);
  switch (a.unit) {
    case Unit::Day:
      out.push_back('-');
      append_two(out, a.month);
      out.push_back('-');
      append_two(out, a.day);
      break;
    case Unit::Month:
      out.push_back('-');
      append_two(out, a.month);
      break;
    case Unit::Season:
      out.push_back('-');
      append_two(out, a.season);
      break;
    case Unit::Decade:
      out.back() = 'X';
      break;
    case Unit::Century:
      out.replace(out.size() - 2, 2, "XX");
      break;
    default:
      if (a.qualifier == Qualifier::Circa) out.push_back('~');
      break;
  }
  return out;
}

model::Date to_date(const Atom& a) {
  return model::Date{.value = edtf_value(a),
                     .start = format_ymd(first_day(a)),
                     .end = format_ymd(last_day(a)),
                     .qualifier = qualifier_name(a.qualifier),
                     .mention = 0};
}

}  // namespace np::dates::detail
