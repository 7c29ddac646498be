#pragma once

#include <vector>

#include "model/text_block.hpp"

namespace np::model {

/// A maximal piece of a block's text over which the covering spans do not change.
/// `active` points into the block's spans, in span order; valid while the block is unchanged.
struct Run {
  ByteRange range;
  std::vector<const Span*> active;
};

/// Splits a block into runs covering its whole text, in order. Empty text gives no runs.
/// O((n + s) log s) for n boundaries and s spans.
std::vector<Run> split_into_runs(const TextBlock& block);

}  // namespace np::model
