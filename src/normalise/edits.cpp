#include "normalise/edits.hpp"

#include <algorithm>

#include "model/walk.hpp"

namespace np::normalise {

std::uint32_t block_id_of(const model::TextPlace& place) { return place.block ? place.block->id : 0; }

void apply_edits(model::TextBlock& block, std::uint32_t block_id, std::vector<Edit> edits,
                 model::FileContext& context) {
  if (edits.empty()) return;
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.range.begin > b.range.begin; });
  std::uint32_t limit = static_cast<std::uint32_t>(block.text().size());
  for (Edit& edit : edits) {
    if (edit.range.end > limit) continue;  // overlaps an edit to its right
    const std::string original(block.text().substr(edit.range.begin, edit.range.size()));
    if (original == edit.replacement) continue;
    model::Change change;
    change.block = block_id;
    change.offset = edit.range.begin;
    change.original = original;
    change.replacement = edit.replacement;
    change.rule = edit.rule;
    change.confidence = edit.confidence;
    change.entity = std::move(edit.entity);
    change.where = context.position(block.source_offset(edit.range.begin));
    block.replace(edit.range, edit.replacement);
    context.review.changes.push_back(std::move(change));
    limit = edit.range.begin;
  }
}

}  // namespace np::normalise
