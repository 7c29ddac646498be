#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/gazetteer.hpp"
#include "model/transform.hpp"
#include "unicode/icu.hpp"

namespace np::tag {

/// Adds spans without changing text: lexicon entities (longest form wins; a form two
/// entities share tags neither and goes to the review), dates by rule, and, in the review,
/// name-like words no lexicon knows (candidates for a lexicon entry). Code blocks are not
/// tagged. One instance per thread.
class Tagger final : public model::Transform {
 public:
  explicit Tagger(const lexicon::Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
  std::string_view name() const override { return "tag"; }
  void apply(model::Document& doc, model::FileContext& context) override;

 private:
  const lexicon::Gazetteer& gazetteer_;
  unicode::TextBreaker breaker_;
};

/// Tags the lexicon entities of one block from its hits; records ambiguous forms.
void tag_entities(model::TextBlock& block, std::span<const lexicon::Hit> hits, const lexicon::Gazetteer& gazetteer,
                  const std::vector<bool>& relevant, model::FileContext& context,
                  std::vector<model::Ambiguity>& ambiguities);

/// Tags the dates of one block, except where an entity is already tagged.
void tag_dates(model::TextBlock& block);

/// Collects capitalised words inside sentences that nothing tagged and that are not
/// ordinary English words, counting repeats.
class CandidateCollector {
 public:
  void scan(const model::TextBlock& block, std::span<const unicode::Token> tokens, model::FileContext& context);
  /// The candidates, most frequent first.
  std::vector<model::Candidate> take();

 private:
  std::vector<model::Candidate> found_;
  std::unordered_map<std::string, std::size_t> index_;  ///< text → position in found_
};

}  // namespace np::tag
