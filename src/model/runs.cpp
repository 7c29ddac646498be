#include "model/runs.hpp"

#include <algorithm>

namespace np::model {

std::vector<Run> split_into_runs(const TextBlock& block) {
  std::vector<Run> runs;
  const auto size = static_cast<std::uint32_t>(block.text().size());
  if (size == 0) return runs;
  const auto spans = block.spans();

  std::vector<std::uint32_t> cuts{0, size};
  cuts.reserve(spans.size() * 2 + 2);
  for (const Span& span : spans) {
    cuts.push_back(span.range.begin);
    cuts.push_back(span.range.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  // Spans are sorted by begin; sweep them in, and drop the ones that have ended.
  std::vector<const Span*> active;
  std::size_t next = 0;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    const ByteRange piece{cuts[i], cuts[i + 1]};
    std::erase_if(active, [&](const Span* s) { return s->range.end <= piece.begin; });
    while (next < spans.size() && spans[next].range.begin <= piece.begin) {
      if (spans[next].range.end > piece.begin) active.push_back(&spans[next]);
      ++next;
    }
    Run run{piece, active};
    // Keep span order (the block's order) so writers nest outer spans first.
    std::sort(run.active.begin(), run.active.end());
    runs.push_back(std::move(run));
  }
  return runs;
}

}  // namespace np::model
