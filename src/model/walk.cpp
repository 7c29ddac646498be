#include "model/walk.hpp"

#include <type_traits>

namespace np::model {
namespace {

template <typename Doc, typename Visit>
void walk_blocks(auto& blocks, int depth, Visit& visit) {
  for (auto& block : blocks) {
    std::visit(
        [&](auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, Paragraph>) {
            visit(node.content, TextPlace{TextPlace::Role::Paragraph, &block, 0, depth});
          } else if constexpr (std::is_same_v<T, Heading>) {
            visit(node.content, TextPlace{TextPlace::Role::Heading, &block, node.level, depth});
          } else if constexpr (std::is_same_v<T, CodeBlock>) {
            visit(node.content, TextPlace{TextPlace::Role::Code, &block, 0, depth});
          } else if constexpr (std::is_same_v<T, List>) {
            for (auto& item : node.items) walk_blocks<Doc>(item.blocks, depth + 1, visit);
          } else if constexpr (std::is_same_v<T, Table>) {
            for (auto& row : node.rows)
              for (auto& cell : row.cells) walk_blocks<Doc>(cell.blocks, depth, visit);
          } else {
            walk_blocks<Doc>(node.blocks, depth, visit);
          }
        },
        block.node);
  }
}

void number(std::vector<Block>& blocks, std::uint32_t& next) {
  for (Block& block : blocks) {
    block.id = next++;
    if (auto* list = std::get_if<List>(&block.node))
      for (ListItem& item : list->items) number(item.blocks, next);
    else if (auto* quote = std::get_if<Quote>(&block.node))
      number(quote->blocks, next);
    else if (auto* table = std::get_if<Table>(&block.node))
      for (TableRow& row : table->rows)
        for (TableCell& cell : row.cells) number(cell.blocks, next);
  }
}

}  // namespace

void for_each_text(const Document& doc, const std::function<void(const TextBlock&, const TextPlace&)>& visit) {
  visit(doc.title, TextPlace{TextPlace::Role::Title, nullptr, 0, 0});
  walk_blocks<const Document>(doc.blocks, 0, visit);
}

void for_each_text(Document& doc, const std::function<void(TextBlock&, const TextPlace&)>& visit) {
  visit(doc.title, TextPlace{TextPlace::Role::Title, nullptr, 0, 0});
  walk_blocks<Document>(doc.blocks, 0, visit);
}

void number_blocks(Document& doc) {
  std::uint32_t next = 1;
  number(doc.blocks, next);
}

}  // namespace np::model
