#include "read/section_number.hpp"

#include <gtest/gtest.h>

namespace np::read {
namespace {

TEST(SectionNumber, NumbersOfEveryDepthAndPunctuation) {
  EXPECT_EQ(section_number("2 Collectivisation").length, 1u);
  EXPECT_EQ(section_number("2 Collectivisation").text, 2u);
  EXPECT_EQ(section_number("2 Collectivisation").depth, 1);
  EXPECT_EQ(section_number("1.2 Alliances").depth, 2);
  EXPECT_EQ(section_number("1.2.10\tThe kulaks").length, 6u);
  EXPECT_EQ(section_number("1.2.10\tThe kulaks").depth, 3);
  EXPECT_EQ(section_number("3. Results").length, 2u);
  EXPECT_EQ(section_number("4)  Aims").text, 4u);
  EXPECT_EQ(section_number("12 \xC3\x89migr\xC3\xA9s").depth, 1);  // a capital that is not ASCII
}

TEST(SectionNumber, YearsQuantitiesAndBareNumbersAreNot) {
  EXPECT_EQ(section_number("1917 Revolutions").length, 0u);
  EXPECT_EQ(section_number("3.5 million died").length, 0u);
  EXPECT_EQ(section_number("2 key reasons").length, 0u);
  EXPECT_EQ(section_number("1.2").length, 0u);
  EXPECT_EQ(section_number("1.2 ").length, 0u);
  EXPECT_EQ(section_number("1.2.3.4.5.6.7 Deep").length, 0u);
  EXPECT_EQ(section_number("Stalin 2").length, 0u);
  EXPECT_EQ(section_number("").length, 0u);
}

}  // namespace
}  // namespace np::read
