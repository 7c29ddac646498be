#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "model/text_block.hpp"
#include "unicode/icu.hpp"

namespace np::lexicon {

enum class FormKind : std::uint8_t { Name, Alias, Misspelling };

/// A lexicon form compiled for matching, token by token.
struct Pattern {
  std::string text;                     ///< as the lexicon writes it
  std::vector<std::string> tokens;      ///< its words, as written
  std::vector<std::string> keys;        ///< its words, case-folded ("’" read as "'")
  std::vector<std::string> separators;  ///< what the lexicon writes between words
  std::string trailing;                 ///< what it writes after the last word: ")" in "Policy (NEP)"
  FormKind kind = FormKind::Name;
  /// Matches only with the lexicon's capitals and never at the start of a sentence: set for
  /// case-sensitive entries and for one-word forms that are also common English words.
  bool exact_case = false;
  std::vector<std::uint32_t> entries;  ///< indexes into Gazetteer::entries(); >1: ambiguous
  std::string correction;              ///< misspellings: the form to write instead
  /// Every word is an ordinary English word ("civil war", "show trials"): such a form says
  /// little about the subject, so it only counts where its lexicon is relevant.
  bool generic = false;
};

/// How the text's word differs from the form's at the end ("Stalin's", "Stalins", "kulaks").
enum class Inflection : std::uint8_t {
  None,
  Possessive,  ///< "'s", "’s" or a final apostrophe
  BareS,       ///< a plain "s": a plural, or a possessive missing its apostrophe
  PluralEs,    ///< "es"
};

/// A form found in text.
struct Hit {
  std::uint32_t first_token = 0;  ///< index of its first token
  std::uint32_t token_count = 0;
  const Pattern* pattern = nullptr;
  Inflection inflection = Inflection::None;
  std::uint32_t inflected_token = 0;  ///< index of the token that carries the inflection
  model::ByteRange range;             ///< the matched words, without a possessive ending
};

/// All forms of a set of merged lexicon entries, compiled for leftmost-longest matching over
/// word tokens. Immutable after construction, so one gazetteer can serve every thread.
class Gazetteer {
 public:
  /// `breaker` tokenises the forms exactly as notes will be tokenised.
  Gazetteer(std::vector<Entry> entries, unicode::TextBreaker& breaker);

  std::span<const Entry> entries() const noexcept { return entries_; }
  std::span<const Pattern> patterns() const noexcept { return patterns_; }
  /// The entry with this id, or nullptr.
  const Entry* find(std::string_view id) const noexcept;

  /// Appends the forms found in `text` (already split into `tokens`) to `out`: leftmost
  /// longest, not overlapping, in text order. Ambiguous forms are included (their pattern
  /// has several entries).
  void match(std::string_view text, std::span<const unicode::Token> tokens, std::vector<Hit>& out) const;

  /// The matching key of a word: case-folded, "’" as "'".
  static std::string key_of(std::string_view word);

  /// Index of the lexicon (origin) an entry came from, numbered in order of appearance.
  std::uint32_t origin_of(std::uint32_t entry) const noexcept { return entry_origin_[entry]; }
  std::size_t origin_count() const noexcept { return origins_.size(); }

  /// Which lexicons a document is about, judged from its hits: a built-in lexicon is relevant
  /// when at least `min_entities` of its entities are found through forms that are not
  /// generic; a user's lexicon always is. One flag per origin.
  std::vector<bool> relevant_origins(std::span<const Hit> hits, std::size_t min_entities = 2) const;

  /// False for hits to ignore: generic forms of lexicons the document is not about.
  bool counts(const Hit& hit, const std::vector<bool>& relevant) const noexcept;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  void add_form(const std::string& form, FormKind kind, std::uint32_t entry, unicode::TextBreaker& breaker);
  /// The matching keys of a block's tokens, computed once per block into one buffer.
  struct Keys {
    std::string buffer;
    std::vector<std::uint32_t> ends;
    std::string_view operator[](std::size_t i) const {
      const std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
      return std::string_view(buffer).substr(begin, ends[i] - begin);
    }
  };
  bool match_at(std::string_view text, std::span<const unicode::Token> tokens, const Keys& keys, std::size_t i,
                std::string_view key, Hit& best) const;

  std::vector<Entry> entries_;
  std::vector<Pattern> patterns_;
  std::vector<std::string> origins_;
  std::vector<bool> origin_user_;
  std::vector<std::uint32_t> entry_origin_;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> by_id_;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> by_text_;  ///< folded form → pattern
  std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>> by_first_key_;
};

/// True if the word at byte `begin` of `text` starts a sentence: nothing but spaces, quotes
/// or brackets stand between it and the start of the text or a ".", "!", "?", ":" or ";".
bool starts_sentence(std::string_view text, std::uint32_t begin) noexcept;

}  // namespace np::lexicon
