#include "normalise/edits.hpp"

#include <algorithm>

#include "model/verbatim.hpp"
#include "model/walk.hpp"

namespace np::normalise {

std::uint32_t block_id_of(const model::TextPlace& place) { return place.block ? place.block->id : 0; }

void apply_edits(model::TextBlock& block, std::uint32_t block_id, std::vector<Edit> edits,
                 model::FileContext& context) {
  if (edits.empty()) return;
  const std::vector<model::ByteRange> verbatim = model::verbatim_ranges(block);
  if (!verbatim.empty())
    std::erase_if(edits, [&](const Edit& edit) { return model::overlaps_any(verbatim, edit.range); });
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.range.begin > b.range.begin; });
  std::uint32_t limit = static_cast<std::uint32_t>(block.text().size());
  std::vector<model::TextBlock::Replacement> kept;  // right to left
  for (Edit& edit : edits) {
    if (edit.range.end > limit) continue;  // overlaps an edit to its right
    const std::string_view original = block.text().substr(edit.range.begin, edit.range.size());
    if (original == edit.replacement) continue;
    model::Change change;
    change.block = block_id;
    change.offset = edit.range.begin;
    change.original = original;
    change.replacement = edit.replacement;
    change.rule = edit.rule;
    change.confidence = edit.confidence;
    change.entity = std::move(edit.entity);
    // Text left of the edits to its right is as it was: positions come from the block as it is.
    change.where = context.position(block.source_offset(edit.range.begin));
    context.review.changes.push_back(std::move(change));
    kept.push_back({edit.range, edit.replacement});
    limit = edit.range.begin;
  }
  // One pass over the block, however many edits (a long paragraph can have thousands).
  std::reverse(kept.begin(), kept.end());
  block.replace_all(kept);
}

}  // namespace np::normalise
