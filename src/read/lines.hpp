#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace np::read {

/// One physical line of a plain-text notes file, with its layout measured.
struct Line {
  enum class Kind : std::uint8_t { Blank, Boilerplate, Rule, Bullet, Text };

  std::uint32_t begin = 0;    ///< first byte of the line
  std::uint32_t content = 0;  ///< first byte after the indentation
  std::uint32_t end = 0;      ///< end of the content (trailing spaces excluded)
  std::uint32_t next = 0;     ///< first byte of the next line
  int indent = 0;             ///< indentation in columns (a tab advances to a multiple of 4)
  Kind kind = Kind::Blank;

  // Bullets: the marker is [content, marker_end); the item's text starts at body.
  std::uint32_t marker_end = 0;
  std::uint32_t body = 0;
  model::ListStyle style = model::ListStyle::Bullet;
  std::uint32_t number = 1;  ///< value of an ordered marker ("3." → 3, "c)" → 3)
  char rule_char = 0;        ///< '=' or '-' for a Rule line
};

/// Splits `text` into lines at LF, CRLF, CR, NEL, U+2028 and U+2029 and measures each.
/// Kinds are Blank, Rule, Bullet or Text; the caller marks boilerplate.
std::vector<Line> split_lines(std::string_view text);

}  // namespace np::read
