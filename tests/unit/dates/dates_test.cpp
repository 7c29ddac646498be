#include "dates/dates.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace np::dates {
namespace {

// One found date as "covered text" @begin-end value start..end [qualifier], so that a single
// EXPECT_EQ checks the byte range, the value, the bounds and the qualifier at once.
std::string show(std::string_view text, const Found& f) {
  std::string out = "\"" + std::string(text.substr(f.range.begin, f.range.size())) + "\" @" +
                    std::to_string(f.range.begin) + "-" + std::to_string(f.range.end) + " " + f.date.value + " " +
                    f.date.start + ".." + f.date.end;
  if (!f.date.qualifier.empty()) out += " " + f.date.qualifier;
  return out;
}

// Every date found in `text`, shown as above and joined by " | ".
std::string dates_in(std::string_view text) {
  std::string out;
  for (const Found& f : find(text)) {
    if (!out.empty()) out += " | ";
    out += show(text, f);
  }
  return out;
}

// The values of the dates found, joined by " | ".
std::string values_in(std::string_view text) {
  std::string out;
  for (const Found& f : find(text)) {
    if (!out.empty()) out += " | ";
    out += f.date.value;
  }
  return out;
}

std::string label(std::string_view text) {
  const auto date = parse(text);
  return date ? describe(*date) : "(not a date)";
}

// ---- Years -------------------------------------------------------------------------------

TEST(DatesFind, FindsAPlainYearWithItsByteRange) {
  EXPECT_EQ(dates_in("In 1917 the Bolsheviks"), "\"1917\" @3-7 1917 1917-01-01..1917-12-31");
  const auto found = find("In 1917 the Bolsheviks");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].range, (model::ByteRange{3, 7}));
  EXPECT_EQ(found[0].date.mention, 0u);
  EXPECT_EQ(found[0].date.qualifier, "");
}

TEST(DatesFind, YearRangeExcludesPunctuationAndQuotes) {
  EXPECT_EQ(dates_in("(1917)"), "\"1917\" @1-5 1917 1917-01-01..1917-12-31");
  EXPECT_EQ(dates_in("It ended in 1918."), "\"1918\" @12-16 1918 1918-01-01..1918-12-31");
  // “ is three bytes in UTF-8.
  EXPECT_EQ(dates_in("\u201c1917\u201d"), "\"1917\" @3-7 1917 1917-01-01..1917-12-31");
  EXPECT_EQ(dates_in("*1917*, 1918;"),
            "\"1917\" @1-5 1917 1917-01-01..1917-12-31 | "
            "\"1918\" @8-12 1918 1918-01-01..1918-12-31");
}

TEST(DatesFind, YearsAreOnly1000To2099WithoutAnEra) { EXPECT_EQ(values_in("999 1000 2099 2100 0917"), "1000 | 2099"); }

TEST(DatesFind, PossessiveYearExcludesTheApostropheS) {
  EXPECT_EQ(dates_in("1917's revolutions"), "\"1917\" @0-4 1917 1917-01-01..1917-12-31");
}

TEST(DatesFind, EraYearsAreAstronomicalSo44BcIsMinus43) {
  EXPECT_EQ(dates_in("44 BC"), "\"44 BC\" @0-5 -0043 -0043-01-01..-0043-12-31");
  EXPECT_EQ(dates_in("in 44 B.C. Caesar"), "\"44 B.C.\" @3-10 -0043 -0043-01-01..-0043-12-31");
  EXPECT_EQ(dates_in("300 BCE"), "\"300 BCE\" @0-7 -0299 -0299-01-01..-0299-12-31");
  EXPECT_EQ(dates_in("1 BC"), "\"1 BC\" @0-4 0000 0000-01-01..0000-12-31");
  EXPECT_EQ(dates_in("AD 1066"), "\"AD 1066\" @0-7 1066 1066-01-01..1066-12-31");
  EXPECT_EQ(dates_in("1066 AD"), "\"1066 AD\" @0-7 1066 1066-01-01..1066-12-31");
  EXPECT_EQ(dates_in("A.D. 79"), "\"A.D. 79\" @0-7 0079 0079-01-01..0079-12-31");
  EXPECT_EQ(dates_in("79 CE"), "\"79 CE\" @0-5 0079 0079-01-01..0079-12-31");
}

TEST(DatesFind, LowerCaseAdIsNotAnEra) { EXPECT_EQ(values_in("the 79 ad campaign"), ""); }

TEST(DatesFind, PercentagesAreNotYears) {
  EXPECT_EQ(values_in("30%"), "");
  EXPECT_EQ(values_in("1917%"), "");
  EXPECT_EQ(values_in("1917 %"), "");
  EXPECT_EQ(values_in("1500 per cent"), "");
  EXPECT_EQ(values_in("1500 percent"), "");
  EXPECT_EQ(values_in("1500\u2030"), "");
}

TEST(DatesFind, ThousandsSeparatorsMakeNumbersNotYears) {
  EXPECT_EQ(values_in("1,500"), "");
  EXPECT_EQ(values_in("1,917 men"), "");
  EXPECT_EQ(values_in("1917,000"), "");
  EXPECT_EQ(values_in("12,1917"), "");
}

TEST(DatesFind, NumbersBeforeUnitsOrPluralNounsAreCounts) {
  EXPECT_EQ(values_in("1500 troops"), "");
  EXPECT_EQ(values_in("2000 people"), "");
  EXPECT_EQ(values_in("1000 miles"), "");
  EXPECT_EQ(values_in("1500 men"), "");
  EXPECT_EQ(values_in("1500 km"), "");
  EXPECT_EQ(values_in("a 1500-strong force"), "");
  EXPECT_EQ(values_in("5 million"), "");
  EXPECT_EQ(values_in("1500 million"), "");
  EXPECT_EQ(values_in("some 1917 votes"), "");
}

TEST(DatesFind, YearSignalWordsOverrideAFollowingPluralNoun) {
  EXPECT_EQ(dates_in("in 1500 troops"), "\"1500\" @3-7 1500 1500-01-01..1500-12-31");
  EXPECT_EQ(dates_in("by 1928 factories"), "\"1928\" @3-7 1928 1928-01-01..1928-12-31");
  EXPECT_EQ(dates_in("the 1917 elections"), "\"1917\" @4-8 1917 1917-01-01..1917-12-31");
}

TEST(DatesFind, WordsEndingInSThatAreNotPluralsDoNotBlockAYear) {
  EXPECT_EQ(values_in("1917 was a year of revolution"), "1917");
  EXPECT_EQ(values_in("1917 marks a turning point"), "1917");
  EXPECT_EQ(values_in("from 1917 onwards"), "1917");
  EXPECT_EQ(values_in("1917 census"), "1917");
}

TEST(DatesFind, TimesDecimalsAndGluedNumbersAreNotYears) {
  EXPECT_EQ(values_in("19:17"), "");
  EXPECT_EQ(values_in("1917:30"), "");
  EXPECT_EQ(values_in("1917.5"), "");
  EXPECT_EQ(values_in("3.1917"), "");
  EXPECT_EQ(values_in("19170 123456"), "");
}

TEST(DatesFind, NumbersGluedToLettersOrSymbolsAreNotYears) {
  EXPECT_EQ(values_in("A1917"), "");
  EXPECT_EQ(values_in("1917a"), "");
  EXPECT_EQ(values_in("\u00e91917"), "");  // é counts as a letter
  EXPECT_EQ(values_in("$1917 \u00a31917 #1917"), "");
}

// ---- Decades -----------------------------------------------------------------------------

TEST(DatesFind, FourDigitDecades) {
  EXPECT_EQ(dates_in("1920s"), "\"1920s\" @0-5 192X 1920-01-01..1929-12-31");
  EXPECT_EQ(dates_in("1920's"), "\"1920's\" @0-6 192X 1920-01-01..1929-12-31");
  EXPECT_EQ(dates_in("1920\u2019s"), "\"1920\u2019s\" @0-8 192X 1920-01-01..1929-12-31");
  EXPECT_EQ(dates_in("1900s"), "\"1900s\" @0-5 190X 1900-01-01..1909-12-31");
}

TEST(DatesFind, LeadingTheIsOutsideTheRange) {
  EXPECT_EQ(dates_in("in the 1920s"), "\"1920s\" @7-12 192X 1920-01-01..1929-12-31");
}

TEST(DatesFind, TwoDigitDecadesNeedTheOrAnApostrophe) {
  EXPECT_EQ(dates_in("the 20s"), "\"20s\" @4-7 192X 1920-01-01..1929-12-31");
  EXPECT_EQ(dates_in("the '20s"), "\"'20s\" @4-8 192X 1920-01-01..1929-12-31");
  EXPECT_EQ(dates_in("the \u201920s"), "\"\u201920s\" @4-10 192X 1920-01-01..1929-12-31");
  EXPECT_EQ(dates_in("the twenties"), "\"twenties\" @4-12 192X 1920-01-01..1929-12-31");
  EXPECT_EQ(values_in("in her 20s"), "");
  EXPECT_EQ(values_in("in his twenties"), "");
}

TEST(DatesFind, QualifiedDecadesNarrowToThirds) {
  EXPECT_EQ(dates_in("early 1930s"), "\"early 1930s\" @0-11 193X 1930-01-01..1933-12-31 early");
  EXPECT_EQ(dates_in("mid-1930s"), "\"mid-1930s\" @0-9 193X 1934-01-01..1936-12-31 mid");
  EXPECT_EQ(dates_in("late 1930s"), "\"late 1930s\" @0-10 193X 1937-01-01..1939-12-31 late");
  EXPECT_EQ(dates_in("early-1930s"), "\"early-1930s\" @0-11 193X 1930-01-01..1933-12-31 early");
  EXPECT_EQ(dates_in("the late 1920s"), "\"late 1920s\" @4-14 192X 1927-01-01..1929-12-31 late");
  EXPECT_EQ(dates_in("late 20s"), "\"late 20s\" @0-8 192X 1927-01-01..1929-12-31 late");
  EXPECT_EQ(dates_in("the late thirties"), "\"late thirties\" @4-17 193X 1937-01-01..1939-12-31 late");
}

TEST(DatesFind, QualifiedTwoDigitDecadeAfterAPossessiveIsAnAge) {
  EXPECT_EQ(values_in("in his late 20s"), "");
  EXPECT_EQ(values_in("in her mid-30s"), "");
}

// ---- Qualified and approximate years -----------------------------------------------------

TEST(DatesFind, EarlyMidLateYearsNarrowToFourMonths) {
  EXPECT_EQ(dates_in("early 1917"), "\"early 1917\" @0-10 1917 1917-01-01..1917-04-30 early");
  EXPECT_EQ(dates_in("mid 1917"), "\"mid 1917\" @0-8 1917 1917-05-01..1917-08-31 mid");
  EXPECT_EQ(dates_in("mid-1917"), "\"mid-1917\" @0-8 1917 1917-05-01..1917-08-31 mid");
  EXPECT_EQ(dates_in("late 1917"), "\"late 1917\" @0-9 1917 1917-09-01..1917-12-31 late");
}

TEST(DatesFind, CircaYears) {
  EXPECT_EQ(dates_in("c. 1900"), "\"c. 1900\" @0-7 1900~ 1900-01-01..1900-12-31 circa");
  EXPECT_EQ(dates_in("c.1900"), "\"c.1900\" @0-6 1900~ 1900-01-01..1900-12-31 circa");
  EXPECT_EQ(dates_in("circa 1900"), "\"circa 1900\" @0-10 1900~ 1900-01-01..1900-12-31 circa");
  EXPECT_EQ(dates_in("ca. 1900"), "\"ca. 1900\" @0-8 1900~ 1900-01-01..1900-12-31 circa");
  EXPECT_EQ(dates_in("c. 500 BC"), "\"c. 500 BC\" @0-9 -0499~ -0499-01-01..-0499-12-31 circa");
  EXPECT_EQ(dates_in("c. 800"), "\"c. 800\" @0-6 0800~ 0800-01-01..0800-12-31 circa");
}

TEST(DatesFind, CircaCountsAndBareCAreNotCircaYears) {
  EXPECT_EQ(values_in("c. 1500 troops"), "");
  EXPECT_EQ(dates_in("c 1900"), "\"1900\" @2-6 1900 1900-01-01..1900-12-31");
}

// ---- Months ------------------------------------------------------------------------------

TEST(DatesFind, MonthAndYearInEveryWritingStyle) {
  EXPECT_EQ(dates_in("October 1917"), "\"October 1917\" @0-12 1917-10 1917-10-01..1917-10-31");
  EXPECT_EQ(dates_in("Oct 1917"), "\"Oct 1917\" @0-8 1917-10 1917-10-01..1917-10-31");
  EXPECT_EQ(dates_in("Oct. 1917"), "\"Oct. 1917\" @0-9 1917-10 1917-10-01..1917-10-31");
  EXPECT_EQ(dates_in("Sept 1917"), "\"Sept 1917\" @0-9 1917-09 1917-09-01..1917-09-30");
  EXPECT_EQ(dates_in("october 1917"), "\"october 1917\" @0-12 1917-10 1917-10-01..1917-10-31");
  EXPECT_EQ(dates_in("October of 1917"), "\"October of 1917\" @0-15 1917-10 1917-10-01..1917-10-31");
  EXPECT_EQ(dates_in("October, 1917"), "\"October, 1917\" @0-13 1917-10 1917-10-01..1917-10-31");
  EXPECT_EQ(dates_in("OCTOBER 1917"), "\"OCTOBER 1917\" @0-12 1917-10 1917-10-01..1917-10-31");
}

TEST(DatesFind, MonthLengthsFollowTheGregorianLeapRules) {
  EXPECT_EQ(dates_in("April 1917"), "\"April 1917\" @0-10 1917-04 1917-04-01..1917-04-30");
  EXPECT_EQ(dates_in("Feb 1932"), "\"Feb 1932\" @0-8 1932-02 1932-02-01..1932-02-29");
  EXPECT_EQ(dates_in("Feb 1931"), "\"Feb 1931\" @0-8 1931-02 1931-02-01..1931-02-28");
  EXPECT_EQ(dates_in("Feb 1900"), "\"Feb 1900\" @0-8 1900-02 1900-02-01..1900-02-28");
  EXPECT_EQ(dates_in("Feb 2000"), "\"Feb 2000\" @0-8 2000-02 2000-02-01..2000-02-29");
  EXPECT_EQ(dates_in("Dec 1917"), "\"Dec 1917\" @0-8 1917-12 1917-12-01..1917-12-31");
}

TEST(DatesFind, MayIsAMonthOnlyWithAYear) {
  EXPECT_EQ(dates_in("May 1917"), "\"May 1917\" @0-8 1917-05 1917-05-01..1917-05-31");
  EXPECT_EQ(dates_in("3 may 1917"), "\"3 may 1917\" @0-10 1917-05-03 1917-05-03..1917-05-03");
  EXPECT_EQ(values_in("It may rain. May was warm."), "");
}

TEST(DatesFind, DayAndMonthWithoutAYearAreNotDates) {
  EXPECT_EQ(values_in("1 December"), "");
  EXPECT_EQ(values_in("on 1 December the tsar"), "");
  EXPECT_EQ(values_in("October 25"), "");
  EXPECT_EQ(values_in("in December"), "");
}

// ---- Full dates --------------------------------------------------------------------------

TEST(DatesFind, DayMonthYear) {
  const std::string tail = " 1917-10-25 1917-10-25..1917-10-25";
  EXPECT_EQ(dates_in("25 October 1917"), "\"25 October 1917\" @0-15" + tail);
  EXPECT_EQ(dates_in("25th October 1917"), "\"25th October 1917\" @0-17" + tail);
  EXPECT_EQ(dates_in("25th of October 1917"), "\"25th of October 1917\" @0-20" + tail);
  EXPECT_EQ(dates_in("25 Oct. 1917"), "\"25 Oct. 1917\" @0-12" + tail);
}

TEST(DatesFind, MonthDayYear) {
  const std::string tail = " 1917-10-25 1917-10-25..1917-10-25";
  EXPECT_EQ(dates_in("October 25, 1917"), "\"October 25, 1917\" @0-16" + tail);
  EXPECT_EQ(dates_in("October 25 1917"), "\"October 25 1917\" @0-15" + tail);
  EXPECT_EQ(dates_in("Oct 25th, 1917"), "\"Oct 25th, 1917\" @0-14" + tail);
}

TEST(DatesFind, NumericDatesAreIsoOrDayMonthYear) {
  const std::string tail = " 1917-10-25 1917-10-25..1917-10-25";
  EXPECT_EQ(dates_in("1917-10-25"), "\"1917-10-25\" @0-10" + tail);
  EXPECT_EQ(dates_in("25/10/1917"), "\"25/10/1917\" @0-10" + tail);
  EXPECT_EQ(dates_in("25.10.1917"), "\"25.10.1917\" @0-10" + tail);
  EXPECT_EQ(dates_in("25-10-1917"), "\"25-10-1917\" @0-10" + tail);
  EXPECT_EQ(values_in("5/3/1917"), "1917-03-05");  // British: 5 March
}

TEST(DatesFind, NumericDateIsMonthFirstOnlyWhenDayFirstIsImpossible) {
  EXPECT_EQ(values_in("10/25/1917"), "1917-10-25");
}

TEST(DatesFind, MalformedNumericDatesHideTheYearInside) {
  EXPECT_EQ(values_in("31/02/1931"), "");
  EXPECT_EQ(values_in("1917-13-45"), "");
  EXPECT_EQ(values_in("25/10/1917.3"), "");
}

TEST(DatesFind, LeapDayIsValidOnlyInLeapYears) {
  EXPECT_EQ(dates_in("29 February 1932"), "\"29 February 1932\" @0-16 1932-02-29 1932-02-29..1932-02-29");
  // Not a full date; the month and year inside it still are.
  EXPECT_EQ(dates_in("29 February 1931"), "\"February 1931\" @3-16 1931-02 1931-02-01..1931-02-28");
  EXPECT_EQ(values_in("29 February 1900"), "1900-02");
  EXPECT_EQ(values_in("29 February 2000"), "2000-02-29");
  EXPECT_EQ(values_in("31 April 1917"), "1917-04");
}

TEST(DatesFind, WeekdayBeforeADateIsLeftOut) {
  EXPECT_EQ(dates_in("Thursday, 25 October 1917."), "\"25 October 1917\" @10-25 1917-10-25 1917-10-25..1917-10-25");
}

TEST(DatesFind, FullDateBeforeChrist) {
  EXPECT_EQ(dates_in("15 March 44 BC"), "\"15 March 44 BC\" @0-14 -0043-03-15 -0043-03-15..-0043-03-15");
}

TEST(DatesFind, ThreeDigitYearAfterADayAndMonth) {
  EXPECT_EQ(values_in("crowned on 25 December 800"), "0800-12-25");
  EXPECT_EQ(values_in("On 5 May 300 men landed"), "");
}

TEST(DatesFind, NoBreakSpaceJoinsADate) {
  EXPECT_EQ(dates_in("October\u00a01917"), "\"October\u00a01917\" @0-13 1917-10 1917-10-01..1917-10-31");
}

// ---- Seasons -----------------------------------------------------------------------------

TEST(DatesFind, SeasonsUseEdtfCodes) {
  EXPECT_EQ(dates_in("spring 1921"), "\"spring 1921\" @0-11 1921-21 1921-03-01..1921-05-31");
  EXPECT_EQ(dates_in("summer of 1941"), "\"summer of 1941\" @0-14 1941-22 1941-06-01..1941-08-31");
  EXPECT_EQ(dates_in("Autumn 1944"), "\"Autumn 1944\" @0-11 1944-23 1944-09-01..1944-11-30");
}

TEST(DatesFind, WinterRunsFromDecemberIntoTheNextYear) {
  EXPECT_EQ(dates_in("winter 1941"), "\"winter 1941\" @0-11 1941-24 1941-12-01..1942-02-28");
  EXPECT_EQ(dates_in("winter 1943"), "\"winter 1943\" @0-11 1943-24 1943-12-01..1944-02-29");
  EXPECT_EQ(dates_in("the winter of 1941\u201342"), "\"winter of 1941\u201342\" @4-23 1941-24 1941-12-01..1942-02-28");
}

// ---- Centuries ---------------------------------------------------------------------------

TEST(DatesFind, CenturiesByTheCommonConvention) {
  EXPECT_EQ(dates_in("19th century"), "\"19th century\" @0-12 18XX 1800-01-01..1899-12-31");
  EXPECT_EQ(dates_in("the nineteenth century"), "\"nineteenth century\" @4-22 18XX 1800-01-01..1899-12-31");
  EXPECT_EQ(dates_in("the twenty-first century"), "\"twenty-first century\" @4-24 20XX 2000-01-01..2099-12-31");
  EXPECT_EQ(dates_in("an 18th-century palace"), "\"18th-century\" @3-15 17XX 1700-01-01..1799-12-31");
  EXPECT_EQ(dates_in("19th c."), "\"19th c.\" @0-7 18XX 1800-01-01..1899-12-31");
  EXPECT_EQ(dates_in("1st century"), "\"1st century\" @0-11 00XX 0000-01-01..0099-12-31");
}

TEST(DatesFind, QualifiedCenturiesNarrowToThirds) {
  EXPECT_EQ(dates_in("early 20th century"), "\"early 20th century\" @0-18 19XX 1900-01-01..1932-12-31 early");
  EXPECT_EQ(dates_in("mid-19th century"), "\"mid-19th century\" @0-16 18XX 1833-01-01..1865-12-31 mid");
  EXPECT_EQ(dates_in("the late eighteenth century"),
            "\"late eighteenth century\" @4-27 17XX 1766-01-01..1799-12-31 late");
}

TEST(DatesFind, CenturiesBeforeChrist) {
  EXPECT_EQ(dates_in("5th century BC"), "\"5th century BC\" @0-14 -04XX -0499-01-01..-0400-12-31");
}

TEST(DatesFind, FutureCenturiesAreNotDates) { EXPECT_EQ(values_in("22nd century"), ""); }

// ---- Ranges ------------------------------------------------------------------------------

TEST(DatesFind, YearRangesWithDashes) {
  const std::string tail = " 1928/1932 1928-01-01..1932-12-31";
  EXPECT_EQ(dates_in("1928-32"), "\"1928-32\" @0-7" + tail);
  EXPECT_EQ(dates_in("1928\u201332"), "\"1928\u201332\" @0-9" + tail);  // en dash: 3 bytes
  EXPECT_EQ(dates_in("1928\u201432"), "\"1928\u201432\" @0-9" + tail);  // em dash
  EXPECT_EQ(dates_in("1928\u221232"), "\"1928\u221232\" @0-9" + tail);  // minus sign
  EXPECT_EQ(dates_in("1928-1932"), "\"1928-1932\" @0-9" + tail);
  EXPECT_EQ(dates_in("1928 - 1932"), "\"1928 - 1932\" @0-11" + tail);
  EXPECT_EQ(dates_in("1928 \u2013 1932"), "\"1928 \u2013 1932\" @0-13" + tail);
  EXPECT_EQ(dates_in("1928--1932"), "\"1928--1932\" @0-10" + tail);
}

TEST(DatesFind, YearRangesWithWords) {
  const std::string tail = " 1928/1932 1928-01-01..1932-12-31";
  EXPECT_EQ(dates_in("1928 to 1932"), "\"1928 to 1932\" @0-12" + tail);
  EXPECT_EQ(dates_in("1928 until 1932"), "\"1928 until 1932\" @0-15" + tail);
  EXPECT_EQ(dates_in("Plan from 1928 to 1932."), "\"from 1928 to 1932\" @5-22" + tail);
  EXPECT_EQ(dates_in("between 1928 and 1932"), "\"between 1928 and 1932\" @0-21" + tail);
}

TEST(DatesFind, TwoDigitRangeEndsCompleteFromTheStart) {
  EXPECT_EQ(dates_in("1936\u201338"), "\"1936\u201338\" @0-9 1936/1938 1936-01-01..1938-12-31");
  EXPECT_EQ(dates_in("1918\u201321"), "\"1918\u201321\" @0-9 1918/1921 1918-01-01..1921-12-31");
  EXPECT_EQ(values_in("1917/18 and 1917/1918"), "1917/1918 | 1917/1918");
}

TEST(DatesFind, TwoDigitRangeEndNeverCrossesACentury) {
  EXPECT_EQ(values_in("1998-03"), "1998");
  EXPECT_EQ(values_in("1932-28"), "1932");
}

TEST(DatesFind, BackwardRangeIsTwoSeparateDates) {
  EXPECT_EQ(dates_in("1932-1928"),
            "\"1932\" @0-4 1932 1932-01-01..1932-12-31 | "
            "\"1928\" @5-9 1928 1928-01-01..1928-12-31");
}

TEST(DatesFind, IsoDateIsNotARange) { EXPECT_EQ(values_in("1917-10-25"), "1917-10-25"); }

TEST(DatesFind, MonthRanges) {
  EXPECT_EQ(dates_in("December 1922 \u2013 January 1923"),
            "\"December 1922 \u2013 January 1923\" @0-30 1922-12/1923-01 1922-12-01..1923-01-31");
  EXPECT_EQ(dates_in("between December 1922 and January 1923"),
            "\"between December 1922 and January 1923\" @0-38 1922-12/1923-01 "
            "1922-12-01..1923-01-31");
  EXPECT_EQ(dates_in("June 1948 - May 1949"), "\"June 1948 - May 1949\" @0-20 1948-06/1949-05 1948-06-01..1949-05-31");
  EXPECT_EQ(dates_in("March\u2013May 1945"), "\"March\u2013May 1945\" @0-16 1945-03/1945-05 1945-03-01..1945-05-31");
}

TEST(DatesFind, DayRangesInheritMonthAndYearFromTheEnd) {
  EXPECT_EQ(dates_in("28 February \u2013 1 March 1953"),
            "\"28 February \u2013 1 March 1953\" @0-28 1953-02-28/1953-03-01 "
            "1953-02-28..1953-03-01");
  EXPECT_EQ(dates_in("5\u20137 July 1944"),
            "\"5\u20137 July 1944\" @0-15 1944-07-05/1944-07-07 1944-07-05..1944-07-07");
  EXPECT_EQ(values_in("February 28 \u2013 March 1, 1953"), "1953-02-28/1953-03-01");
}

TEST(DatesFind, InheritedDayIsValidatedAgainstTheInheritedYear) {
  EXPECT_EQ(values_in("28\u201329 February 1931"), "1931-02");
  EXPECT_EQ(values_in("28\u201329 February 1932"), "1932-02-28/1932-02-29");
}

TEST(DatesFind, DecadeRanges) {
  EXPECT_EQ(dates_in("1930s\u20131940s"), "\"1930s\u20131940s\" @0-13 193X/194X 1930-01-01..1949-12-31");
  EXPECT_EQ(values_in("1930s\u201340s"), "193X/194X");
  EXPECT_EQ(dates_in("from the 1920s to the 1930s"),
            "\"from the 1920s to the 1930s\" @0-27 192X/193X 1920-01-01..1939-12-31");
}

TEST(DatesFind, QualifiedRangePartsNarrowTheBounds) {
  EXPECT_EQ(dates_in("early 1930s \u2013 late 1940s"),
            "\"early 1930s \u2013 late 1940s\" @0-26 193X/194X 1930-01-01..1949-12-31");
  EXPECT_EQ(dates_in("mid-1917 to early 1918"), "\"mid-1917 to early 1918\" @0-22 1917/1918 1917-05-01..1918-04-30");
  EXPECT_EQ(values_in("c. 1900\u20131910"), "1900~/1910");
}

TEST(DatesFind, RangesBeforeChristTakeTheEraOfTheEnd) {
  EXPECT_EQ(dates_in("753\u2013509 BC"), "\"753\u2013509 BC\" @0-12 -0752/-0508 -0752-01-01..-0508-12-31");
  EXPECT_EQ(values_in("1200\u20131000 BC"), "-1199/-0999");
  EXPECT_EQ(values_in("44 BC \u2013 AD 14"), "-0043/0014");
}

TEST(DatesFind, CenturyRanges) {
  EXPECT_EQ(dates_in("17th\u201318th century"), "\"17th\u201318th century\" @0-19 16XX/17XX 1600-01-01..1799-12-31");
  EXPECT_EQ(dates_in("the 17th and 18th centuries"),
            "\"17th and 18th centuries\" @4-27 16XX/17XX 1600-01-01..1799-12-31");
  EXPECT_EQ(values_in("in several centuries"), "");
  EXPECT_EQ(values_in("the 18th centuries"), "");
  EXPECT_EQ(values_in("late 17th \u2013 early 18th century"), "16XX/17XX");
}

TEST(DatesFind, CountRangesAreNotDates) {
  EXPECT_EQ(values_in("between 1500 and 2000 troops"), "");
  EXPECT_EQ(values_in("1500\u20132000 troops"), "");
}

TEST(DatesFind, UnfinishedKeywordRangeLeavesTheDateAlone) {
  EXPECT_EQ(dates_in("between 1928 and then"), "\"1928\" @8-12 1928 1928-01-01..1928-12-31");
  EXPECT_EQ(dates_in("from 1928"), "\"1928\" @5-9 1928 1928-01-01..1928-12-31");
}

TEST(DatesFind, ListsOfYearsAreNotRanges) { EXPECT_EQ(values_in("1917 and 1918"), "1917 | 1918"); }

TEST(DatesFind, SeveralDatesInAParagraph) {
  const std::string_view text =
      "In October 1917 the Bolsheviks seized power; the civil war lasted 1918\u201321. "
      "Between 1928 and 1932 came the first Five-Year Plan, and 25% of 1500 kulaks fled.";
  EXPECT_EQ(values_in(text), "1917-10 | 1918/1921 | 1928/1932");
}

// ---- Robustness --------------------------------------------------------------------------

// Results are in order, do not overlap, and lie inside the text.
void expect_well_formed(std::string_view text, const std::vector<Found>& found) {
  std::uint32_t previous_end = 0;
  for (const Found& f : found) {
    EXPECT_LE(previous_end, f.range.begin);
    EXPECT_LT(f.range.begin, f.range.end);
    EXPECT_LE(f.range.end, text.size());
    previous_end = f.range.end;
  }
}

TEST(DatesFind, PathologicalDigitsAndDashesComplete) {
  std::string text;
  while (text.size() < (1u << 20)) text += "1917-10-1-1917--19-";
  expect_well_formed(text, find(text));
  const std::string digits(10u << 20, '7');
  EXPECT_TRUE(find(digits).empty());
  std::string pairs;
  while (pairs.size() < (1u << 20)) pairs += "1-2-";
  EXPECT_TRUE(find(pairs).empty());
}

TEST(DatesFind, LongRunsOfSpacesOrLettersComplete) {
  const std::string spaces = "1917" + std::string(1u << 20, ' ') + "\u2013 1918";
  EXPECT_EQ(find(spaces).size(), 1u);
  const std::string letters(10u << 20, 'a');
  EXPECT_TRUE(find(letters).empty());
}

TEST(DatesFind, ValuesKeepFourDigitYears) {
  // A winter of 9999 would end in 10000: the year alone is kept.
  EXPECT_EQ(values_in("winter 9999 AD"), "9999");
  EXPECT_EQ(values_in("9999 BC"), "-9998");
}

TEST(DatesFind, EmptyAndTinyInputs) {
  EXPECT_TRUE(find("").empty());
  EXPECT_TRUE(find(" ").empty());
  EXPECT_TRUE(find("-").empty());
  EXPECT_TRUE(find("\xE2").empty());
  EXPECT_TRUE(find("\xE2\x80").empty());
  EXPECT_TRUE(find("c.").empty());
  EXPECT_TRUE(find("B.C.").empty());
}

TEST(DatesFind, ArbitraryBytesAreSafe) {
  // Deterministic pseudo-random text from date-like pieces and raw bytes, for the sanitisers.
  static constexpr std::string_view kPieces[] = {
      "1917",   "25", "October", "may",    "-",        "\u2013",  "/",   ".",     ",",       " ",     "BC",   "A.D.",
      "c.",     "s",  "'",       "\u2019", "th",       "century", "the", "early", "between", "and",   "from", "to",
      "winter", "%",  "troops",  "\xE2",   "\xE2\x80", "\xC2",    "00",  "2099",  "twenty",  "-first"};
  std::uint32_t state = 12345;
  std::string text;
  for (int i = 0; i < 200000; ++i) {
    state = state * 1664525u + 1013904223u;
    const std::uint32_t pick = state >> 24;
    if (pick < 16) {
      text.push_back(static_cast<char>(state >> 8));
    } else {
      text += kPieces[pick % std::size(kPieces)];
    }
  }
  const auto found = find(text);
  expect_well_formed(text, found);
  for (const Found& f : found) EXPECT_FALSE(describe(f.date).empty());
}

// ---- describe() --------------------------------------------------------------------------

TEST(DatesDescribe, LabelsSingleDates) {
  EXPECT_EQ(label("25 October 1917"), "25 October 1917");
  EXPECT_EQ(label("October 1917"), "October 1917");
  EXPECT_EQ(label("1917"), "1917");
  EXPECT_EQ(label("1920s"), "1920s");
  EXPECT_EQ(label("the late 1920s"), "late 1920s");
  EXPECT_EQ(label("early 1917"), "early 1917");
  EXPECT_EQ(label("mid-1917"), "mid-1917");
  EXPECT_EQ(label("c. 1900"), "c. 1900");
  EXPECT_EQ(label("19th century"), "19th century");
  EXPECT_EQ(label("early 20th century"), "early 20th century");
  EXPECT_EQ(label("spring 1921"), "spring 1921");
  EXPECT_EQ(label("winter 1941"), "winter 1941\u201342");
}

TEST(DatesDescribe, LabelsErasBeforeChristAndEarlyYears) {
  EXPECT_EQ(label("44 BC"), "44 BC");
  EXPECT_EQ(label("79 CE"), "AD 79");
  EXPECT_EQ(label("5th century BC"), "5th century BC");
  EXPECT_EQ(label("15 March 44 BC"), "15 March 44 BC");
}

TEST(DatesDescribe, LabelsRangesWithAnEnDash) {
  EXPECT_EQ(label("1928-32"), "1928\u20131932");
  EXPECT_EQ(label("between 1928 and 1932"), "1928\u20131932");
  EXPECT_EQ(label("28 February - 1 March 1953"), "28 February \u2013 1 March 1953");
  EXPECT_EQ(label("5-7 July 1944"), "5\u20137 July 1944");
  EXPECT_EQ(label("December 1922 to January 1923"), "December 1922 \u2013 January 1923");
  EXPECT_EQ(label("March-May 1945"), "March\u2013May 1945");
  EXPECT_EQ(label("1930s-1940s"), "1930s\u20131940s");
  EXPECT_EQ(label("753-509 BC"), "753\u2013509 BC");
  EXPECT_EQ(label("44 BC - AD 14"), "44 BC \u2013 AD 14");
  EXPECT_EQ(label("17th-18th century"), "17th\u201318th century");
}

TEST(DatesDescribe, RangeLabelsRecoverQualifiersFromTheBounds) {
  EXPECT_EQ(label("mid-1917 to early 1918"), "mid-1917 \u2013 early 1918");
  EXPECT_EQ(label("the late 1920s to the mid-1930s"), "late 1920s \u2013 mid-1930s");
}

TEST(DatesDescribe, UnknownValuesAreShownAsTheyAre) {
  for (const char* value : {"someday", "1XXX", "1917-13", "1917-02-30", "1917/", "/1917", ""}) {
    model::Date date;
    date.value = value;
    EXPECT_EQ(describe(date), value);
  }
}

// ---- parse() -----------------------------------------------------------------------------

TEST(DatesParse, AcceptsExactlyOneDateExpression) {
  const auto born = parse("18 December 1878");
  ASSERT_TRUE(born.has_value());
  EXPECT_EQ(born->value, "1878-12-18");
  EXPECT_EQ(born->start, "1878-12-18");
  EXPECT_EQ(born->end, "1878-12-18");
  const auto plan = parse("1928-1932");
  ASSERT_TRUE(plan.has_value());
  EXPECT_EQ(plan->value, "1928/1932");
  EXPECT_EQ(plan->start, "1928-01-01");
  EXPECT_EQ(plan->end, "1932-12-31");
  const auto decade = parse("1920s");
  ASSERT_TRUE(decade.has_value());
  EXPECT_EQ(decade->value, "192X");
}

TEST(DatesParse, TrimsSpacesAndAllowsALeadingThe) {
  ASSERT_TRUE(parse("  1917\n").has_value());
  EXPECT_EQ(parse("  1917\n")->value, "1917");
  ASSERT_TRUE(parse("the 1920s").has_value());
  EXPECT_EQ(parse("the 1920s")->value, "192X");
  EXPECT_EQ(parse("c. 1900")->qualifier, "circa");
  EXPECT_EQ(parse("between 1928 and 1932")->value, "1928/1932");
  EXPECT_EQ(parse("44 BC")->value, "-0043");
  EXPECT_EQ(parse("1500")->value, "1500");
}

TEST(DatesParse, RejectsAnythingElse) {
  EXPECT_FALSE(parse("").has_value());
  EXPECT_FALSE(parse("   ").has_value());
  EXPECT_FALSE(parse("1 December").has_value());
  EXPECT_FALSE(parse("1917 and 1918").has_value());
  EXPECT_FALSE(parse("in 1917").has_value());
  EXPECT_FALSE(parse("1917.").has_value());
  EXPECT_FALSE(parse("30%").has_value());
  EXPECT_FALSE(parse("1500 troops").has_value());
  EXPECT_FALSE(parse("Lenin").has_value());
  EXPECT_FALSE(parse("31/02/1931").has_value());
}

}  // namespace
}  // namespace np::dates

namespace np::dates {
namespace {

TEST(DatesFindCounts, ABareNumberMidSentenceBeforeALowerCaseWordIsACount) {
  EXPECT_TRUE(find("Stalin had 1500 new members admitted.").empty());
  EXPECT_TRUE(find("and 1500 fresh troops arrived").empty());
}

TEST(DatesFindCounts, SignalsAndPossessivesStillMakeYears) {
  ASSERT_EQ(find("Stalin's 1936 constitution").size(), 1u);
  ASSERT_EQ(find("in 1917 the tsar fell").size(), 1u);
  ASSERT_EQ(find("1917 saw two revolutions").size(), 1u);
}

}  // namespace
}  // namespace np::dates
