#include "lexicon/forms.hpp"

#include "model/verbatim.hpp"
#include "model/walk.hpp"

namespace np::lexicon {

std::vector<Found> find_forms(const model::Document& doc, unicode::TextBreaker& breaker, const Gazetteer& gazetteer,
                              std::vector<Hit>& all_hits) {
  std::vector<Found> found;
  model::for_each_text(doc, [&](const model::TextBlock& block, const model::TextPlace& place) {
    Found f;
    if (place.role != model::TextPlace::Role::Code) {
      breaker.words(block.text(), f.tokens);
      if (const std::vector<model::ByteRange> verbatim = model::verbatim_ranges(block); !verbatim.empty())
        std::erase_if(f.tokens, [&](const unicode::Token& t) {
          return model::overlaps_any(verbatim, {t.begin, t.end});
        });
      gazetteer.match(block.text(), f.tokens, f.hits);
      all_hits.insert(all_hits.end(), f.hits.begin(), f.hits.end());
    }
    found.push_back(std::move(f));
  });
  return found;
}

}  // namespace np::lexicon
