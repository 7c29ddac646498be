#include "dates/dates.hpp"

#include <algorithm>

#include "model/verbatim.hpp"
#include "tag/tagger.hpp"

namespace np::tag {

void tag_dates(model::TextBlock& block) {
  std::vector<model::ByteRange> taken;  // entity ranges, sorted by begin
  for (const model::Span& span : block.spans())
    if (std::holds_alternative<model::Entity>(span.what)) taken.push_back(span.range);
  std::vector<dates::Found> found = dates::find(block.text());
  if (const std::vector<model::ByteRange> verbatim = model::verbatim_ranges(block);
      !verbatim.empty())  // code, addresses
    std::erase_if(found, [&](const dates::Found& date) { return model::overlaps_any(verbatim, date.range); });
  std::vector<model::Span> spans;
  std::size_t next = 0;
  std::uint32_t reach = 0;
  for (dates::Found& date : found) {  // in text order: one sweep over the entity ranges
    while (next < taken.size() && taken[next].begin < date.range.end) reach = std::max(reach, taken[next++].end);
    if (reach > date.range.begin) continue;  // an entity already covers part of it
    spans.push_back({date.range, std::move(date.date)});
  }
  block.annotate(std::move(spans));
}

}  // namespace np::tag
