#pragma once

// Internal to src/dates: a single date expression ("atom") as the grammar reads it, and the
// calendar arithmetic that turns it into a model::Date.

#include <cstddef>
#include <cstdint>
#include <string>

#include "dates/lexer.hpp"
#include "model/text_block.hpp"

namespace np::dates::detail {

enum class Unit : std::uint8_t {
  // Complete dates.
  Day,
  Month,
  Season,
  Year,
  Decade,
  Century,
  // Pieces that are dates only as the start of a range, completed from its end.
  PartialDay,    ///< "28 February", "February 28": takes the year of "– 1 March 1953"
  PartialMonth,  ///< "March": takes the year of "– May 1945"
  Bare,          ///< "5", "17th", "753": a day, a century or a year needing an era
  // Not dates.
  Count,    ///< a number that is a quantity ("1500 troops", "2000 %")
  Blocked,  ///< a malformed numeric date ("31/02/1931"): nothing inside it is a date
};

enum class Qualifier : std::uint8_t { None, Early, Mid, Late, Circa };

/// Years are astronomical (ISO 8601 / EDTF): 1 BC is year 0, 44 BC is year -43.
struct Atom {
  Unit unit = Unit::Year;
  Qualifier qualifier = Qualifier::None;
  int year = 0;              ///< Decade, Century: the first year
  int month = 0;             ///< 1..12
  int day = 0;               ///< 1..31
  int season = 0;            ///< 21..24
  std::uint32_t number = 0;  ///< Bare: the number written
  bool ordinal = false;      ///< Bare: written with st/nd/rd/th
  bool plain = false;        ///< Year, Bare: a number with no era, so a range end's BC applies
  bool era = false;          ///< BC/AD/BCE/CE written
  bool plural = false;       ///< Century: "centuries" (only as a range end)
  bool standalone = true;    ///< not glued to what follows ("1917.5", "1917/")
  std::uint32_t begin = 0;   ///< byte offset of the first byte
  Token last;                ///< the last token
};

inline bool is_complete(const Atom& a) noexcept { return a.unit <= Unit::Century; }

/// A calendar date, astronomical year, proleptic Gregorian.
struct Ymd {
  int year = 0;
  int month = 1;
  int day = 1;
  friend auto operator<=>(const Ymd&, const Ymd&) = default;
};

bool is_leap(int year) noexcept;
/// 0 for a month outside 1..12.
int days_in_month(int year, int month) noexcept;
bool is_valid_day(int year, int month, int day) noexcept;

/// First and last calendar day covered by a complete atom (qualifiers narrow them).
Ymd first_day(const Atom& a) noexcept;
Ymd last_day(const Atom& a) noexcept;

/// Appends an astronomical year as EDTF writes it: "1917", "0079", "-0043" (44 BC).
void append_year(std::string& out, int year);
/// "1917-10-25".
std::string format_ymd(const Ymd& d);
/// The EDTF value of a complete atom: "1917-10-25", "1917-10", "1921-21", "1917", "1900~",
/// "192X", "18XX", "-04XX".
std::string edtf_value(const Atom& a);
/// The model date of a complete atom (mention 0).
model::Date to_date(const Atom& a);

}  // namespace np::dates::detail
