#include "model/check.hpp"

#include <set>

#include "base/utf8.hpp"
#include "model/walk.hpp"

namespace np::model {

std::vector<std::string> check(const TextBlock& block) {
  std::vector<std::string> problems;
  const std::string_view text = block.text();
  if (auto bad = utf8::find_invalid(text)) problems.push_back("invalid UTF-8 at byte " + std::to_string(*bad));
  const Span* previous = nullptr;
  for (const Span& span : block.spans()) {
    const ByteRange r = span.range;
    if (r.begin > r.end || r.end > text.size()) {
      problems.push_back("span [" + std::to_string(r.begin) + "," + std::to_string(r.end) + ") outside text of " +
                         std::to_string(text.size()) + " bytes");
      continue;
    }
    if (!utf8::is_boundary(text, r.begin) || !utf8::is_boundary(text, r.end))
      problems.push_back("span not on a code-point boundary");
    if (previous &&
        (previous->range.begin > r.begin || (previous->range.begin == r.begin && previous->range.end < r.end)))
      problems.push_back("spans out of order");
    previous = &span;
  }
  std::uint32_t end = 0;
  for (const SourceSegment& seg : block.segments()) {
    if (seg.text_begin < end) problems.push_back("source segments overlap or are out of order");
    end = seg.text_begin + seg.length;
    if (end > text.size()) problems.push_back("source segment outside text");
  }
  return problems;
}

std::vector<std::string> check(const Document& doc) {
  std::vector<std::string> problems;
  std::set<std::uint32_t> ids;
  for_each_text(doc, [&](const TextBlock& block, const TextPlace& place) {
    for (std::string& p : check(block)) problems.push_back(std::move(p));
    if (place.block && place.block->id != 0 && !ids.insert(place.block->id).second)
      problems.push_back("duplicate block id " + std::to_string(place.block->id));
  });
  return problems;
}

}  // namespace np::model
