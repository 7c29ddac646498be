#pragma once

#include <vector>

#include "lexicon/forms.hpp"
#include "lexicon/gazetteer.hpp"
#include "model/transform.hpp"
#include "normalise/edits.hpp"
#include "normalise/fuzzy.hpp"
#include "unicode/icu.hpp"

namespace np::normalise {

/// Corrects names against the lexicons: known misspellings ("Zionev" → "Zinoviev"), missing
/// apostrophes on names ("Trotskys" → "Trotsky's"), lower-case proper names ("stalin" →
/// "Stalin", "october revolution" → "October Revolution") and unknown words close to exactly
/// one name (fuzzy). Ordinary English words are never changed; doubtful cases become
/// suggestions in the review. One instance per thread.
class Spelling final : public model::Transform {
 public:
  explicit Spelling(const lexicon::Gazetteer& gazetteer);
  std::string_view name() const override { return "spelling"; }
  void apply(model::Document& doc, model::FileContext& context) override;

 private:
  using Found = lexicon::Found;
  std::vector<Edit> edits_for(std::string_view text, const Found& found, const std::vector<bool>& relevant,
                              model::FileContext& context, const model::TextBlock& block);
  std::optional<Edit> edit_for_hit(std::string_view text, const Found& found, const lexicon::Hit& hit) const;

  const lexicon::Gazetteer& gazetteer_;
  unicode::TextBreaker breaker_;
  FuzzyMatcher fuzzy_;
};

}  // namespace np::normalise
