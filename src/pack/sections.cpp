#include "pack/sections.hpp"

#include "model/walk.hpp"

namespace np::pack {

std::vector<Section> number_sections(const model::Document& doc) {
  std::vector<Section> sections;
  std::vector<int> levels;    // heading levels currently open
  std::vector<int> counters;  // their numbers
  model::for_each_text(doc, [&](const model::TextBlock& block, const model::TextPlace& place) {
    if (place.role != model::TextPlace::Role::Heading) return;
    while (!levels.empty() && levels.back() > place.heading_level) levels.pop_back();
    if (levels.empty() || levels.back() != place.heading_level) levels.push_back(place.heading_level);
    // counters[d] numbers the headings at depth d under the current parent. It survives a pop,
    // so a level-2 heading after a level-3 one under the same parent continues the count.
    const std::size_t depth = levels.size();
    if (counters.size() >= depth) {
      counters.resize(depth);
      ++counters.back();
    } else {
      counters.push_back(1);
    }
    Section section;
    section.block = place.block->id;
    section.level = static_cast<int>(levels.size());
    for (std::size_t i = 0; i < counters.size(); ++i) section.number += (i ? "." : "") + std::to_string(counters[i]);
    section.title = std::string(block.text());
    sections.push_back(std::move(section));
  });
  return sections;
}

std::string Pack::authors_line() const {
  std::string line;
  for (std::size_t i = 0; i < authors.size(); ++i) {
    if (i > 0) line += i + 1 == authors.size() ? " and " : ", ";
    line += authors[i];
  }
  return line;
}

std::string Pack::locator_label(const Locator& locator) const {
  std::string label;
  if (course) label = std::to_string(locator.chapter + 1);
  if (locator.chapter < sections.size() && locator.section >= 0 &&
      static_cast<std::size_t>(locator.section) < sections[locator.chapter].size()) {
    if (!label.empty()) label += ' ';
    label += "\xC2\xA7" + sections[locator.chapter][static_cast<std::size_t>(locator.section)].number;
  } else if (label.empty()) {
    label = "start";
  }
  return label;
}

}  // namespace np::pack
