#pragma once

#include <cstddef>
#include <string_view>

namespace np::read {

/// A section number the notes write before a heading: "2 ", "1.2 ", "3. ", "4) ".
struct SectionNumber {
  std::size_t length = 0;  ///< bytes of the number itself ("1.2", "3.", "4)"); 0 if there is none
  std::size_t text = 0;    ///< where the heading's text starts, after the spaces
  int depth = 0;           ///< how many parts the number has: "1.2" is 2
};

/// The section number `heading` starts with. Each part has one or two digits (a year is not a
/// section number) and the text after it starts with a capital ("3.5 million died" is not
/// numbered), so that only numbering is taken off.
SectionNumber section_number(std::string_view heading);

}  // namespace np::read
