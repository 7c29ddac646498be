#pragma once

// Shared check for the reader fuzz targets: the model is valid and every byte of the source is
// in exactly one place (a text block's source segment or a removal). Aborts otherwise.

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "model/check.hpp"
#include "model/walk.hpp"
#include "read/reader.hpp"

namespace np::fuzz {

inline void require_accounted(const read::Result& result) {
  if (!model::check(result.doc).empty()) std::abort();
  struct Piece {
    std::uint32_t begin, end;
  };
  std::vector<Piece> pieces;
  model::for_each_text(result.doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::SourceSegment& s : block.segments()) {
      if (block.text().substr(s.text_begin, s.length) != result.source.text().substr(s.source_begin, s.length))
        std::abort();
      pieces.push_back({s.source_begin, s.source_begin + s.length});
    }
  });
  for (const model::Removal& r : result.review.removals) pieces.push_back({r.begin, r.end});
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.begin < b.begin; });
  std::uint32_t at = 0;
  for (const Piece& p : pieces) {
    if (p.begin != at) std::abort();  // a gap or an overlap
    at = p.end;
  }
  if (at != result.source.text().size()) std::abort();
}

}  // namespace np::fuzz
