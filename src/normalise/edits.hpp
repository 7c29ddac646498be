#pragma once

#include <string>
#include <vector>

#include "model/text_block.hpp"
#include "model/transform.hpp"
#include "model/walk.hpp"

namespace np::normalise {

/// A replacement a normaliser wants to make in one text block.
struct Edit {
  model::ByteRange range;  ///< never empty: an edit replaces text, it does not only insert
  std::string replacement;
  model::Rule rule = model::Rule::Layout;
  double confidence = 1.0;
  std::string entity;
};

/// Applies non-overlapping `edits` (any order) to `block` in one TextBlock::replace_all, as
/// replace() from the last to the first would, and records each as a Change of block
/// `block_id` (right to left). Overlapping edits after the first are dropped, and so are
/// edits that touch code or a web address, which stay as written (model::verbatim_ranges).
void apply_edits(model::TextBlock& block, std::uint32_t block_id, std::vector<Edit> edits, model::FileContext& context);

/// The block id a text place reports changes under (0 for the title).
std::uint32_t block_id_of(const model::TextPlace& place);

}  // namespace np::normalise
