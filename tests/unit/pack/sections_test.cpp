#include "pack/sections.hpp"

#include <gtest/gtest.h>

namespace np::pack {
namespace {

model::Document headings(std::initializer_list<int> levels) {
  model::Document doc;
  std::uint32_t id = 1;
  for (int level : levels) {
    model::Block block;
    block.node = model::Heading{level, model::TextBlock("h")};
    block.id = id++;
    doc.blocks.push_back(std::move(block));
  }
  return doc;
}

std::vector<std::string> numbers(const model::Document& doc) {
  std::vector<std::string> out;
  for (const Section& s : number_sections(doc)) out.push_back(s.number);
  return out;
}

TEST(NumberSections, NumbersByDepth) {
  EXPECT_EQ(numbers(headings({1, 2, 2, 1, 2, 3})), (std::vector<std::string>{"1", "1.1", "1.2", "2", "2.1", "2.1.1"}));
}

TEST(NumberSections, SkippedLevelsCloseUpAndNeverRepeatANumber) {
  EXPECT_EQ(numbers(headings({1, 1, 3, 2, 1, 3})), (std::vector<std::string>{"1", "2", "2.1", "2.2", "3", "3.1"}));
  EXPECT_EQ(numbers(headings({3, 1, 2})), (std::vector<std::string>{"1", "2", "2.1"}));
}

}  // namespace
}  // namespace np::pack
