#pragma once

/// Rule-based recognition and normalisation of dates in English notes (no lexicon needed).
///
/// Values follow EDTF (ISO 8601-2) conventions, with a start and end for sorting:
///   "1917"                    value "1917"       start 1917-01-01  end 1917-12-31
///   "October 1917"            value "1917-10"    start 1917-10-01  end 1917-10-31
///   "25 October 1917"         value "1917-10-25"
///   "1920s", "the 20s"        value "192X"       start 1920-01-01  end 1929-12-31
///   "early 1930s"             value "193X"  qualifier "early" (years 0-3), "mid" (4-6),
///                             "late" (7-9): start/end narrowed accordingly
///   "1928-32", "1928–1932",
///   "between 1928 and 1932",
///   "from 1928 to 1932"       value "1928/1932"  start 1928-01-01  end 1932-12-31
///   "c. 1900", "circa 1900"   value "1900~"  qualifier "circa"
///   "19th century"            value "18XX"       start 1800-01-01  end 1899-12-31
/// Numbers that are not dates ("30%", "1500 troops", "1,500", "5 million") are not dates.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/text_block.hpp"

namespace np::dates {

/// A date found in text: its byte range and normalised value (mention = 0).
struct Found {
  model::ByteRange range;
  model::Date date;
};

/// Finds every date in UTF-8 `text`, leftmost-longest, non-overlapping, in order.
std::vector<Found> find(std::string_view text);

/// Reads the whole of `text` as one date expression ("18 December 1878", "1928-1932").
/// nullopt if it is not exactly one date.
std::optional<model::Date> parse(std::string_view text);

/// A short human label for a date, for timelines and who's who: "25 October 1917",
/// "October 1917", "1917", "1920s", "late 1920s", "1928–1932", "c. 1900".
std::string describe(const model::Date& date);

}  // namespace np::dates
