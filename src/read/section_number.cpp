#include "read/section_number.hpp"

#include "base/utf8.hpp"
#include "unicode/icu.hpp"

namespace np::read {

SectionNumber section_number(std::string_view heading) {
  constexpr int kMaxDepth = 6;
  std::size_t i = 0;
  int depth = 0;
  for (;;) {
    const std::size_t start = i;
    while (i < heading.size() && i - start < 3 && utf8::is_ascii_digit(heading[i])) ++i;
    if (i == start || i - start > 2 || ++depth > kMaxDepth) return {};
    // "1.2" goes on; "1." or "1)" ends the number; a space ends it too.
    if (i + 1 < heading.size() && heading[i] == '.' && utf8::is_ascii_digit(heading[i + 1])) {
      ++i;
      continue;
    }
    if (i < heading.size() && (heading[i] == '.' || heading[i] == ')')) ++i;
    break;
  }
  const std::size_t length = i;
  while (i < heading.size() && (heading[i] == ' ' || heading[i] == '\t')) ++i;
  if (i == length || i >= heading.size()) return {};
  std::size_t p = i;
  if (!unicode::is_upper(utf8::next(heading, p))) return {};
  return {length, i, depth};
}

}  // namespace np::read
