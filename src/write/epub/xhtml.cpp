#include "write/epub/xhtml.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <type_traits>
#include <vector>

#include "model/entity_info.hpp"
#include "model/runs.hpp"
#include "xml/xml.hpp"

namespace np::write::epub {
namespace {

template <typename... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

void add_text(pugi::xml_node parent, std::string_view text) {
  if (text.empty()) return;
  parent.append_child(pugi::node_pcdata).set_value(xml::xml_safe(text).c_str());
}

/// Answers "does this span overlap a Link span?" in O(log n): entity links must not nest
/// inside (or around) real links.
class LinkRanges {
 public:
  explicit LinkRanges(std::span<const model::Span> spans) {
    for (const model::Span& s : spans)
      if (std::holds_alternative<model::Link>(s.what) && !s.range.empty()) {
        begins_.push_back(s.range.begin);  // spans are sorted by begin
        max_end_.push_back(std::max(s.range.end, max_end_.empty() ? 0u : max_end_.back()));
      }
  }
  bool overlaps(model::ByteRange r) const {
    // Links that begin before r ends overlap r if any of them ends after r begins.
    const auto n = std::lower_bound(begins_.begin(), begins_.end(), r.end) - begins_.begin();
    return n > 0 && max_end_[static_cast<std::size_t>(n - 1)] > r.begin;
  }

 private:
  std::vector<std::uint32_t> begins_;
  std::vector<std::uint32_t> max_end_;  // running maximum of link ends
};

/// One open inline element: the span it renders, the node its content goes into, and
/// whether it or an enclosing element is an `a`.
struct Open {
  const model::Span* span;
  pugi::xml_node content;
  bool in_anchor;
};

class InlineRenderer {
 public:
  InlineRenderer(pugi::xml_node parent, const model::TextBlock& block, const Hooks& hooks)
      : parent_(parent), block_(block), hooks_(hooks), links_(block.spans()), started_(block.spans().size(), 0) {}

  void render() {
    const std::string_view text = block_.text();
    std::vector<Open> stack;
    for (const model::Run& run : model::split_into_runs(block_)) {
      // Keep the open elements the run still lies in (a common prefix), close the others.
      std::size_t keep = 0;
      while (keep < stack.size() && keep < run.active.size() && stack[keep].span == run.active[keep]) ++keep;
      stack.resize(keep);
      for (std::size_t i = keep; i < run.active.size(); ++i) stack.push_back(open(stack, *run.active[i]));
      add_text(stack.empty() ? parent_ : stack.back().content, text.substr(run.range.begin, run.range.size()));
    }
  }

 private:
  Open open(const std::vector<Open>& stack, const model::Span& span) {
    pugi::xml_node parent = stack.empty() ? parent_ : stack.back().content;
    const bool in_anchor = !stack.empty() && stack.back().in_anchor;
    const auto index = static_cast<std::size_t>(&span - block_.spans().data());
    const bool first_piece = started_[index] == 0;
    started_[index] = 1;
    return std::visit(
        Overloaded{
            [&](const model::Emphasis&) { return plain(span, parent, "em", in_anchor); },
            [&](const model::Strong&) { return plain(span, parent, "strong", in_anchor); },
            [&](const model::Code&) { return plain(span, parent, "code", in_anchor); },
            [&](const model::Link& link) { return open_link(span, parent, link, in_anchor); },
            [&](const model::Entity& entity) { return open_entity(span, parent, entity, in_anchor, first_piece); },
            [&](const model::Date& date) {
              pugi::xml_node node = parent.append_child("span");
              node.append_attribute("class") = "entity date";
              if (first_piece) add_mention_id(node, date.mention);
              return Open{&span, node, in_anchor};
            },
        },
        span.what);
  }

  static Open plain(const model::Span& span, pugi::xml_node parent, const char* name, bool in_anchor) {
    return Open{&span, parent.append_child(name), in_anchor};
  }

  static Open open_link(const model::Span& span, pugi::xml_node parent, const model::Link& link, bool in_anchor) {
    const std::string href = in_anchor ? std::string() : safe_href(link.href);
    if (href.empty()) {
      pugi::xml_node node = parent.append_child("span");
      node.append_attribute("class") = "link";
      return Open{&span, node, in_anchor};
    }
    pugi::xml_node node = parent.append_child("a");
    node.append_attribute("href") = href.c_str();
    return Open{&span, node, true};
  }

  Open open_entity(const model::Span& span, pugi::xml_node parent, const model::Entity& entity, bool in_anchor,
                   bool first_piece) {
    std::string href;
    if (!in_anchor && hooks_.entity_href && !links_.overlaps(span.range)) href = hooks_.entity_href(entity);
    pugi::xml_node outer = parent;
    if (!href.empty()) {
      outer = parent.append_child("a");
      outer.append_attribute("class") = "ix";
      outer.append_attribute("href") = href.c_str();
    }
    pugi::xml_node node = outer.append_child("span");
    node.append_attribute("class") = (std::string("entity ") + model::kind_name(entity.kind)).c_str();
    if (first_piece) add_mention_id(node, entity.mention);
    return Open{&span, node, in_anchor || !href.empty()};
  }

  void add_mention_id(pugi::xml_node node, std::uint32_t mention) const {
    if (mention == 0) return;
    if (hooks_.claim_mention && !hooks_.claim_mention(mention)) return;
    node.append_attribute("id") = mention_id(mention).c_str();
  }

  pugi::xml_node parent_;
  const model::TextBlock& block_;
  const Hooks& hooks_;
  LinkRanges links_;
  std::vector<char> started_;  // per span: has a piece of it been opened yet?
};

const char* ordered_type(model::ListStyle style) {
  switch (style) {
    case model::ListStyle::LowerAlpha:
      return "a";
    case model::ListStyle::UpperAlpha:
      return "A";
    case model::ListStyle::LowerRoman:
      return "i";
    case model::ListStyle::UpperRoman:
      return "I";
    case model::ListStyle::Bullet:
    case model::ListStyle::Decimal:
      break;
  }
  return "1";
}

bool is_class_token(std::string_view s) {
  if (s.empty() || s.size() > 32) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '+';
  });
}

void append_heading(pugi::xml_node parent, const model::Block& block, const model::Heading& heading,
                    const Hooks& hooks) {
  const int own = hooks.heading_level ? hooks.heading_level(block) : 0;
  const int level = std::clamp((own > 0 ? own : heading.level) + hooks.heading_shift, 1, 6);
  const std::string name = "h" + std::to_string(level);
  pugi::xml_node node = parent.append_child(name.c_str());
  node.append_attribute("id") = heading_id(block.id).c_str();
  const std::string number = hooks.heading_number ? hooks.heading_number(block) : std::string();
  if (!number.empty()) {
    pugi::xml_node secno = node.append_child("span");
    secno.append_attribute("class") = "secno";
    add_text(secno, number);
    add_text(node, " ");
  }
  append_inlines(node, heading.content, hooks);
  if (hooks.on_heading) hooks.on_heading(block);
}

void append_list(pugi::xml_node parent, const model::List& list, const Hooks& hooks) {
  const bool ordered = list.style != model::ListStyle::Bullet;
  pugi::xml_node node = parent.append_child(ordered ? "ol" : "ul");
  if (ordered) {
    if (list.style != model::ListStyle::Decimal) node.append_attribute("type") = ordered_type(list.style);
    if (list.start != 1) node.append_attribute("start") = list.start;
  }
  for (const model::ListItem& item : list.items) {
    pugi::xml_node li = node.append_child("li");
    // A tight item (one paragraph) keeps its text directly in the li, as HTML lists do.
    const auto* para = item.blocks.size() == 1 ? std::get_if<model::Paragraph>(&item.blocks[0].node) : nullptr;
    if (para)
      append_inlines(li, para->content, hooks);
    else
      append_blocks(li, item.blocks, hooks);
    if (item.task != model::Task::None) {
      // The box opens the item's first paragraph; U+2610 BALLOT BOX, U+2611 WITH CHECK.
      li.append_attribute("class") = "task";
      pugi::xml_node first = li.first_child();
      pugi::xml_node into = first.type() == pugi::node_element && std::string_view(first.name()) == "p" ? first : li;
      into.prepend_child(pugi::node_pcdata).set_value(" ");
      pugi::xml_node box = into.prepend_child("span");
      box.append_attribute("class") = item.task == model::Task::Done ? "task-box done" : "task-box";
      box.text().set(item.task == model::Task::Done ? "\u2611" : "\u2610");
    }
  }
}

/// A table with its header rows in thead; a column's alignment is a class on its cells
/// (style.css), as EPUB readers may ignore inline styles.
void append_table(pugi::xml_node parent, const model::Table& table, const Hooks& hooks) {
  pugi::xml_node node = parent.append_child("table");
  pugi::xml_node head, body;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const bool header = r < table.header_rows;
    pugi::xml_node& group = header ? head : body;
    if (!group) group = node.append_child(header ? "thead" : "tbody");
    pugi::xml_node tr = group.append_child("tr");
    const std::vector<model::TableCell>& cells = table.rows[r].cells;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      pugi::xml_node cell = tr.append_child(header ? "th" : "td");
      const model::Alignment align = c < table.columns.size() ? table.columns[c] : model::Alignment::Default;
      if (align != model::Alignment::Default)
        cell.append_attribute("class") = (std::string("align-") + model::alignment_name(align)).c_str();
      const auto* para =
          cells[c].blocks.size() == 1 ? std::get_if<model::Paragraph>(&cells[c].blocks[0].node) : nullptr;
      if (para)
        append_inlines(cell, para->content, hooks);
      else
        append_blocks(cell, cells[c].blocks, hooks);
    }
  }
}

void append_block(pugi::xml_node parent, const model::Block& block, const Hooks& hooks) {
  std::visit(Overloaded{
                 [&](const model::Paragraph& p) { append_inlines(parent.append_child("p"), p.content, hooks); },
                 [&](const model::Heading& h) { append_heading(parent, block, h, hooks); },
                 [&](const model::CodeBlock& c) {
                   pugi::xml_node code = parent.append_child("pre").append_child("code");
                   if (is_class_token(c.language)) code.append_attribute("class") = ("language-" + c.language).c_str();
                   add_text(code, c.content.text());
                 },
                 [&](const model::List& l) { append_list(parent, l, hooks); },
                 [&](const model::Quote& q) { append_blocks(parent.append_child("blockquote"), q.blocks, hooks); },
                 [&](const model::Table& t) { append_table(parent, t, hooks); },
             },
             block.node);
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

void append_inlines(pugi::xml_node parent, const model::TextBlock& block, const Hooks& hooks) {
  InlineRenderer(parent, block, hooks).render();
}

void append_blocks(pugi::xml_node parent, std::span<const model::Block> blocks, const Hooks& hooks) {
  for (const model::Block& block : blocks) append_block(parent, block, hooks);
}

std::string safe_href(std::string_view href) {
  while (!href.empty() && (href.front() == ' ' || href.front() == '\t')) href.remove_prefix(1);
  while (!href.empty() && (href.back() == ' ' || href.back() == '\t')) href.remove_suffix(1);
  std::size_t rest = 0;
  if (starts_with_nocase(href, "http://"))
    rest = 7;
  else if (starts_with_nocase(href, "https://"))
    rest = 8;
  else if (starts_with_nocase(href, "mailto:"))
    rest = 7;
  if (rest == 0 || href.size() == rest) return {};
  static constexpr std::string_view kUnsafe = " \"<>\\^`{|}";
  static constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  std::string out;
  out.reserve(href.size());
  for (std::size_t i = 0; i < href.size(); ++i) {
    const auto c = static_cast<unsigned char>(href[i]);
    if (c < 0x20 || c == 0x7F) continue;  // control characters: never part of a URL
    const bool stray_percent = c == '%' && !(i + 2 < href.size() && is_hex(href[i + 1]) && is_hex(href[i + 2]));
    if (c >= 0x80 || stray_percent || kUnsafe.find(static_cast<char>(c)) != std::string_view::npos) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string heading_id(std::uint32_t block_id) { return "b" + std::to_string(block_id); }

std::string mention_id(std::uint32_t mention) { return "m" + std::to_string(mention); }

}  // namespace np::write::epub
