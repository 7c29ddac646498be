#include "support/doc_outline.hpp"

#include <type_traits>
#include <variant>

namespace np::test {
namespace {

void outline_blocks(const std::vector<model::Block>& blocks, int depth, std::string& out) {
  const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  for (const model::Block& block : blocks) {
    std::visit(
        [&](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, model::Paragraph>) {
            out += indent + "p: " + std::string(node.content.text()) + "\n";
          } else if constexpr (std::is_same_v<T, model::Heading>) {
            out += indent + "h" + std::to_string(node.level) + ": " + std::string(node.content.text()) + "\n";
          } else if constexpr (std::is_same_v<T, model::CodeBlock>) {
            out += indent + "code" + (node.language.empty() ? "" : " " + node.language) + ": " +
                   std::string(node.content.text()) + "\n";
          } else if constexpr (std::is_same_v<T, model::List>) {
            out += indent + "list " + model::list_style_name(node.style) + " " + std::to_string(node.start) + "\n";
            for (const model::ListItem& item : node.items) {
              out += indent + "  item\n";
              outline_blocks(item.blocks, depth + 2, out);
            }
          } else if constexpr (std::is_same_v<T, model::Table>) {
            out += indent + "table";
            for (const model::Alignment a : node.columns) out += std::string(" ") + model::alignment_name(a);
            out += ", " + std::to_string(node.header_rows) + " header\n";
            for (const model::TableRow& row : node.rows) {
              out += indent + "  row\n";
              for (const model::TableCell& cell : row.cells) {
                out += indent + "    cell\n";
                outline_blocks(cell.blocks, depth + 3, out);
              }
            }
          } else {
            out += indent + "quote\n";
            outline_blocks(node.blocks, depth + 1, out);
          }
        },
        block.node);
  }
}

}  // namespace

std::string outline(const model::Document& doc) {
  std::string out;
  if (!doc.title.empty()) out += "title: " + std::string(doc.title.text()) + "\n";
  outline_blocks(doc.blocks, 0, out);
  return out;
}

}  // namespace np::test
