#include "read/lines.hpp"

#include "base/utf8.hpp"
#include "read/accounting.hpp"

namespace np::read {
namespace {

/// Length of a line terminator at `i`, or 0.
std::size_t terminator_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '\n') return 1;
  if (c == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
  if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\x85') return 2;  // NEL
  if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\xA8' || text[i + 2] == '\xA9'))
    return 3;  // LINE / PARAGRAPH SEPARATOR
  return 0;
}

/// Width of a horizontal space at `i` (space, tab, no-break space...), or 0.
std::size_t space_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return 1;
  if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') return 2;
  if (c == '\xE3' && text.substr(i, 3) == "\xE3\x80\x80") return 3;  // ideographic space
  return 0;
}

/// Glyph bullets: "•", "◦", "▪", "‣", "●", "○", "■", "□", "➢", "►", "▸", "·", Symbol's bullet
/// (U+F0B7), "–", "—"; and the decorative ones of pasted lists and phone notes: "⁃", "∙",
/// "▫", "◆", "◇", "♦", "❖", "★", "☆", "✦", "➤", "➔", "▶", "✓", "✔", "👉", "🔹", "🔸".
constexpr std::string_view kGlyphBullets[] = {
    "\xE2\x80\xA2",     "\xE2\x97\xA6",     "\xE2\x96\xAA",    "\xE2\x80\xA3", "\xE2\x97\x8F", "\xE2\x97\x8B",
    "\xE2\x96\xA0",     "\xE2\x96\xA1",     "\xE2\x9E\xA2",    "\xE2\x96\xBA", "\xE2\x96\xB8", "\xC2\xB7",
    "\xEF\x82\xB7",     "\xE2\x80\x93",     "\xE2\x80\x94",    "\xE2\x81\x83", "\xE2\x88\x99", "\xE2\x96\xAB",
    "\xE2\x97\x86",     "\xE2\x97\x87",     "\xE2\x99\xA6",    "\xE2\x9D\x96", "\xE2\x98\x85", "\xE2\x98\x86",
    "\xE2\x9C\xA6",     "\xE2\x9E\xA4",     "\xE2\x9E\x94",    "\xE2\x96\xB6", "\xE2\x9C\x93", "\xE2\x9C\x94",
    "\xF0\x9F\x91\x89", "\xF0\x9F\x94\xB9", "\xF0\x9F\x94\xB8"};

bool is_roman(std::string_view s) {
  static constexpr std::string_view kRomans[] = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                 "vii", "viii", "ix",  "x",  "xi", "xii"};
  for (std::size_t k = 0; k < std::size(kRomans); ++k)
    if (s == kRomans[k]) return true;
  return false;
}

std::uint32_t roman_value(std::string_view s) {
  static constexpr std::string_view kRomans[] = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                 "vii", "viii", "ix",  "x",  "xi", "xii"};
  for (std::size_t k = 0; k < std::size(kRomans); ++k)
    if (s == kRomans[k]) return static_cast<std::uint32_t>(k + 1);
  return 1;
}

/// Recognises a list marker at the start of `rest` (the line's content); sets the marker's
/// length, style and number. The marker must be followed by a space (glyph bullets: or text).
bool parse_marker(std::string_view rest, Line& line, std::size_t& length) {
  auto followed_by_space = [&](std::size_t n) { return n < rest.size() && (rest[n] == ' ' || rest[n] == '\t'); };
  for (std::string_view glyph : kGlyphBullets) {
    if (!rest.starts_with(glyph)) continue;
    // Dashes are bullets only when a space follows ("– text"), never in "–1917".
    const bool dash = glyph == "\xE2\x80\x93" || glyph == "\xE2\x80\x94";
    if (dash && !followed_by_space(glyph.size())) return false;
    length = glyph.size();
    // "✔️": an emoji presentation selector after the glyph is part of the marker.
    if (rest.substr(length).starts_with("\xEF\xB8\x8F")) length += 3;
    if (length == rest.size()) return false;
    line.style = model::ListStyle::Bullet;
    return true;
  }
  // "o" is the bullet that Word's lists become when pasted as text.
  if ((rest[0] == '-' || rest[0] == '*' || rest[0] == '+' || rest[0] == 'o') && followed_by_space(1)) {
    length = 1;
    line.style = model::ListStyle::Bullet;
    return true;
  }
  // "1." "12)" "(3)"; "a)" "b." "(c)"; "iv." "ii)"
  std::size_t i = rest[0] == '(' ? 1 : 0;
  const std::size_t start = i;
  while (i < rest.size() && i - start < 3 && utf8::is_ascii_digit(rest[i])) ++i;
  if (i > start) {
    if (i < rest.size() && (rest[i] == '.' || rest[i] == ')') && (start == 0 || rest[i] == ')') &&
        followed_by_space(i + 1)) {
      line.style = model::ListStyle::Decimal;
      line.number = static_cast<std::uint32_t>(std::stoul(std::string(rest.substr(start, i - start))));
      length = i + 1;
      return true;
    }
    return false;
  }
  while (i < rest.size() && i - start < 4 && utf8::is_ascii_alpha(rest[i])) ++i;
  if (i == start || i >= rest.size()) return false;
  const std::string_view word = rest.substr(start, i - start);
  const char close = rest[i];
  if (!(close == ')' || (close == '.' && start == 0)) || !followed_by_space(i + 1)) return false;
  if (start == 1 && close != ')') return false;
  if (word.size() == 1 && utf8::is_ascii_lower(word[0]) && word != "i") {
    line.style = model::ListStyle::LowerAlpha;
    line.number = static_cast<std::uint32_t>(word[0] - 'a' + 1);
  } else if (word.size() == 1 && utf8::is_ascii_upper(word[0]) && close == ')') {
    line.style = model::ListStyle::UpperAlpha;
    line.number = static_cast<std::uint32_t>(word[0] - 'A' + 1);
  } else if (is_roman(word)) {
    line.style = model::ListStyle::LowerRoman;
    line.number = roman_value(word);
  } else {
    return false;
  }
  length = i + 1;
  return true;
}

/// "===" or "---" (at least three, nothing else): a Setext-style heading underline.
bool is_rule(std::string_view content, char& which) {
  if (content.size() < 3 || (content[0] != '=' && content[0] != '-')) return false;
  for (char c : content)
    if (c != content[0]) return false;
  which = content[0];
  return true;
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 40 + 1);
  std::size_t i = 0;
  while (i < text.size()) {
    Line line;
    line.begin = static_cast<std::uint32_t>(i);
    int column = 0;
    for (std::size_t w; i < text.size() && (w = space_at(text, i)) > 0; i += w)
      column = text[i] == '\t' ? (column / 4 + 1) * 4 : column + 1;
    line.indent = column;
    line.content = static_cast<std::uint32_t>(i);
    std::size_t term = 0;
    std::size_t last_non_space = i;
    while (i < text.size() && (term = terminator_at(text, i)) == 0) {
      // Step over whole characters: a no-break space is two bytes, and stepping into it would
      // make the next step swallow the line end after it.
      if (const std::size_t w = space_at(text, i)) {
        i += w;
      } else {
        utf8::next(text, i);
        last_non_space = i;
      }
    }
    line.end = static_cast<std::uint32_t>(std::max(last_non_space, static_cast<std::size_t>(line.content)));
    i += term;
    line.next = static_cast<std::uint32_t>(i);

    const std::string_view content = text.substr(line.content, line.end - line.content);
    std::size_t marker = 0;
    if (content.empty()) {
      line.kind = Line::Kind::Blank;
    } else if (is_rule(content, line.rule_char)) {
      line.kind = Line::Kind::Rule;
    } else if (parse_marker(content, line, marker)) {
      line.kind = Line::Kind::Bullet;
      line.marker_end = line.content + static_cast<std::uint32_t>(marker);
      std::size_t b = line.marker_end;
      for (std::size_t w; b < line.end && (w = space_at(text, b)) > 0; b += w) {
      }
      line.body = static_cast<std::uint32_t>(b);
    } else {
      line.kind = Line::Kind::Text;
    }
    lines.push_back(line);
  }
  return lines;
}

}  // namespace np::read
