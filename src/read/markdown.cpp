// Markdown notes through md4c (CommonMark). md4c hands text out as pointers into the input,
// so every piece of text keeps its source offset; Markdown syntax ends up as Markup removals.

#include <md4c.h>

#include <algorithm>
#include <cstdlib>

#include "base/error.hpp"
#include "base/utf8.hpp"
#include "model/walk.hpp"
#include "read/accounting.hpp"
#include "read/front_matter.hpp"
#include "read/lead_terms.hpp"
#include "read/reader.hpp"
#include "read/section_number.hpp"
#include "unicode/icu.hpp"

namespace np::read {
namespace {

/// Named entities worth decoding in notes; others stay as written.
struct NamedEntity {
  std::string_view name;
  char32_t code;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},    {"nbsp", 0xA0},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"copy", 0xA9},    {"pound", 0xA3},    {"euro", 0x20AC},  {"eacute", 0xE9},  {"egrave", 0xE8},
    {"agrave", 0xE0},  {"uuml", 0xFC},    {"ouml", 0xF6},     {"auml", 0xE4},    {"ccedil", 0xE7},  {"middot", 0xB7},
    {"bull", 0x2022},  {"rarr", 0x2192},  {"larr", 0x2190},   {"deg", 0xB0},     {"frac12", 0xBD},  {"times", 0xD7},
};

/// "&amp;" → "&", "&#8217;" → "’"; nullopt for unknown names and for characters that no
/// output can hold.
std::optional<char32_t> decode_entity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return std::nullopt;
  const std::string_view body = entity.substr(1, entity.size() - 2);
  char32_t code = 0;
  if (body.front() == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string digits(body.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    char* end = nullptr;
    const unsigned long value = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0') return std::nullopt;
    code = static_cast<char32_t>(value);
  } else {
    for (const NamedEntity& e : kEntities)
      if (e.name == body) code = e.code;
  }
  const bool storable =
      code == '\t' || (code >= 0x20 && code != 0x7F && !(code >= 0x80 && code < 0xA0) &&
                       !(code >= 0xD800 && code <= 0xDFFF) && code <= 0x10FFFF && code != 0xFFFE && code != 0xFFFF);
  if (code == 0 || !storable) return std::nullopt;
  return code;
}

class MarkdownBuilder {
 public:
  explicit MarkdownBuilder(std::string_view input) : input_(input) { containers_.push_back(&doc_.blocks); }

  model::Document take() { return std::move(doc_); }
  /// Control characters left out of the text.
  std::vector<model::Removal> take_removals() { return std::move(removals_); }

  int enter_block(MD_BLOCKTYPE type, void* detail);
  int leave_block(MD_BLOCKTYPE type);
  int enter_span(MD_SPANTYPE type, void* detail);
  int leave_span(MD_SPANTYPE type, void* detail);
  int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size);

 private:
  void append_printable(model::TextBlock& block, std::string_view piece, std::uint32_t offset);
  void append_html(model::TextBlock& block, std::string_view piece, std::uint32_t offset);
  std::uint32_t offset_of(const MD_CHAR* p) const { return static_cast<std::uint32_t>(p - input_.data()); }
  bool in_input(const MD_CHAR* p, MD_SIZE size) const {
    return p >= input_.data() && p + size <= input_.data() + input_.size();
  }
  /// The text block being filled; tight list items get an implicit paragraph.
  model::TextBlock& current_text() {
    if (!text_) {
      containers_.back()->push_back({model::Paragraph{}, {}});
      text_ = &std::get<model::Paragraph>(containers_.back()->back().node).content;
      implicit_ = true;
    }
    return *text_;
  }

  std::string_view input_;
  model::Document doc_;
  std::vector<std::vector<model::Block>*> containers_;  // only the last one grows
  std::vector<model::List*> lists_;
  model::Table* table_ = nullptr;  ///< the table being filled (Markdown tables do not nest)
  model::TextBlock* text_ = nullptr;
  bool implicit_ = false;
  struct OpenSpan {
    MD_SPANTYPE type;
    std::uint32_t begin;
    model::Annotation what;
  };
  std::vector<OpenSpan> spans_;
  std::vector<model::Removal> removals_;
};

int MarkdownBuilder::enter_block(MD_BLOCKTYPE type, void* detail) {
  if (implicit_) {  // a block inside a tight item ends its implicit paragraph
    text_ = nullptr;
    implicit_ = false;
  }
  std::vector<model::Block>& target = *containers_.back();
  switch (type) {
    case MD_BLOCK_DOC:
      break;
    case MD_BLOCK_QUOTE:
      target.push_back({model::Quote{}, {}});
      containers_.push_back(&std::get<model::Quote>(target.back().node).blocks);
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: {
      model::List list;
      if (type == MD_BLOCK_OL) {
        list.style = model::ListStyle::Decimal;
        list.start = static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start;
      }
      target.push_back({std::move(list), {}});
      lists_.push_back(&std::get<model::List>(target.back().node));
      break;
    }
    case MD_BLOCK_LI: {
      model::ListItem& item = lists_.back()->items.emplace_back();
      if (const auto* d = static_cast<const MD_BLOCK_LI_DETAIL*>(detail); d->is_task)
        item.task = d->task_mark == ' ' ? model::Task::Open : model::Task::Done;
      containers_.push_back(&item.blocks);
      break;
    }
    case MD_BLOCK_H: {
      const int level = static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
      target.push_back({model::Heading{level, {}}, {}});
      text_ = &std::get<model::Heading>(target.back().node).content;
      break;
    }
    case MD_BLOCK_CODE: {
      model::CodeBlock code;
      const auto* d = static_cast<const MD_BLOCK_CODE_DETAIL*>(detail);
      if (d->lang.text) code.language.assign(d->lang.text, d->lang.size);
      target.push_back({std::move(code), {}});
      text_ = &std::get<model::CodeBlock>(target.back().node).content;
      break;
    }
    case MD_BLOCK_TABLE:
      target.push_back({model::Table{}, {}});
      table_ = &std::get<model::Table>(target.back().node);
      table_->header_rows = static_cast<const MD_BLOCK_TABLE_DETAIL*>(detail)->head_row_count;
      break;
    case MD_BLOCK_TR:
      table_->rows.emplace_back();
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
      model::TableRow& row = table_->rows.back();
      if (table_->rows.size() == 1) {
        switch (static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align) {
          case MD_ALIGN_LEFT:
            table_->columns.push_back(model::Alignment::Left);
            break;
          case MD_ALIGN_CENTER:
            table_->columns.push_back(model::Alignment::Centre);
            break;
          case MD_ALIGN_RIGHT:
            table_->columns.push_back(model::Alignment::Right);
            break;
          default:
            table_->columns.push_back(model::Alignment::Default);
        }
      }
      row.cells.emplace_back();
      row.cells.back().blocks.push_back({model::Paragraph{}, {}});
      text_ = &std::get<model::Paragraph>(row.cells.back().blocks.back().node).content;
      break;
    }
    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
      target.push_back({model::Paragraph{}, {}});
      text_ = &std::get<model::Paragraph>(target.back().node).content;
      break;
    default:  // thematic breaks, a table's head and body
      break;
  }
  return 0;
}

int MarkdownBuilder::leave_block(MD_BLOCKTYPE type) {
  // "## 1.2 Alliances": the outputs number sections themselves; the notes' number is markup.
  if (type == MD_BLOCK_H && text_)
    if (const SectionNumber number = section_number(text_->text()); number.length)
      text_->replace({0, static_cast<std::uint32_t>(number.text)}, "");
  text_ = nullptr;
  implicit_ = false;
  spans_.clear();  // a span md4c left open must not close over the next block's text
  switch (type) {
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_LI:
      containers_.pop_back();
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      lists_.pop_back();
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
      std::vector<model::Block>& cell = table_->rows.back().cells.back().blocks;
      if (std::get<model::Paragraph>(cell.back().node).content.empty()) cell.pop_back();  // an empty cell
      break;
    }
    case MD_BLOCK_TABLE: {
      // md4c gives every row as many cells as the table has columns; keep it so whatever happens.
      for (model::TableRow& row : table_->rows) row.cells.resize(table_->columns.size());
      table_ = nullptr;
      break;
    }
    default:
      break;
  }
  return 0;
}

int MarkdownBuilder::enter_span(MD_SPANTYPE type, void* detail) {
  const auto begin = static_cast<std::uint32_t>(current_text().text().size());
  switch (type) {
    case MD_SPAN_EM:
      spans_.push_back({type, begin, model::Emphasis{}});
      break;
    case MD_SPAN_STRONG:
      spans_.push_back({type, begin, model::Strong{}});
      break;
    case MD_SPAN_CODE:
      spans_.push_back({type, begin, model::Code{}});
      break;
    case MD_SPAN_A: {
      const auto* a = static_cast<const MD_SPAN_A_DETAIL*>(detail);
      spans_.push_back({type, begin, model::Link{std::string(a->href.text, a->href.size)}});
      break;
    }
    default:
      spans_.push_back({type, begin, model::Emphasis{}});
      break;  // placeholder, dropped
  }
  return 0;
}

int MarkdownBuilder::leave_span(MD_SPANTYPE type, void*) {
  // md4c 0.4.8 can leave a span it never entered ("http://.o**g**" leaves a STRONG inside a
  // permissive autolink): close the innermost open span of this type, or ignore the call.
  auto it = std::find_if(spans_.rbegin(), spans_.rend(), [&](const OpenSpan& s) { return s.type == type; });
  if (it == spans_.rend()) return 0;
  OpenSpan open = std::move(*it);
  spans_.erase(std::next(it).base());
  const bool kept = type == MD_SPAN_EM || type == MD_SPAN_STRONG || type == MD_SPAN_CODE || type == MD_SPAN_A;
  const auto end = static_cast<std::uint32_t>(current_text().text().size());
  if (kept && end > open.begin) current_text().annotate({open.begin, end}, std::move(open.what));
  return 0;
}

int MarkdownBuilder::text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
  model::TextBlock& block = current_text();
  const std::string_view piece(text, size);
  switch (type) {
    case MD_TEXT_SOFTBR:
    case MD_TEXT_BR:
      block.append_inserted(" ");
      break;
    case MD_TEXT_HTML:
      if (in_input(text, size)) append_html(block, piece, offset_of(text));
      break;
    case MD_TEXT_NULLCHAR:
      block.append_inserted("\xEF\xBF\xBD");
      break;
    case MD_TEXT_ENTITY:
      if (auto code = decode_entity(piece)) {
        std::string decoded;
        utf8::append(decoded, *code);
        block.append_inserted(decoded);
        break;
      }
      [[fallthrough]];
    default:
      if (in_input(text, size))
        append_printable(block, piece, offset_of(text));
      else
        block.append_inserted(piece);
  }
  return 0;
}

/// Raw HTML (an inline tag, or the lines of an HTML block): the text between tags is kept,
/// "<br>" becomes a space, other tags are markup and comments are listed in the review; both
/// are left out of the text. A "<" that opens no tag is text.
void MarkdownBuilder::append_html(model::TextBlock& block, std::string_view piece, std::uint32_t offset) {
  const auto space = [&] {
    if (!block.empty() && block.text().back() != ' ') block.append_inserted(" ");
  };
  std::size_t text_start = 0;
  for (std::size_t i = 0; i < piece.size();) {
    std::size_t end = std::string_view::npos;
    bool comment = false, line_break = false;
    if (piece.substr(i).starts_with("<!--")) {
      const std::size_t close = piece.find("-->", i + 4);
      if (close != std::string_view::npos) end = close + 3;
      comment = true;
    } else if (piece[i] == '<' && i + 1 < piece.size() &&
               (utf8::is_ascii_alpha(piece[i + 1]) || piece[i + 1] == '/' || piece[i + 1] == '!' ||
                piece[i + 1] == '?')) {
      const std::size_t close = piece.find('>', i + 1);
      if (close != std::string_view::npos) {
        end = close + 1;
        std::string name;
        for (std::size_t k = i + 1; k < close && utf8::is_ascii_alpha(piece[k]); ++k)
          name += utf8::ascii_lower(piece[k]);
        line_break = name == "br" || name == "p" || name == "div" || name == "li";
      }
    } else if (piece[i] == '\n' || piece[i] == '\r') {
      end = i + 1;  // a line end inside an HTML block separates words
      line_break = true;
    }
    if (end == std::string_view::npos) {
      ++i;
      continue;
    }
    append_printable(block, piece.substr(text_start, i - text_start), offset + static_cast<std::uint32_t>(text_start));
    if (comment)
      removals_.push_back({model::Removal::Kind::Comment,
                           offset + static_cast<std::uint32_t>(i),
                           offset + static_cast<std::uint32_t>(end),
                           {}});
    if (line_break) space();
    i = text_start = end;
  }
  append_printable(block, piece.substr(text_start), offset + static_cast<std::uint32_t>(text_start));
}

/// Copies `piece` (at `offset` of the input) into `block` without its control characters, which
/// no output format can hold; they are recorded as removals, as the text reader does. A form
/// feed or vertical tab between words becomes a space.
void MarkdownBuilder::append_printable(model::TextBlock& block, std::string_view piece, std::uint32_t offset) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < piece.size();) {
    const std::size_t at = i;
    const char32_t c = utf8::next(piece, i);
    if (unicode::is_printable(c) && c != '\n') continue;
    block.append_from_source(piece.substr(start, at - start), offset + static_cast<std::uint32_t>(start));
    start = i;
    const auto begin = offset + static_cast<std::uint32_t>(at), end = offset + static_cast<std::uint32_t>(i);
    if (c == '\f' || c == '\v') {
      removals_.push_back({model::Removal::Kind::Whitespace, begin, end, {}});
      const bool space_before = block.empty() || block.text().back() == ' ';
      const bool space_after = i == piece.size() || is_space_byte(piece[i]);
      if (!space_before && !space_after) block.append_inserted(" ");
    } else {
      removals_.push_back({model::Removal::Kind::Control, begin, end, {}});
    }
  }
  block.append_from_source(piece.substr(start), offset + static_cast<std::uint32_t>(start));
}

/// Paragraphs and headings that carry no words (an "&nbsp;" line, a bare "#") or only
/// boilerplate are dropped, and so are the list items, lists and quotes left empty: an empty
/// "#" must not stop the real title from being lifted, nor a bullet stay behind with nothing.
void drop_empty_and_boilerplate(std::vector<model::Block>& blocks, const Boilerplate& boilerplate,
                                std::vector<model::Removal>& removals) {
  for (model::Block& block : blocks) {
    if (auto* list = std::get_if<model::List>(&block.node)) {
      for (model::ListItem& item : list->items) drop_empty_and_boilerplate(item.blocks, boilerplate, removals);
      std::erase_if(list->items, [](const model::ListItem& item) { return item.blocks.empty(); });
    } else if (auto* quote = std::get_if<model::Quote>(&block.node)) {
      drop_empty_and_boilerplate(quote->blocks, boilerplate, removals);
    }
  }
  std::erase_if(blocks, [&](model::Block& block) {
    if (const auto* list = std::get_if<model::List>(&block.node)) return list->items.empty();
    if (const auto* quote = std::get_if<model::Quote>(&block.node)) return quote->blocks.empty();
    const model::TextBlock* content = nullptr;
    if (const auto* p = std::get_if<model::Paragraph>(&block.node)) content = &p->content;
    if (const auto* h = std::get_if<model::Heading>(&block.node)) content = &h->content;
    if (!content) return false;
    const std::string_view text = content->text();
    const bool blank =
        std::all_of(text.begin(), text.end(), [](char c) { return is_space_byte(c) || c == '\xC2' || c == '\xA0'; });
    if (blank) return true;
    if (!boilerplate.matches(text)) return false;
    for (const model::SourceSegment& s : content->segments())
      removals.push_back({model::Removal::Kind::Boilerplate, s.source_begin, s.source_begin + s.length, {}});
    return true;
  });
}

/// A document that opens with its only level-1 heading takes it as its title.
void lift_title(model::Document& doc) {
  if (!doc.title.empty()) return;
  const auto h1 = std::count_if(doc.blocks.begin(), doc.blocks.end(), [](const model::Block& b) {
    const auto* h = std::get_if<model::Heading>(&b.node);
    return h && h->level == 1;
  });
  if (doc.blocks.empty() || h1 != 1) return;
  auto* first = std::get_if<model::Heading>(&doc.blocks.front().node);
  if (!first || first->level != 1) return;
  doc.title = std::move(first->content);
  doc.blocks.erase(doc.blocks.begin());
  for (model::Block& b : doc.blocks)
    if (auto* h = std::get_if<model::Heading>(&b.node)) h->level = std::max(1, h->level - 1);
}

/// The front matter's title is the document's title, unless the Markdown opens with the same
/// text as a level-1 heading (then that heading is lifted); its authors are the document's.
/// Its lines other than the title (author, date, tags...) are metadata, listed in the review
/// as removed from the text.
void take_front_matter(const FrontMatter& front, std::string_view input, model::Document& doc,
                       std::vector<model::Removal>& removals) {
  const model::Heading* h1 = doc.blocks.empty() ? nullptr : std::get_if<model::Heading>(&doc.blocks.front().node);
  const bool repeated = front.title && h1 && h1->level == 1 &&
                        h1->content.text() == input.substr(front.title->begin, front.title->size());
  const bool titled = front.title && !repeated;
  if (titled) doc.title.append_from_source(input.substr(front.title->begin, front.title->size()), front.title->begin);
  for (const model::ByteRange& name : front.authors)
    doc.meta.authors.emplace_back(input.substr(name.begin, name.size()));
  for (const model::ByteRange& line : front.lines) {
    if (titled && line.begin <= front.title->begin && front.title->end <= line.end) continue;
    removals.push_back({model::Removal::Kind::Metadata, line.begin, line.end, {}});
  }
}

/// md4c reports no positions: take each block's from its first copied byte.
void set_positions(std::vector<model::Block>& blocks, const Source& source) {
  for (model::Block& block : blocks) {
    std::optional<std::uint32_t> first;
    std::visit(
        [&](auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, model::List>) {
            for (model::ListItem& item : node.items) set_positions(item.blocks, source);
            if (!node.items.empty() && !node.items.front().blocks.empty())
              block.source = node.items.front().blocks.front().source;
          } else if constexpr (std::is_same_v<T, model::Quote>) {
            set_positions(node.blocks, source);
            if (!node.blocks.empty()) block.source = node.blocks.front().source;
          } else if constexpr (std::is_same_v<T, model::Table>) {
            std::optional<SourcePos> at;  // the first cell with text
            for (model::TableRow& row : node.rows)
              for (model::TableCell& cell : row.cells) {
                set_positions(cell.blocks, source);
                if (!at && !cell.blocks.empty()) at = cell.blocks.front().source;
              }
            if (at) block.source = *at;
          } else if (!node.content.segments().empty()) {
            first = node.content.segments().front().source_begin;
          }
        },
        block.node);
    if (first) block.source = source.position(*first);
  }
}

}  // namespace

Result read_markdown(Decoded decoded, const Boilerplate& boilerplate) {
  Result result;
  result.review.encoding = decoded.encoding;
  result.review.byte_order_mark = decoded.byte_order_mark;
  result.review.nfc_changed = decoded.nfc_changed;
  result.review.line_endings = line_ending_style(decoded.text);
  result.review.source_bytes = static_cast<std::uint32_t>(decoded.text.size());
  result.source = Source(std::move(decoded.text));
  const std::string_view input = result.source.text();

  MarkdownBuilder builder(input);
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_NOINDENTEDCODEBLOCKS | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_TABLES |
                 MD_FLAG_TASKLISTS;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    return static_cast<MarkdownBuilder*>(u)->enter_block(t, d);
  };
  parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { return static_cast<MarkdownBuilder*>(u)->leave_block(t); };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
    return static_cast<MarkdownBuilder*>(u)->enter_span(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) {
    return static_cast<MarkdownBuilder*>(u)->leave_span(t, d);
  };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
    return static_cast<MarkdownBuilder*>(u)->text(t, s, n);
  };
  // Front matter is YAML, not Markdown: the Markdown starts after it.
  const std::optional<FrontMatter> front = find_front_matter(input);
  const std::size_t start = front ? front->end : 0;
  if (md_parse(input.data() + start, static_cast<MD_SIZE>(input.size() - start), &parser, &builder) != 0)
    throw Error(ErrorKind::Parse, "the Markdown parser gave up");

  result.doc = builder.take();
  std::vector<model::Removal> removals = builder.take_removals();
  drop_empty_and_boilerplate(result.doc.blocks, boilerplate, removals);
  if (front) take_front_matter(*front, input, result.doc, removals);
  lift_title(result.doc);
  set_positions(result.doc.blocks, result.source);
  model::number_blocks(result.doc);
  mark_lead_terms(result.doc);
  result.review.removals =
      complete_removals(result.source, result.doc, std::move(removals), model::Removal::Kind::Markup);
  return result;
}

}  // namespace np::read
