#include "lexicon/gazetteer.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

#include "base/utf8.hpp"
#include "lexicon/edit_distance.hpp"
#include "lexicon/english.hpp"

namespace np::lexicon {
namespace {

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’

/// How a word of the text matches a word of a form, if it does.
std::optional<Inflection> word_matches(std::string_view text_key, std::string_view form_key, bool last) {
  if (text_key == form_key) return Inflection::None;
  // "Lenins Testament" for "Lenin's Testament": the apostrophe is missing inside the form.
  if (form_key.size() > 2 && form_key.ends_with("'s") && text_key.size() == form_key.size() - 1 &&
      text_key.substr(0, text_key.size() - 1) == form_key.substr(0, form_key.size() - 2) && text_key.back() == 's')
    return Inflection::BareS;
  if (!last || text_key.size() <= form_key.size() || !text_key.starts_with(form_key)) return std::nullopt;
  const std::string_view rest = text_key.substr(form_key.size());
  if (rest == "'s" || rest == "'") return Inflection::Possessive;
  if (rest == "s") return Inflection::BareS;
  if (rest == "es") return Inflection::PluralEs;
  return std::nullopt;
}

/// Words of a form may be separated in notes by spaces or hyphens whatever the lexicon writes
/// ("five year plan" for "Five-Year Plan"); anything else must be what the lexicon writes.
bool gap_matches(std::string_view gap, std::string_view form_separator) {
  if (gap == form_separator) return true;
  if (gap.empty()) return false;
  for (std::size_t i = 0; i < gap.size();) {
    if (gap[i] == ' ' || gap[i] == '-' || gap[i] == '\t') {
      ++i;
    } else if (gap.substr(i, 2) == "\xC2\xA0") {  // no-break space
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

/// The word with a possessive ending removed, for exact-case comparison.
std::string_view without_possessive(std::string_view word) {
  if (word.ends_with("'s")) return word.substr(0, word.size() - 2);
  if (word.ends_with("\xE2\x80\x99s")) return word.substr(0, word.size() - 4);
  if (word.ends_with("'")) return word.substr(0, word.size() - 1);
  if (word.ends_with(kRightQuote)) return word.substr(0, word.size() - 3);
  return word;
}

/// True if the text's `word`, matched to the form's `token` with inflection `how`, has the
/// form's exact capitals: "Left's" and "Lefts" for "Left", "Lenins" for "Lenin's".
bool same_case(std::string_view word, std::string_view token, Inflection how) {
  switch (how) {
    case Inflection::None:
      return word == token;
    case Inflection::Possessive:
      return without_possessive(word) == token;
    case Inflection::BareS:
      if (token.ends_with("'s") || token.ends_with("\xE2\x80\x99s"))  // "Lenins" for "Lenin's"
        return word.substr(0, word.size() - 1) == without_possessive(token);
      return word.substr(0, word.size() - 1) == token;
    case Inflection::PluralEs:
      return word.size() >= 2 && word.substr(0, word.size() - 2) == token;
  }
  return false;
}

int kind_rank(FormKind kind) { return kind == FormKind::Misspelling ? 1 : 0; }

}  // namespace

bool starts_sentence(std::string_view text, std::uint32_t begin) noexcept {
  std::size_t pos = begin;
  while (pos > 0) {
    std::size_t prev = pos;
    const char32_t c = utf8::previous(text, prev);
    if (c == ' ' || c == '\t' || c == 0xA0 || c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x2018 ||
        c == 0x201C || c == '*' || c == '_') {
      pos = prev;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == 0x2022;
  }
  return true;
}

std::string Gazetteer::key_of(std::string_view word) {
  std::string key = unicode::fold_case(word);
  for (std::size_t at = key.find(kRightQuote); at != std::string::npos; at = key.find(kRightQuote, at))
    key.replace(at, kRightQuote.size(), "'");
  return key;
}

Gazetteer::Gazetteer(std::vector<Entry> entries, unicode::TextBreaker& breaker) : entries_(std::move(entries)) {
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    by_id_.emplace(e.info.id, i);
    auto origin = std::find(origins_.begin(), origins_.end(), e.origin);
    if (origin == origins_.end()) {
      origins_.push_back(e.origin);
      origin_user_.push_back(!e.builtin);
      origin = origins_.end() - 1;
    }
    entry_origin_.push_back(static_cast<std::uint32_t>(origin - origins_.begin()));
    add_form(e.info.name, FormKind::Name, i, breaker);
    for (const std::string& alias : e.info.aliases) add_form(alias, FormKind::Alias, i, breaker);
    for (const std::string& wrong : e.misspellings) add_form(wrong, FormKind::Misspelling, i, breaker);
  }
  // A misspelling is corrected to the entry's nearest correct form ("Zionev" → "Zinoviev",
  // not "Grigory Zinoviev").
  for (Pattern& p : patterns_) {
    if (p.kind != FormKind::Misspelling || p.entries.size() != 1) continue;
    const Entry& e = entries_[p.entries.front()];
    std::size_t best = static_cast<std::size_t>(-1);
    auto consider = [&](const std::string& form) {
      const std::size_t d = edit_distance(key_of(p.text), key_of(form));
      if (d < best) {
        best = d;
        p.correction = form;
      }
    };
    consider(e.info.name);
    for (const std::string& alias : e.info.aliases) consider(alias);
  }
  for (auto& [key, list] : by_first_key_) {
    std::stable_sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
      return patterns_[a].keys.size() > patterns_[b].keys.size();
    });
  }
}

void Gazetteer::add_form(const std::string& form, FormKind kind, std::uint32_t entry, unicode::TextBreaker& breaker) {
  std::vector<unicode::Token> tokens;
  breaker.words(form, tokens);
  if (tokens.empty()) return;
  const std::string folded = key_of(form);
  if (auto it = by_text_.find(folded); it != by_text_.end()) {
    Pattern& existing = patterns_[it->second];
    if (std::find(existing.entries.begin(), existing.entries.end(), entry) == existing.entries.end())
      existing.entries.push_back(entry);  // shared by two entities: ambiguous
    return;
  }
  Pattern p;
  p.text = form;
  p.kind = kind;
  p.entries.push_back(entry);
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const std::string_view word(form.data() + tokens[t].begin, tokens[t].end - tokens[t].begin);
    p.tokens.emplace_back(word);
    p.keys.push_back(key_of(word));
    if (t > 0) p.separators.emplace_back(form, tokens[t - 1].end, tokens[t].begin - tokens[t - 1].end);
  }
  p.trailing = form.substr(tokens.back().end);
  p.generic =
      std::all_of(p.tokens.begin(), p.tokens.end(), [](const std::string& t) { return english::is_frequent_word(t); });
  p.exact_case = entries_[entry].case_sensitive ||
                 (p.tokens.size() == 1 && kind != FormKind::Misspelling &&
                  english::is_frequent_word(p.tokens.front()) && p.tokens.front() != p.keys.front());
  const auto index = static_cast<std::uint32_t>(patterns_.size());
  by_first_key_[p.keys.front()].push_back(index);
  by_text_.emplace(folded, index);
  patterns_.push_back(std::move(p));
}

const Entry* Gazetteer::find(std::string_view id) const noexcept {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

bool Gazetteer::match_at(std::string_view text, std::span<const unicode::Token> tokens, const Keys& keys,
                         std::size_t i, std::string_view key, Hit& best) const {
  auto it = by_first_key_.find(key);
  if (it == by_first_key_.end()) return false;
  bool found = false;
  for (const std::uint32_t index : it->second) {
    const Pattern& p = patterns_[index];
    const std::size_t n = p.keys.size();
    if (i + n > tokens.size() || (best.pattern && n < best.token_count)) continue;
    Hit hit;
    hit.first_token = static_cast<std::uint32_t>(i);
    hit.token_count = static_cast<std::uint32_t>(n);
    hit.pattern = &p;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) {
      const unicode::Token& tok = tokens[i + k];
      const std::string_view word = text.substr(tok.begin, tok.end - tok.begin);
      if (k > 0)
        ok = gap_matches(text.substr(tokens[i + k - 1].end, tok.begin - tokens[i + k - 1].end), p.separators[k - 1]);
      if (!ok) break;
      const auto how = word_matches(keys[i + k], p.keys[k], k + 1 == n);
      if (!how) {
        ok = false;
        break;
      }
      if (*how != Inflection::None) {
        hit.inflection = *how;
        hit.inflected_token = static_cast<std::uint32_t>(i + k);
      }
      if (p.exact_case && !same_case(word, p.tokens[k], *how)) ok = false;
    }
    if (!ok) continue;
    if (p.exact_case && starts_sentence(text, tokens[i].begin)) continue;
    const unicode::Token& last = tokens[i + n - 1];
    std::uint32_t end = last.end;
    if (hit.inflection == Inflection::Possessive && hit.inflected_token == i + n - 1) {
      const std::string_view word = text.substr(last.begin, last.end - last.begin);
      end = last.begin + static_cast<std::uint32_t>(without_possessive(word).size());
    }
    // A form that ends in punctuation ("(NEP)") covers it where the text has it too.
    if (hit.inflection == Inflection::None && !p.trailing.empty() && text.substr(end).starts_with(p.trailing))
      end += static_cast<std::uint32_t>(p.trailing.size());
    hit.range = {tokens[i].begin, end};
    const bool better = !best.pattern || n > best.token_count ||
                        (n == best.token_count &&
                         std::make_tuple(hit.inflection != Inflection::None, kind_rank(p.kind), index) <
                             std::make_tuple(best.inflection != Inflection::None, kind_rank(best.pattern->kind),
                                             static_cast<std::uint32_t>(best.pattern - patterns_.data())));
    if (better) {
      best = hit;
      found = true;
    }
  }
  return found;
}

std::vector<bool> Gazetteer::relevant_origins(std::span<const Hit> hits, std::size_t min_entities) const {
  std::vector<std::vector<std::uint32_t>> found(origins_.size());
  for (const Hit& hit : hits) {
    if (hit.pattern->generic || hit.pattern->entries.size() != 1) continue;
    const std::uint32_t entry = hit.pattern->entries.front();
    auto& list = found[entry_origin_[entry]];
    if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
  }
  std::vector<bool> relevant(origins_.size());
  for (std::size_t o = 0; o < origins_.size(); ++o) relevant[o] = origin_user_[o] || found[o].size() >= min_entities;
  return relevant;
}

bool Gazetteer::counts(const Hit& hit, const std::vector<bool>& relevant) const noexcept {
  if (!hit.pattern->generic) return true;
  for (std::uint32_t entry : hit.pattern->entries)
    if (relevant[entry_origin_[entry]]) return true;
  return false;
}

void Gazetteer::match(std::string_view text, std::span<const unicode::Token> tokens, std::vector<Hit>& out) const {
  Keys keys;
  keys.buffer.reserve(text.size());
  keys.ends.reserve(tokens.size());
  for (const unicode::Token& tok : tokens) {
    const std::string_view word = text.substr(tok.begin, tok.end - tok.begin);
    if (utf8::is_ascii(word)) {  // the common case, without a temporary string
      for (char c : word) keys.buffer.push_back(utf8::ascii_lower(c));
    } else {
      keys.buffer += key_of(word);
    }
    keys.ends.push_back(static_cast<std::uint32_t>(keys.buffer.size()));
  }
  std::string variant;
  for (std::size_t i = 0; i < tokens.size();) {
    const std::string_view key = keys[i];
    Hit best;
    match_at(text, tokens, keys, i, key, best);
    // The first word may itself be inflected: look the stem up too.
    const std::size_t n = key.size();
    if (n > 2 && key.ends_with("'s")) match_at(text, tokens, keys, i, key.substr(0, n - 2), best);
    if (n > 1 && key.ends_with("'")) match_at(text, tokens, keys, i, key.substr(0, n - 1), best);
    if (n > 3 && key.back() == 's') {
      match_at(text, tokens, keys, i, key.substr(0, n - 1), best);
      variant.assign(key.substr(0, n - 1));
      variant += "'s";
      match_at(text, tokens, keys, i, variant, best);
      if (key.ends_with("es")) match_at(text, tokens, keys, i, key.substr(0, n - 2), best);
    }
    if (best.pattern) {
      out.push_back(best);
      i += best.token_count;
    } else {
      ++i;
    }
  }
}

}  // namespace np::lexicon
