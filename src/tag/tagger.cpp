#include "tag/tagger.hpp"

#include "lexicon/forms.hpp"
#include "model/walk.hpp"

namespace np::tag {

void Tagger::apply(model::Document& doc, model::FileContext& context) {
  std::vector<lexicon::Hit> all_hits;
  const std::vector<lexicon::Found> found = lexicon::find_forms(doc, breaker_, gazetteer_, all_hits);
  const std::vector<bool> relevant = gazetteer_.relevant_origins(all_hits);

  std::vector<model::Ambiguity> ambiguities;
  CandidateCollector candidates;
  std::size_t index = 0;
  model::for_each_text(doc, [&](model::TextBlock& block, const model::TextPlace& place) {
    const lexicon::Found& f = found[index++];
    if (place.role == model::TextPlace::Role::Code) return;
    tag_entities(block, f.hits, gazetteer_, relevant, context, ambiguities);
    tag_dates(block);
    if (place.role == model::TextPlace::Role::Paragraph) candidates.scan(block, f.tokens, context);
  });
  for (model::Ambiguity& a : ambiguities) context.review.ambiguities.push_back(std::move(a));
  context.review.candidates = candidates.take();
}

}  // namespace np::tag
