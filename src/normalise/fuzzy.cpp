#include "normalise/fuzzy.hpp"

#include <algorithm>

#include "base/utf8.hpp"
#include "lexicon/edit_distance.hpp"

namespace np::normalise {

std::size_t FuzzyMatcher::threshold(std::size_t length) noexcept {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

FuzzyMatcher::FuzzyMatcher(const lexicon::Gazetteer& gazetteer) : gazetteer_(gazetteer) {
  const auto patterns = gazetteer.patterns();
  for (std::uint32_t i = 0; i < patterns.size(); ++i) {
    const lexicon::Pattern& p = patterns[i];
    if (p.keys.size() != 1 || p.kind == lexicon::FormKind::Misspelling || p.exact_case || p.entries.size() != 1 ||
        p.generic)
      continue;
    const std::size_t length = utf8::length(p.keys.front());
    if (length < 4) continue;
    candidates_.push_back({p.keys.front(), i, length});
  }
  std::sort(candidates_.begin(), candidates_.end(),
            [](const Candidate& a, const Candidate& b) { return a.length < b.length; });
}

FuzzyVerdict FuzzyMatcher::compute(const std::string& key, std::size_t length,
                                   const std::vector<bool>& relevant) const {
  FuzzyVerdict verdict;
  const std::size_t limit = threshold(length);
  if (limit == 0) return verdict;
  const std::size_t suggest_limit = limit + 1;
  struct Close {
    std::size_t distance;
    std::uint32_t pattern;
  };
  std::vector<Close> close;
  auto first = std::lower_bound(candidates_.begin(), candidates_.end(), length - std::min(length, suggest_limit),
                                [](const Candidate& c, std::size_t n) { return c.length < n; });
  for (auto it = first; it != candidates_.end() && it->length <= length + suggest_limit; ++it) {
    const std::size_t d = lexicon::edit_distance(key, it->key, suggest_limit);
    if (d <= suggest_limit) close.push_back({d, it->pattern});
  }
  if (close.empty()) return verdict;
  std::stable_sort(close.begin(), close.end(), [](const Close& a, const Close& b) { return a.distance < b.distance; });
  const auto patterns = gazetteer_.patterns();
  const Close& best = close.front();
  const lexicon::Pattern& p = patterns[best.pattern];
  const std::uint32_t entry = p.entries.front();
  // Unique: no other entity is as close.
  const bool unique = std::none_of(close.begin() + 1, close.end(), [&](const Close& c) {
    return c.distance == best.distance && patterns[c.pattern].entries.front() != entry;
  });
  std::size_t at = 0;
  const char32_t a = utf8::next(key, at);
  at = 0;
  const char32_t b = utf8::next(p.keys.front(), at);
  const bool same_start = a == b;
  const bool is_relevant = relevant.empty() || relevant[gazetteer_.origin_of(entry)];
  verdict.distance = best.distance;
  verdict.confidence = 1.0 - static_cast<double>(best.distance) / static_cast<double>(length);
  if (best.distance <= limit && unique && same_start && is_relevant) {
    verdict.action = FuzzyVerdict::Action::Apply;
    verdict.form = p.text;
    verdict.entry = entry;
    return verdict;
  }
  verdict.action = FuzzyVerdict::Action::Suggest;
  for (const Close& c : close) {
    const std::string& text = patterns[c.pattern].text;
    if (verdict.candidates.size() < 3 &&
        std::find(verdict.candidates.begin(), verdict.candidates.end(), text) == verdict.candidates.end())
      verdict.candidates.push_back(text);
  }
  return verdict;
}

FuzzyVerdict FuzzyMatcher::judge(std::string_view word, const std::vector<bool>& relevant) {
  if (relevant != cache_relevance_) {  // verdicts depend on which lexicons are relevant
    cache_.clear();
    cache_relevance_ = relevant;
  }
  const std::string key = lexicon::Gazetteer::key_of(word);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  FuzzyVerdict verdict = compute(key, utf8::length(key), relevant);
  if (cache_.size() > 100000) cache_.clear();  // bound memory on huge vocabularies
  cache_.emplace(key, verdict);
  return verdict;
}

}  // namespace np::normalise
