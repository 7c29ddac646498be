// Structure recovery for plain-text notes: title, headings, nested lists, paragraphs.
//
// Pass 1 turns lines into a flat sequence of items (heading, paragraph, bullet), joining
// hard-wrapped lines and dropping boilerplate; pass 2 nests bullets into lists by
// indentation. Heading levels follow the order in which heading styles first appear
// (as reStructuredText does with underline styles).

#include <algorithm>
#include <functional>
#include <optional>

#include "base/utf8.hpp"
#include "model/verbatim.hpp"
#include "model/walk.hpp"
#include "read/accounting.hpp"
#include "read/lead_terms.hpp"
#include "read/lines.hpp"
#include "read/reader.hpp"
#include "read/section_number.hpp"
#include "unicode/icu.hpp"

namespace np::read {
namespace {

/// How a heading line is written; levels are assigned per style in order of appearance.
enum class HeadingStyle : std::uint8_t {
  Hash1,
  Hash2,
  Hash3,
  Hash4,
  Hash5,
  Hash6,
  UnderlineEq,
  UnderlineDash,
  Caps,
  Label,
  Question,
  Plain,
  Lead,       ///< a short line right over what it heads ("kirov murder" over a list): levelled as Label
  Numbered1,  ///< "2 Collectivisation"
  Numbered2,  ///< "2.1 The kulaks"
  Numbered3,
  Numbered4,
  Numbered5,
  Numbered6
};

/// A piece of a line that goes into a block: [begin, end) of the source.
struct Piece {
  std::uint32_t begin, end;
};

struct Item {
  enum class Kind : std::uint8_t { Heading, Paragraph, Bullet } kind = Kind::Paragraph;
  HeadingStyle style = HeadingStyle::Plain;
  int indent = 0;
  model::ListStyle list_style = model::ListStyle::Bullet;
  std::uint32_t number = 1;
  model::Task task = model::Task::None;  ///< bullets: "- [ ] revise", "- [x] learn the dates"
  std::vector<Piece> pieces;             ///< one per physical line, joined with spaces
  SourcePos where;
};

class TextReader {
 public:
  TextReader(const Source& source, const Boilerplate& boilerplate)
      : source_(source), text_(source.text()), boilerplate_(boilerplate) {}

  Result run(model::Review review);

 private:
  void mark_boilerplate();
  void collect_items();
  void add_bullet(const Line& line);
  void lone_numbers_to_headings();
  void add_text_line(std::size_t i, bool after_gap);
  std::optional<HeadingStyle> heading_style(const Line& line, bool alone_before, bool alone_after) const;
  bool next_is_break(std::size_t i) const;
  bool continues_previous(std::size_t i) const;
  std::size_t wrap_width() const;
  bool looks_like_title(std::size_t i) const;
  bool heads_paragraph(std::size_t i) const;
  bool hyphenated_break(std::size_t i) const;
  Piece heading_piece(const Line& line, HeadingStyle style);
  model::TextBlock make_block(const std::vector<Piece>& pieces);
  std::vector<model::Block> build_blocks();
  model::Block build_list(std::size_t& i);
  int level_of(HeadingStyle style);
  std::string_view content(const Line& line) const { return text_.substr(line.content, line.end - line.content); }

  const Source& source_;
  std::string_view text_;
  const Boilerplate& boilerplate_;
  std::vector<Line> lines_;
  std::vector<Item> items_;
  std::vector<model::Removal> removals_;
  std::vector<HeadingStyle> styles_seen_;
  std::size_t wrap_width_ = 0;  ///< columns the file is hard-wrapped at; 0 if it is not
};

/// Narrower than this, lines are short notes, not text wrapped at a width.
constexpr std::size_t kMinWrapWidth = 40;

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return s.ends_with(e); });
}

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool has_letter(std::string_view s) {
  for (std::size_t p = 0; p < s.size();)
    if (unicode::is_letter(utf8::next(s, p))) return true;
  return false;
}

/// A question or answer of a "Q: ... / A: ..." pair, a clause list ("to force the west out;
/// new currency"), a definition ("M.A.I.N. = militarism, alliances"), a line with a web
/// address, columns separated by tabs, a one-word label and a number ("Date: 12/03/2024"), or
/// items run together ("Causes: • militarism • alliances"): a note, never a heading or a title.
bool is_note_line(std::string_view s) {
  if (s.size() > 2 && (s[0] == 'Q' || s[0] == 'A') && (s[1] == ':' || s[1] == '.' || s[1] == ')') && s[2] == ' ')
    return true;
  if (s.find(';') != std::string_view::npos || s.find(" = ") != std::string_view::npos ||
      s.substr(section_number(s).text).find('\t') != std::string_view::npos || !model::find_addresses(s).empty() ||
      s.find(" \u2022 ") != std::string_view::npos)
    return true;
  if (const std::size_t colon = s.find(": "); colon != std::string_view::npos && colon + 2 < s.size() &&
                                              s.substr(0, colon).find(' ') == std::string_view::npos) {
    std::size_t p = colon + 2;
    const char32_t c = utf8::next(s, p);
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

/// "Title: ..." with a title after the label, in any case.
bool is_title_label(std::string_view s) {
  if (s.size() < 8 || s[5] != ':') return false;
  for (std::size_t i = 0; i < 5; ++i)
    if (utf8::ascii_lower(s[i]) != "title"[i]) return false;
  return s.find_first_not_of(" \t", 6) != std::string_view::npos;
}

/// The heading style of a line, if it can be a heading. `alone_before`: a blank line, a
/// heading or the start precedes it; `alone_after`: no text line follows directly.
std::optional<HeadingStyle> TextReader::heading_style(const Line& line, bool alone_before, bool alone_after) const {
  const std::string_view s = content(line);
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && hashes < s.size() && s[hashes] == ' ') return static_cast<HeadingStyle>(hashes - 1);
  if (utf8::length(s) > 90 || count_words(s) > 14 || is_note_line(s)) return std::nullopt;
  bool letters = false, lower = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (unicode::is_letter(c)) {
      letters = true;
      lower = lower || unicode::is_lower(c);
    }
  }
  if (!letters) return std::nullopt;
  if (ends_with_any(s, {":", " -", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) && !s.ends_with("--"))
    return HeadingStyle::Label;
  if (s.back() == '?') return alone_before ? std::optional(HeadingStyle::Question) : std::nullopt;
  if (ends_with_any(s, {".", ",", ";", "!", "\xE2\x80\xA6"})) return std::nullopt;
  if (!alone_before || !alone_after) return std::nullopt;
  if (!lower && count_words(s) <= 10) return HeadingStyle::Caps;
  // A plain heading starts with a capital or a digit: "Power Base", "1917 revolutions".
  std::size_t p = 0;
  const char32_t first = utf8::next(s, p);
  if (!(unicode::is_upper(first) || (first >= '0' && first <= '9'))) return std::nullopt;
  return HeadingStyle::Plain;
}

/// True if line `i` ends in a word broken by a hyphen ("collectivis-") and the next line goes
/// on in lower case ("ation fiercely"): a hard-wrapped paragraph, not a "Label-" heading.
bool TextReader::hyphenated_break(std::size_t i) const {
  const std::string_view s = content(lines_[i]);
  if (s.size() < 2 || s.back() != '-' || s[s.size() - 2] == '-' || s[s.size() - 2] == ' ' || s[s.size() - 2] == '\t')
    return false;
  if (i + 1 >= lines_.size() || lines_[i + 1].kind != Line::Kind::Text) return false;
  const std::string_view next = content(lines_[i + 1]);
  std::size_t p = 0;
  return unicode::is_lower(utf8::next(next, p));
}

/// True if the line after `i` is blank, a bullet, a rule, boilerplate or the end: line `i`
/// then stands alone.
bool TextReader::next_is_break(std::size_t i) const {
  if (i + 1 >= lines_.size()) return true;
  const Line::Kind k = lines_[i + 1].kind;
  return k != Line::Kind::Text;
}

/// True if text line `i`, right under a text or bullet line, goes on from it (a hard-wrapped
/// paragraph or item) rather than being a note of its own: it goes on in lower case from a
/// line that ends no sentence, or its first word would not have fitted at the end of the line
/// before in a file wrapped at `wrap_width_` columns. "1945 - Yalta" over "1949 - NATO" are
/// two notes; so are lines of a file that is not wrapped at all.
bool TextReader::continues_previous(std::size_t i) const {
  const Line& before = lines_[i - 1];
  const std::string_view previous = content(before);
  const std::string_view s = content(lines_[i]);
  std::size_t p = 0;
  if (unicode::is_lower(utf8::next(s, p)) && !ends_with_any(previous, {".", "!", "?"})) return true;
  if (wrap_width_ == 0) return false;
  const std::size_t first_word = utf8::length(s.substr(0, std::min(s.find(' '), s.find('\t'))));
  return static_cast<std::size_t>(before.indent) + utf8::length(previous) + 1 + first_word > wrap_width_;
}

/// The width the file is hard-wrapped at: the widest line that has a text line right under
/// it (a wrapped line never ends past the width). 0 if that is too narrow to be wrapping, or
/// if no other such line comes close to it: wrapped text has many lines near its width, and
/// one long note over a short one is not wrapping.
std::size_t TextReader::wrap_width() const {
  std::vector<std::size_t> widths;
  for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
    const Line& line = lines_[i];
    if ((line.kind == Line::Kind::Text || line.kind == Line::Kind::Bullet) && lines_[i + 1].kind == Line::Kind::Text)
      widths.push_back(static_cast<std::size_t>(line.indent) + utf8::length(content(line)));
  }
  if (widths.size() < 2) return 0;
  std::partial_sort(widths.begin(), widths.begin() + 2, widths.end(), std::greater<>());
  const std::size_t widest = widths[0];
  return widest >= kMinWrapWidth && widths[1] * 5 >= widest * 4 ? widest : 0;
}

/// The first line of a file is its title unless it reads as a sentence or a note, or as the
/// first line of a hard-wrapped paragraph (whose next line is about as long). "late stalinism 1945-53
/// (quick notes)" over a 900-character paragraph is a title, capitals or not.
bool TextReader::looks_like_title(std::size_t i) const {
  const std::string_view s = content(lines_[i]);
  const std::size_t length = utf8::length(s);
  if (length > 90 || count_words(s) > 14 || ends_with_any(s, {".", ",", ";", "!", "\xE2\x80\xA6"})) return false;
  if (!has_letter(s)) return false;
  // Standing alone, a short line is the title even in lower case ("french revolution notes").
  if (next_is_break(i)) return !is_note_line(s);
  return utf8::length(content(lines_[i + 1])) >= 2 * length;
}

/// True if line `i` (after a blank line) is a short line that a list or a longer paragraph
/// follows directly without going on from it: "kirov murder" over "- kirov = Leningrad party
/// boss", "the gulag" over "The Gulag (Main Administration of Camps) grew out of...". A
/// heading, in lower case or not.
bool TextReader::heads_paragraph(std::size_t i) const {
  if (i + 1 >= lines_.size()) return false;
  const Line::Kind next = lines_[i + 1].kind;
  if (next != Line::Kind::Bullet && (next != Line::Kind::Text || continues_previous(i + 1))) return false;
  if (lines_[i].indent > lines_[i + 1].indent) return false;  // a further paragraph of a list item
  const std::string_view s = content(lines_[i]);
  const std::size_t length = utf8::length(s);
  if (count_words(s) > 8 || is_note_line(s) || ends_with_any(s, {".", ",", ";", "!", "?", "\xE2\x80\xA6"}))
    return false;
  return has_letter(s) && (next == Line::Kind::Bullet || utf8::length(content(lines_[i + 1])) >= 2 * length);
}

Piece TextReader::heading_piece(const Line& line, HeadingStyle style) {
  Piece piece{line.content, line.end};
  if (style <= HeadingStyle::Hash6) {
    std::uint32_t b = line.content;
    while (b < line.end && text_[b] == '#') ++b;
    removals_.push_back({model::Removal::Kind::Marker, line.content, b, {}});
    while (b < line.end && text_[b] == ' ') ++b;
    piece.begin = b;
  } else if (style == HeadingStyle::Label) {
    // "The personalities-" / "Key terms:" → the mark goes to the report, not the heading.
    std::uint32_t e = line.end;
    if (text_[e - 1] == ':' || text_[e - 1] == '-') {
      --e;
    } else {
      e -= 3;  // an en or em dash
    }
    removals_.push_back({model::Removal::Kind::Marker, e, line.end, {}});
    while (e > piece.begin && (text_[e - 1] == ' ' || text_[e - 1] == '\t')) --e;
    piece.end = e;
  }
  // "1.2 Alliances": the section numbers of the outputs stand for the notes' own.
  if (const SectionNumber number = section_number(text_.substr(piece.begin, piece.end - piece.begin)); number.length) {
    removals_.push_back(
        {model::Removal::Kind::Marker, piece.begin, piece.begin + static_cast<std::uint32_t>(number.length), {}});
    piece.begin += static_cast<std::uint32_t>(number.text);
  }
  return piece;
}

void TextReader::add_text_line(std::size_t i, bool after_gap) {
  const Line& line = lines_[i];
  Item* last = items_.empty() ? nullptr : &items_.back();
  const bool alone_before = after_gap || (last && last->kind == Item::Kind::Heading);
  const bool alone_after = next_is_break(i);
  if (!alone_before) {
    // A continuation of the previous bullet or paragraph, unless it is a "Label:" over a list.
    const bool label_before_list = heading_style(line, false, alone_after) == HeadingStyle::Label &&
                                   i + 1 < lines_.size() && lines_[i + 1].kind == Line::Kind::Bullet;
    if (!label_before_list) {
      if (continues_previous(i)) {
        last->pieces.push_back({line.content, line.end});
      } else {
        Item item{.kind = Item::Kind::Paragraph, .indent = line.indent};
        item.where = source_.position(line.content);
        item.pieces.push_back({line.content, line.end});
        items_.push_back(std::move(item));
      }
      return;
    }
  }
  if (items_.empty() && is_title_label(content(line))) {
    // "Title: WW2 home front": the title, its label reported as a removed mark.
    std::uint32_t b = line.content + 6;
    removals_.push_back({model::Removal::Kind::Marker, line.content, b, {}});
    while (b < line.end && (text_[b] == ' ' || text_[b] == '\t')) ++b;
    Item item{.kind = Item::Kind::Heading, .style = HeadingStyle::Plain, .indent = line.indent};
    item.where = source_.position(b);
    item.pieces.push_back({b, line.end});
    items_.push_back(std::move(item));
    return;
  }
  auto style = heading_style(line, alone_before, alone_after);
  // A plain line right under a heading is what the heading introduces ("Golden Years" over
  // "Dawes Plan 1924, Young Plan 1929"), not a heading of its own.
  if (style == HeadingStyle::Plain && !after_gap) style = std::nullopt;
  // "resisted collectivis-" over "ation fiercely": a word broken at the line end, not a label.
  if (style == HeadingStyle::Label && hyphenated_break(i)) style = std::nullopt;
  if (!style && items_.empty() && looks_like_title(i)) style = HeadingStyle::Plain;
  if ((!style || style == HeadingStyle::Plain) && alone_before && heads_paragraph(i)) style = HeadingStyle::Lead;
  // A numbered heading takes its level from its number's depth ("1.2" is under "1").
  if (style && *style > HeadingStyle::Hash6)
    if (const SectionNumber number = section_number(content(line)); number.length)
      style = static_cast<HeadingStyle>(static_cast<int>(HeadingStyle::Numbered1) + number.depth - 1);
  Item item{.kind = style ? Item::Kind::Heading : Item::Kind::Paragraph,
            .style = style.value_or(HeadingStyle::Plain),
            .indent = line.indent};
  item.where = source_.position(line.content);
  item.pieces.push_back(style ? heading_piece(line, *style) : Piece{line.content, line.end});
  items_.push_back(std::move(item));
}

/// Marks the lines the boilerplate list matches, and a short line between two of them: the
/// unlisted items of the same web chrome ("Comment" and "Website" among a comment form's
/// "Name *" and "Email *" labels).
void TextReader::mark_boilerplate() {
  const auto listed = [&](std::size_t i) {
    return lines_[i].kind != Line::Kind::Blank && boilerplate_.matches(content(lines_[i]));
  };
  std::vector<bool> boiler(lines_.size());
  for (std::size_t i = 0; i < lines_.size(); ++i) boiler[i] = listed(i);
  for (std::size_t i = 1; i + 1 < lines_.size(); ++i) {
    const std::string_view s = content(lines_[i]);
    if (!boiler[i] && boiler[i - 1] && boiler[i + 1] && lines_[i].kind == Line::Kind::Text && count_words(s) <= 2 &&
        !ends_with_any(s, {".", "?", "!"}))
      boiler[i] = true;
  }
  for (std::size_t i = 0; i < lines_.size(); ++i)
    if (boiler[i]) lines_[i].kind = Line::Kind::Boilerplate;
}

/// One bullet line: its marker, then a task box ("[ ]", "[x]") as Markdown task lists write
/// it, then the item's text. A "•" list flattened onto one line ("• Stalin • Trotsky •
/// Zinoviev", as web pages copy) is one item per "•".
void TextReader::add_bullet(const Line& line) {
  constexpr std::string_view kDot = "\u2022";
  constexpr std::string_view kSeparator = " \u2022 ";
  Item bullet{.kind = Item::Kind::Bullet, .indent = line.indent, .list_style = line.style, .number = line.number};
  bullet.where = source_.position(line.content);
  removals_.push_back({model::Removal::Kind::Marker, line.content, line.marker_end, {}});
  std::uint32_t body = line.body;
  const std::string_view rest = text_.substr(body, line.end - body);
  if (rest.size() >= 3 && rest[0] == '[' && rest[2] == ']' && (rest[1] == ' ' || rest[1] == 'x' || rest[1] == 'X') &&
      (rest.size() == 3 || rest[3] == ' ' || rest[3] == '\t')) {
    bullet.task = rest[1] == ' ' ? model::Task::Open : model::Task::Done;
    removals_.push_back({model::Removal::Kind::Marker, body, body + 3, {}});
    body += 3;
    while (body < line.end && (text_[body] == ' ' || text_[body] == '\t')) ++body;
  }
  const bool dotted = text_.substr(line.content, line.marker_end - line.content) == kDot;
  for (;;) {
    const std::size_t found = dotted ? text_.substr(0, line.end).find(kSeparator, body) : std::string_view::npos;
    if (found == std::string_view::npos) break;
    const auto separator = static_cast<std::uint32_t>(found);
    const std::uint32_t next = separator + static_cast<std::uint32_t>(kSeparator.size());
    if (next >= line.end) break;  // a "•" at the end is text
    if (separator > body) bullet.pieces.push_back({body, separator});
    items_.push_back(bullet);
    bullet.pieces.clear();
    bullet.task = model::Task::None;
    bullet.where = source_.position(separator + 1);
    removals_.push_back(
        {model::Removal::Kind::Marker, separator + 1, separator + 1 + static_cast<std::uint32_t>(kDot.size()), {}});
    body = next;
  }
  if (body < line.end) bullet.pieces.push_back({body, line.end});
  items_.push_back(std::move(bullet));
}

void TextReader::collect_items() {
  bool gap = true;  // a blank line (or the start) since the last item
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    Line& line = lines_[i];
    if (line.kind == Line::Kind::Boilerplate) {
      removals_.push_back({model::Removal::Kind::Boilerplate, line.content, line.end, {}});
      gap = true;
      continue;
    }
    switch (line.kind) {
      case Line::Kind::Blank:
      case Line::Kind::Boilerplate:
        gap = true;
        break;
      case Line::Kind::Rule: {
        Item* last = items_.empty() ? nullptr : &items_.back();
        // "1. Origins" over "----------" is a numbered heading: its number was already
        // reported as a removed marker, and the section numbers stand for it.
        const bool numbered_heading = !gap && last && last->kind == Item::Kind::Bullet && last->indent == 0 &&
                                      last->list_style != model::ListStyle::Bullet && !last->pieces.empty() &&
                                      2 * (line.end - line.content) >= last->pieces.front().end - lines_[i - 1].content;
        if (!gap && last && (last->kind != Item::Kind::Bullet || numbered_heading) && last->pieces.size() == 1) {
          last->kind = Item::Kind::Heading;
          last->style = line.rule_char == '=' ? HeadingStyle::UnderlineEq : HeadingStyle::UnderlineDash;
        }
        // A rule is layout either way: it separates what comes before from what follows.
        removals_.push_back({model::Removal::Kind::Marker, line.content, line.end, {}});
        gap = true;
        break;
      }
      case Line::Kind::Bullet:
        add_bullet(line);
        gap = false;
        break;
      case Line::Kind::Text: {
        // After a bullet, an indented line continues it even after a blank line (a second
        // paragraph of the item); handled in build_list by indentation.
        add_text_line(i, gap);
        gap = false;
        break;
      }
    }
  }
}

/// "1. Militarism" over its bullets, "2. Alliances" over its own, and so on: numbered lines
/// that each stand alone, in sequence, over what they head, are numbered section headings, not
/// lists of one item. Two at least, numbered one after the other with no other item of their
/// list between them; each one line, short, not a sentence. The numbers were reported as
/// removed markers, and the section numbers stand for them.
void TextReader::lone_numbers_to_headings() {
  const auto numbered = [&](std::size_t k) {
    const Item& item = items_[k];
    return item.kind == Item::Kind::Bullet && item.indent == 0 && item.list_style == model::ListStyle::Decimal;
  };
  const auto heading_like = [&](std::size_t k) {
    const Item& item = items_[k];
    if (item.pieces.size() != 1) return false;
    const std::string_view s = text_.substr(item.pieces[0].begin, item.pieces[0].end - item.pieces[0].begin);
    return has_letter(s) && count_words(s) <= 8 && !ends_with_any(s, {".", ",", ";"}) && !is_note_line(s);
  };
  // Lone: no item of its list right before or after it, and no deeper bullets of its own.
  const auto lone = [&](std::size_t k) {
    std::size_t previous = k;
    while (previous > 0 && items_[previous - 1].kind == Item::Kind::Bullet && items_[previous - 1].indent > 1)
      --previous;
    const bool before = previous > 0 && numbered(previous - 1);
    std::size_t next = k + 1;
    while (next < items_.size() && items_[next].kind == Item::Kind::Bullet && items_[next].indent > 1) ++next;
    const bool nested = next > k + 1;
    const bool after = next < items_.size() && numbered(next);
    return !before && !after && !nested && heading_like(k);
  };
  std::vector<std::size_t> run;  // lone numbered items in sequence
  const auto finish_run = [&] {
    if (run.size() >= 2)
      for (std::size_t k : run) {
        items_[k].kind = Item::Kind::Heading;
        items_[k].style = HeadingStyle::Numbered1;
      }
    run.clear();
  };
  for (std::size_t k = 0; k < items_.size(); ++k) {
    if (!numbered(k)) continue;
    if (!lone(k)) {
      finish_run();  // a real list of its own between them
      continue;
    }
    if (!run.empty() && items_[k].number != items_[run.back()].number + 1) finish_run();
    run.push_back(k);
  }
  finish_run();
}

model::TextBlock TextReader::make_block(const std::vector<Piece>& pieces) {
  model::TextBlock block;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if (k > 0 && !block.empty()) block.append_inserted(" ");
    // Copy verbatim, except control characters (no output format can hold them).
    std::uint32_t start = pieces[k].begin;
    for (std::uint32_t p = pieces[k].begin; p < pieces[k].end;) {
      const std::uint32_t at = p;
      std::size_t next = p;
      const char32_t c = utf8::next(text_, next);
      p = static_cast<std::uint32_t>(next);
      if (unicode::is_printable(c) && c != '\n') continue;
      block.append_from_source(text_.substr(start, at - start), start);
      start = p;
      if (c == '\f' || c == '\v') {
        // A form feed or vertical tab separates words like a space: keep them apart.
        removals_.push_back({model::Removal::Kind::Whitespace, at, p, {}});
        const bool space_before = block.empty() || block.text().back() == ' ';
        const bool space_after = p == pieces[k].end || is_space_byte(text_[p]);
        if (!space_before && !space_after) block.append_inserted(" ");
        continue;
      }
      removals_.push_back({model::Removal::Kind::Control, at, p, {}});
    }
    block.append_from_source(text_.substr(start, pieces[k].end - start), start);
  }
  return block;
}

int TextReader::level_of(HeadingStyle style) {
  // "causes-" and "kirov murder" over their lists are the same kind of heading, marked or not.
  if (style == HeadingStyle::Lead) style = HeadingStyle::Label;
  auto it = std::find(styles_seen_.begin(), styles_seen_.end(), style);
  if (it == styles_seen_.end()) {
    styles_seen_.push_back(style);
    it = styles_seen_.end() - 1;
  }
  return std::min(static_cast<int>(it - styles_seen_.begin()) + 1, 6);
}

/// True if a marker of `style` and `number` continues a list of `list_style` whose last
/// marker had `last`: the same style, or a letter that reads as a Roman numeral in sequence
/// ("h) i) j)": "i" is the ninth letter; "iv. v.": "v" is five).
bool continues_list(model::ListStyle list_style, std::uint32_t last, model::ListStyle style, std::uint32_t number) {
  if (style == list_style) return true;
  if (list_style == model::ListStyle::LowerAlpha && style == model::ListStyle::LowerRoman)
    return number == 1 && last == 8;  // "i" after "h"
  if (list_style == model::ListStyle::LowerRoman && style == model::ListStyle::LowerAlpha)
    return (number == 22 && last == 4) || (number == 24 && last == 9);  // "v" after "iv", "x" after "ix"
  return false;
}

model::Block TextReader::build_list(std::size_t& i) {
  const int indent = items_[i].indent;
  const SourcePos where = items_[i].where;
  model::List list;
  list.style = items_[i].list_style;
  list.start = items_[i].number;
  // A change of numbering style ("1." to "a)") starts a new list.
  std::uint32_t last = list.start;
  for (bool first = true; i < items_.size() && items_[i].kind == Item::Kind::Bullet && items_[i].indent <= indent + 1 &&
                          items_[i].indent >= indent - 1;
       first = false) {
    const Item& bullet = items_[i];
    if (!first && !continues_list(list.style, last, bullet.list_style, bullet.number)) break;
    last = bullet.list_style == list.style ? bullet.number : last + 1;
    model::ListItem item;
    item.task = bullet.task;
    item.blocks.push_back({model::Paragraph{make_block(bullet.pieces)}, bullet.where});
    ++i;
    // Deeper bullets nest; deeper text is a further paragraph of this item.
    while (i < items_.size() && items_[i].indent > indent + 1 && items_[i].kind != Item::Kind::Heading) {
      if (items_[i].kind == Item::Kind::Bullet) {
        item.blocks.push_back(build_list(i));
      } else {
        item.blocks.push_back({model::Paragraph{make_block(items_[i].pieces)}, items_[i].where});
        ++i;
      }
    }
    list.items.push_back(std::move(item));
  }
  return model::Block{std::move(list), where};
}

std::vector<model::Block> TextReader::build_blocks() {
  std::vector<model::Block> blocks;
  for (std::size_t i = 0; i < items_.size();) {
    Item& item = items_[i];
    switch (item.kind) {
      case Item::Kind::Bullet:
        blocks.push_back(build_list(i));
        break;
      case Item::Kind::Heading:
        blocks.push_back({model::Heading{level_of(item.style), make_block(item.pieces)}, item.where});
        ++i;
        break;
      case Item::Kind::Paragraph:
        blocks.push_back({model::Paragraph{make_block(item.pieces)}, item.where});
        ++i;
        break;
    }
  }
  return blocks;
}

Result TextReader::run(model::Review review) {
  lines_ = split_lines(text_);
  wrap_width_ = wrap_width();
  mark_boilerplate();
  collect_items();
  lone_numbers_to_headings();
  Result result;
  // The first item is the title when it is a heading that is not a "Label:" over a list.
  const bool label_over_list =
      items_.size() > 1 && items_[0].style == HeadingStyle::Label && items_[1].kind == Item::Kind::Bullet;
  const bool numbered = !items_.empty() && items_.front().style >= HeadingStyle::Numbered1;  // a section, not a title
  if (!items_.empty() && items_.front().kind == Item::Kind::Heading && items_.front().indent == 0 && !label_over_list &&
      !numbered) {
    result.doc.title = make_block(items_.front().pieces);
    items_.erase(items_.begin());
  }
  result.doc.blocks = build_blocks();
  model::number_blocks(result.doc);
  mark_lead_terms(result.doc);
  review.removals = complete_removals(source_, result.doc, std::move(removals_), model::Removal::Kind::Marker);
  result.review = std::move(review);
  return result;
}

}  // namespace

Result read_text(Decoded decoded, const Boilerplate& boilerplate) {
  model::Review review;
  review.encoding = decoded.encoding;
  review.byte_order_mark = decoded.byte_order_mark;
  review.nfc_changed = decoded.nfc_changed;
  review.line_endings = line_ending_style(decoded.text);
  review.source_bytes = static_cast<std::uint32_t>(decoded.text.size());
  Source source(std::move(decoded.text));
  TextReader reader(source, boilerplate);
  Result result = reader.run(std::move(review));
  result.source = std::move(source);
  return result;
}

}  // namespace np::read
