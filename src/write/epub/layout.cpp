#include "write/epub/layout.hpp"

#include <algorithm>
#include <climits>

#include "base/utf8.hpp"

namespace np::write::epub {
namespace {

std::size_t text_size(const model::Block& block);

std::size_t text_size(const std::vector<model::Block>& blocks) {
  std::size_t n = 0;
  for (const model::Block& b : blocks) n += text_size(b);
  return n;
}

std::size_t text_size(const model::Block& block) {
  if (const auto* p = std::get_if<model::Paragraph>(&block.node)) return p->content.text().size();
  if (const auto* h = std::get_if<model::Heading>(&block.node)) return h->content.text().size();
  if (const auto* c = std::get_if<model::CodeBlock>(&block.node)) return c->content.text().size();
  if (const auto* q = std::get_if<model::Quote>(&block.node)) return text_size(q->blocks);
  std::size_t n = 0;
  if (const auto* t = std::get_if<model::Table>(&block.node)) {
    for (const model::TableRow& row : t->rows)
      for (const model::TableCell& cell : row.cells) n += text_size(cell.blocks);
    return n;
  }
  for (const model::ListItem& item : std::get<model::List>(block.node).items) n += text_size(item.blocks);
  return n;
}

/// Indices of the top-level headings a chapter is split at: those of the shallowest level
/// present, except the first one. What comes before it (the chapter heading, an
/// introduction) stays with the first section rather than making a near-empty document.
std::vector<std::size_t> section_cuts(const std::vector<model::Block>& blocks) {
  int top = INT_MAX;
  for (const model::Block& b : blocks)
    if (const auto* h = std::get_if<model::Heading>(&b.node)) top = std::min(top, h->level);
  std::vector<std::size_t> cuts;
  bool first = true;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (const auto* h = std::get_if<model::Heading>(&blocks[i].node); h && h->level == top) {
      if (!first) cuts.push_back(i);
      first = false;
    }
  return cuts;
}

/// Cuts [first, last) further wherever the text would pass kMaxPartText.
void chunk(const std::vector<std::size_t>& sizes, std::size_t first, std::size_t last,
           std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
  std::size_t start = first;
  std::size_t text = 0;
  for (std::size_t i = first; i < last; ++i) {
    if (i > start && text + sizes[i] > kMaxPartText) {
      ranges.emplace_back(start, i);
      start = i;
      text = 0;
    }
    text += sizes[i];
  }
  ranges.emplace_back(start, last);
}

std::string part_title(const pack::Pack& pack, const Part& part) {
  const std::string chapter = chapter_heading_text(pack, part.chapter);
  if (part.opens_chapter) return chapter;
  const auto& blocks = pack.chapters[part.chapter].doc.blocks;
  if (const auto* h = std::get_if<model::Heading>(&blocks[part.first].node)) {
    std::string label = plain_label(h->content.text());
    if (!label.empty()) return label;
  }
  return chapter + " (continued)";
}

void plan_chapter(const pack::Pack& pack, std::uint32_t chapter, std::vector<Part>& parts) {
  const auto& blocks = pack.chapters[chapter].doc.blocks;
  std::vector<std::size_t> sizes(blocks.size());
  std::size_t total = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) total += sizes[i] = text_size(blocks[i]);

  std::vector<std::size_t> bounds{0};
  if (!pack.course || total > kMaxPartText)
    for (std::size_t cut : section_cuts(blocks)) bounds.push_back(cut);
  bounds.push_back(blocks.size());

  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (std::size_t i = 0; i + 1 < bounds.size(); ++i) chunk(sizes, bounds[i], bounds[i + 1], ranges);

  const std::string stem = "ch" + std::to_string(chapter + 1);
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    Part part{.chapter = chapter, .first = ranges[i].first, .last = ranges[i].second, .opens_chapter = i == 0};
    part.file = ranges.size() == 1 ? stem + ".xhtml" : stem + "-" + std::to_string(i + 1) + ".xhtml";
    part.title = part_title(pack, part);
    parts.push_back(std::move(part));
  }
}

bool all_of_chars(std::string_view s, bool (*pred)(char)) { return std::all_of(s.begin(), s.end(), pred); }
bool is_alpha(char c) { return utf8::is_ascii_alpha(c); }
bool is_alnum(char c) { return utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c); }

}  // namespace

std::string chapter_heading_text(const pack::Pack& pack, std::uint32_t chapter) {
  const pack::Chapter& ch = pack.chapters[chapter];
  std::string text = plain_label(ch.doc.title.text());
  if (text.empty()) text = plain_label(ch.title);
  if (text.empty()) text = "Chapter " + std::to_string(chapter + 1);
  return text;
}

std::string language_tag(std::string_view language) {
  std::string tag(language);
  std::replace(tag.begin(), tag.end(), '_', '-');
  // BCP 47 shape: an ISO 639 language subtag (2-3 letters; EPUBCheck rejects "English"),
  // then 1-8 character alphanumeric subtags, a singleton ("x", "u"...) followed by another.
  std::vector<std::string_view> subtags;
  for (std::size_t start = 0;;) {
    const std::size_t dash = tag.find('-', start);
    subtags.emplace_back(std::string_view(tag).substr(start, dash - start));
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  bool ok = subtags[0].size() >= 2 && subtags[0].size() <= 3 && all_of_chars(subtags[0], is_alpha);
  for (std::size_t i = 1; ok && i < subtags.size(); ++i)
    ok = !subtags[i].empty() && subtags[i].size() <= 8 && all_of_chars(subtags[i], is_alnum) &&
         (subtags[i].size() > 1 || i + 1 < subtags.size());
  return ok ? tag : "und";
}

std::string plain_label(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Book plan_book(const pack::Pack& pack) {
  Book book;
  book.pack = &pack;
  book.language = language_tag(pack.language);
  book.title = plain_label(pack.title);
  if (book.title.empty() && !pack.chapters.empty()) book.title = chapter_heading_text(pack, 0);
  if (book.title.empty()) book.title = "Revision notes";
  for (std::uint32_t c = 0; c < pack.chapters.size(); ++c) {
    book.chapter_parts.push_back(book.parts.size());
    plan_chapter(pack, c, book.parts);
  }
  book.index = IndexPlan(pack);
  book.people = !pack.people.empty();
  book.timeline = !pack.timeline.empty();
  book.glossary = !pack.glossary.empty();
  return book;
}

}  // namespace np::write::epub
