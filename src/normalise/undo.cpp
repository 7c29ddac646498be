#include "normalise/undo.hpp"

#include <map>

#include "model/walk.hpp"

namespace np::normalise {

bool undo(model::Document& doc, std::span<const model::Change> changes) {
  std::map<std::uint32_t, model::TextBlock*> blocks;
  model::for_each_text(doc, [&](model::TextBlock& block, const model::TextPlace& place) {
    blocks[place.block ? place.block->id : 0] = &block;
  });
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
    auto found = blocks.find(it->block);
    if (found == blocks.end()) return false;
    model::TextBlock& block = *found->second;
    const std::uint32_t end = it->offset + static_cast<std::uint32_t>(it->replacement.size());
    if (end > block.text().size() || block.text().substr(it->offset, it->replacement.size()) != it->replacement)
      return false;
    block.replace({it->offset, end}, it->original);
  }
  return true;
}

}  // namespace np::normalise
