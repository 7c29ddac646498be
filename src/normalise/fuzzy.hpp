#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/gazetteer.hpp"

namespace np::normalise {

/// What to do with an unknown word that may be a misspelt name.
struct FuzzyVerdict {
  enum class Action : std::uint8_t { None, Apply, Suggest } action = Action::None;
  std::string form;         ///< the form to write (Apply)
  std::uint32_t entry = 0;  ///< its gazetteer entry (Apply)
  std::size_t distance = 0;
  double confidence = 0;                ///< 1 - distance / length
  std::vector<std::string> candidates;  ///< closest forms, best first (Suggest)
};

/// Matches unknown words against the one-word names and aliases of a gazetteer by optimal
/// string alignment distance. Threshold relative to length: words of 5-7 letters may be one
/// edit away, longer words two. A word is corrected only when exactly one entity is closest,
/// its form starts with the same letter and the lexicon is one the document is about;
/// otherwise a close form is only a suggestion. Results are cached per word (per thread).
class FuzzyMatcher {
 public:
  explicit FuzzyMatcher(const lexicon::Gazetteer& gazetteer);

  /// `word` must be a single token with no known reading (not in the English word list, not a
  /// lexicon form). `relevant` flags the lexicons the document is about.
  FuzzyVerdict judge(std::string_view word, const std::vector<bool>& relevant);

  /// Largest distance allowed for a word of `length` code points (0: too short to guess).
  static std::size_t threshold(std::size_t length) noexcept;

 private:
  struct Candidate {
    std::string key;
    std::uint32_t pattern;
    std::size_t length;  ///< in code points
  };
  FuzzyVerdict compute(const std::string& key, std::size_t length, const std::vector<bool>& relevant) const;

  const lexicon::Gazetteer& gazetteer_;
  std::vector<Candidate> candidates_;  ///< sorted by length
  std::unordered_map<std::string, FuzzyVerdict> cache_;
  std::vector<bool> cache_relevance_;
};

}  // namespace np::normalise
