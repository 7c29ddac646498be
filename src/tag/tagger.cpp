#include "tag/tagger.hpp"

#include "model/verbatim.hpp"
#include "model/walk.hpp"

namespace np::tag {

void Tagger::apply(model::Document& doc, model::FileContext& context) {
  struct Found {
    std::vector<unicode::Token> tokens;
    std::vector<lexicon::Hit> hits;
  };
  std::vector<Found> found;
  std::vector<lexicon::Hit> all_hits;
  model::for_each_text(doc, [&](const model::TextBlock& block, const model::TextPlace& place) {
    Found f;
    if (place.role != model::TextPlace::Role::Code) {
      breaker_.words(block.text(), f.tokens);
      // Code and web addresses are verbatim: their words are neither forms to correct nor names.
      if (const std::vector<model::ByteRange> verbatim = model::verbatim_ranges(block); !verbatim.empty())
        std::erase_if(f.tokens, [&](const unicode::Token& t) {
          return model::overlaps_any(verbatim, {t.begin, t.end});
        });
      gazetteer_.match(block.text(), f.tokens, f.hits);
      all_hits.insert(all_hits.end(), f.hits.begin(), f.hits.end());
    }
    found.push_back(std::move(f));
  });
  const std::vector<bool> relevant = gazetteer_.relevant_origins(all_hits);

  std::vector<model::Ambiguity> ambiguities;
  CandidateCollector candidates;
  std::size_t index = 0;
  model::for_each_text(doc, [&](model::TextBlock& block, const model::TextPlace& place) {
    const Found& f = found[index++];
    if (place.role == model::TextPlace::Role::Code) return;
    tag_entities(block, f.hits, gazetteer_, relevant, context, ambiguities);
    tag_dates(block);
    if (place.role == model::TextPlace::Role::Paragraph) candidates.scan(block, f.tokens, context);
  });
  for (model::Ambiguity& a : ambiguities) context.review.ambiguities.push_back(std::move(a));
  context.review.candidates = candidates.take();
}

}  // namespace np::tag
