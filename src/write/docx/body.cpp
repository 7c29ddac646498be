#include "write/docx/body.hpp"

#include <algorithm>
#include <variant>

#include "write/docx/parts.hpp"
#include "write/docx/wml.hpp"

namespace np::write::docx {
namespace {

/// Where a block sits: inside how many lists, and whether it opens a list item.
struct Place {
  int list_level = -1;                   ///< -1 outside lists, else the w:ilvl of the enclosing list
  int num_id = 0;                        ///< the enclosing list's w:numId
  bool item_start = false;               ///< the first block of a list item: it carries the number
  model::Task task = model::Task::None;  ///< the item's box, shown before its first paragraph
  bool quote = false;
};

void append_block(BodyChunks& body, const model::Block& block, const Place& place, BodyContext& ctx);

/// A task's box and a space: U+2610 BALLOT BOX, U+2611 BALLOT BOX WITH CHECK.
const char* task_box(model::Task task) { return task == model::Task::Done ? "\u2611 " : "\u2610 "; }

ParagraphProps paragraph_props(const Place& place, const char* fallback_style) {
  ParagraphProps props;
  if (place.list_level >= 0) {
    props.style = "ListParagraph";
    if (place.item_start) {
      props.numbering = NumberingRef{.num_id = place.num_id, .level = place.list_level};
    } else {
      props.indent = Indent{.left = list_indent(place.list_level)};
    }
    if (place.quote) props.indent = Indent{.left = list_indent(place.list_level) + 567};
    return props;
  }
  props.style = place.quote ? "Quote" : fallback_style;
  return props;
}

void append_code(pugi::xml_node body, const model::CodeBlock& code, const Place& place) {
  ParagraphProps props{.style = "SourceCode"};
  if (place.list_level >= 0) props.indent = Indent{.left = list_indent(place.list_level)};
  // Verbatim: one paragraph, lines separated by w:br, no spans.
  append_text(append_paragraph(body, props), code.content.text());
}

void append_list(BodyChunks& body, const model::List& list, const Place& outer, BodyContext& ctx) {
  Place place = outer;
  place.list_level = std::min(outer.list_level + 1, 8);
  place.num_id = ctx.numbering.add_list(list.style, list.start, place.list_level);
  for (const model::ListItem& item : list.items) {
    bool first = true;
    for (const model::Block& block : item.blocks) {
      place.item_start = first && std::holds_alternative<model::Paragraph>(block.node);
      place.task = place.item_start ? item.task : model::Task::None;
      append_block(body, block, place, ctx);
      first = false;
    }
  }
}

std::string_view justification(model::Alignment alignment) {
  switch (alignment) {
    case model::Alignment::Left:
      return "left";
    case model::Alignment::Centre:
      return "center";
    case model::Alignment::Right:
      return "right";
    case model::Alignment::Default:
      break;
  }
  return {};
}

/// A w:tbl the width of the text, its columns equal (Word and LibreOffice fit them to the
/// content), its header rows repeated on every page.
void append_table(pugi::xml_node body, const model::Table& table, BodyContext& ctx) {
  const PageSetup page;
  const std::size_t columns = std::max<std::size_t>(table.columns.size(), 1);
  const int column_width = (page.width - page.margin_left - page.margin_right) / static_cast<int>(columns);
  pugi::xml_node tbl = body.append_child("w:tbl");
  pugi::xml_node props = tbl.append_child("w:tblPr");
  append_val(props, "w:tblStyle", "NotesTable");
  pugi::xml_node width = props.append_child("w:tblW");
  width.append_attribute("w:w") = 5000;
  width.append_attribute("w:type") = "pct";
  pugi::xml_node grid = tbl.append_child("w:tblGrid");
  for (std::size_t c = 0; c < columns; ++c) grid.append_child("w:gridCol").append_attribute("w:w") = column_width;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    pugi::xml_node tr = tbl.append_child("w:tr");
    const bool header = r < table.header_rows;
    if (header) tr.append_child("w:trPr").append_child("w:tblHeader");
    const std::vector<model::TableCell>& cells = table.rows[r].cells;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      pugi::xml_node tc = tr.append_child("w:tc");
      pugi::xml_node cell_width = tc.append_child("w:tcPr").append_child("w:tcW");
      cell_width.append_attribute("w:w") = column_width;
      cell_width.append_attribute("w:type") = "dxa";
      const ParagraphProps cell_props{
          .style = header ? "TableHeading" : "TableText",
          .justify = c < table.columns.size() ? justification(table.columns[c]) : std::string_view()};
      // A cell holds at least one paragraph (CT_Tc); its blocks are paragraphs.
      if (cells[c].blocks.empty()) append_paragraph(tc, cell_props);
      for (const model::Block& block : cells[c].blocks)
        if (const auto* p = std::get_if<model::Paragraph>(&block.node))
          append_inline(append_paragraph(tc, cell_props), p->content, ctx);
    }
  }
}

void append_block(BodyChunks& body, const model::Block& block, const Place& place, BodyContext& ctx) {
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, model::Paragraph>) {
          pugi::xml_node p = append_paragraph(body.node(), paragraph_props(place, ""));
          if (place.task != model::Task::None) append_text(p, task_box(place.task));
          append_inline(p, node.content, ctx);
        } else if constexpr (std::is_same_v<T, model::Heading>) {
          const pack::Section* section = nullptr;
          if (ctx.sections != nullptr)
            if (auto found = ctx.sections->find(block.id); found != ctx.sections->end()) section = found->second;
          append_heading(body.node(),
                         {.level = (section ? section->level : node.level) + ctx.heading_shift,
                          .bookmark = heading_bookmark(ctx.chapter, block.id),
                          .number = section ? section->number : std::string()},
                         node.content, ctx);
        } else if constexpr (std::is_same_v<T, model::CodeBlock>) {
          append_code(body.node(), node, place);
        } else if constexpr (std::is_same_v<T, model::List>) {
          append_list(body, node, place, ctx);
        } else if constexpr (std::is_same_v<T, model::Table>) {
          append_table(body.node(), node, ctx);
        } else {
          Place inner = place;
          inner.quote = true;
          inner.item_start = false;
          inner.task = model::Task::None;
          for (const model::Block& child : node.blocks) {
            append_block(body, child, inner, ctx);
          }
        }
      },
      block.node);
  // A block appends whole paragraphs to the body: after it, the chunk may be serialised.
  body.checkpoint();
}

}  // namespace

void append_heading(pugi::xml_node body, const HeadingSpec& spec, const model::TextBlock& text, BodyContext& ctx) {
  static constexpr const char* kHeadingStyles[kMaxHeadingLevel] = {"Heading1", "Heading2", "Heading3",
                                                                   "Heading4", "Heading5", "Heading6"};
  const int styled = std::clamp(spec.level, 1, kMaxHeadingLevel);
  pugi::xml_node p = append_paragraph(
      body, {.style = kHeadingStyles[static_cast<std::size_t>(styled - 1)], .page_break_before = spec.new_page});
  const auto id = ctx.bookmarks.place(spec.bookmark);
  if (id) append_bookmark_start(p, *id, spec.bookmark);
  if (!spec.number.empty()) {
    append_text(p, spec.number, {.style = "SectionNumber"});
    append_text(p, "\t");
  }
  append_inline(p, text, ctx);
  if (id) append_bookmark_end(p, *id);
}

void append_blocks(BodyChunks& body, std::span<const model::Block> blocks, BodyContext& ctx) {
  const Place top;
  for (const model::Block& block : blocks) append_block(body, block, top, ctx);
}

}  // namespace np::write::docx
