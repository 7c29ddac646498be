#pragma once

#include <cstdint>
#include <functional>

#include "model/document.hpp"

namespace np::model {

/// Where a text block sits, as seen by a visitor.
struct TextPlace {
  enum class Role : std::uint8_t { Title, Heading, Paragraph, Code } role = Role::Paragraph;
  const Block* block = nullptr;  ///< nullptr for the title
  int heading_level = 0;         ///< for headings
  int list_depth = 0;            ///< how many lists enclose the block
};

/// Visits every text block of `doc` in reading order: the title, then the blocks depth-first.
void for_each_text(const Document& doc, const std::function<void(const TextBlock&, const TextPlace&)>& visit);
void for_each_text(Document& doc, const std::function<void(TextBlock&, const TextPlace&)>& visit);

}  // namespace np::model
