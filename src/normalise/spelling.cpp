#include "normalise/spelling.hpp"

#include <algorithm>

#include "base/utf8.hpp"
#include "lexicon/english.hpp"
#include "model/walk.hpp"
#include "normalise/edits.hpp"

namespace np::normalise {
namespace {

bool has_upper(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (unicode::is_upper(utf8::next(s, i))) return true;
  return false;
}

bool has_lower(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (unicode::is_lower(utf8::next(s, i))) return true;
  return false;
}

/// Upper-cases a replacement when the original was written in capitals ("BUKARIN").
std::string adapt_case(const std::string& replacement, std::string_view original) {
  if (utf8::length(original) < 2 || has_lower(original) || !has_upper(original)) return replacement;
  std::string out = replacement;
  for (char& c : out) c = utf8::ascii_upper(c);
  return out;
}

/// "stalin" may become "Stalin": the form is capitalised, the word has no capitals, and they
/// are the same letters.
bool case_fixable(std::string_view word, std::string_view form) {
  return word.size() >= form.size() && has_upper(form) && !has_upper(word) &&
         lexicon::Gazetteer::key_of(word.substr(0, form.size())) == lexicon::Gazetteer::key_of(form);
}

bool names_something(model::EntityKind kind) {
  return kind == model::EntityKind::Person || kind == model::EntityKind::Place ||
         kind == model::EntityKind::Organisation || kind == model::EntityKind::Event;
}

/// "Trotskys" takes an apostrophe when it is a name's possessive: not an English word in
/// its own right ("Soviets"), not a plural ("the Romanovs"), not already followed by one.
bool needs_apostrophe(std::string_view text, const unicode::Token& token) {
  const std::string_view word = text.substr(token.begin, token.end - token.begin);
  if (english::is_common_word(word)) return false;
  const std::string_view before = text.substr(0, token.begin);
  if (before.ends_with("the ") || before.ends_with("The ")) return false;
  const std::string_view after = text.substr(token.end);
  return !(after.starts_with("'") || after.starts_with("\xE2\x80\x99"));
}

std::string_view possessive_suffix(std::string_view word) {
  if (word.ends_with("'s")) return word.substr(word.size() - 2);
  if (word.ends_with("\xE2\x80\x99s")) return word.substr(word.size() - 4);
  return {};
}

bool is_plain_word(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = utf8::next(word, i);
    if (!unicode::is_letter(c) && c != '\'' && c != 0x2019) return false;
  }
  return true;
}

}  // namespace

Spelling::Spelling(const lexicon::Gazetteer& gazetteer) : gazetteer_(gazetteer), fuzzy_(gazetteer) {}

std::optional<Edit> Spelling::edit_for_hit(std::string_view text, const Found& found, const lexicon::Hit& hit) const {
  const lexicon::Pattern& p = *hit.pattern;
  const lexicon::Entry& entry = gazetteer_.entries()[p.entries.front()];
  const unicode::Token& first = found.tokens[hit.first_token];
  const unicode::Token& last = found.tokens[hit.first_token + hit.token_count - 1];
  const bool apostrophe = hit.inflection == lexicon::Inflection::BareS && names_something(entry.info.kind) &&
                          needs_apostrophe(text, found.tokens[hit.inflected_token]);
  Edit edit;
  edit.entity = entry.info.id;
  edit.range = {first.begin, last.end};
  if (p.kind == lexicon::FormKind::Misspelling) {
    std::uint32_t stem_end = hit.range.end;
    if (hit.inflection == lexicon::Inflection::BareS) stem_end = last.end - 1;
    if (hit.inflection == lexicon::Inflection::PluralEs) stem_end = last.end - 2;
    const std::string_view stem = text.substr(first.begin, stem_end - first.begin);
    edit.replacement = adapt_case(p.correction, stem) + (apostrophe ? "'" : "") +
                       std::string(text.substr(stem_end, last.end - stem_end));
    edit.rule = model::Rule::Misspelling;
    edit.confidence = 0.95;
    return edit;
  }
  bool cased = false;
  for (std::uint32_t k = 0; k < hit.token_count; ++k) {
    const unicode::Token& tok = found.tokens[hit.first_token + k];
    if (k > 0) {
      const unicode::Token& prev = found.tokens[hit.first_token + k - 1];
      edit.replacement.append(text.substr(prev.end, tok.begin - prev.end));
    }
    std::string word(text.substr(tok.begin, tok.end - tok.begin));
    if (!p.exact_case && case_fixable(word, p.tokens[k])) {
      word.replace(0, p.tokens[k].size(), p.tokens[k]);
      cased = true;
    }
    if (apostrophe && hit.first_token + k == hit.inflected_token) word.insert(word.size() - 1, "'");
    edit.replacement += word;
  }
  if (!cased && !apostrophe) return std::nullopt;
  edit.rule = apostrophe ? model::Rule::Possessive : model::Rule::Case;
  edit.confidence = apostrophe ? 0.85 : 0.9;
  return edit;
}

std::vector<Edit> Spelling::edits_for(std::string_view text, const Found& found, const std::vector<bool>& relevant,
                                      model::FileContext& context, const model::TextBlock& block) {
  std::vector<Edit> edits;
  std::vector<bool> covered(found.tokens.size(), false);
  for (const lexicon::Hit& hit : found.hits) {
    if (hit.pattern->entries.size() != 1 || !gazetteer_.counts(hit, relevant)) continue;
    for (std::uint32_t k = 0; k < hit.token_count; ++k) covered[hit.first_token + k] = true;
    if (auto edit = edit_for_hit(text, found, hit)) edits.push_back(std::move(*edit));
  }
  // Unknown words close to a name.
  for (std::size_t t = 0; t < found.tokens.size(); ++t) {
    const unicode::Token& tok = found.tokens[t];
    if (covered[t] || tok.kind != unicode::TokenKind::Word) continue;
    std::string_view word = text.substr(tok.begin, tok.end - tok.begin);
    word.remove_suffix(possessive_suffix(word).size());
    if (utf8::length(word) < 5 || !is_plain_word(word) || english::is_known_word(word)) continue;
    const FuzzyVerdict verdict = fuzzy_.judge(word, relevant);
    const model::ByteRange range{tok.begin, tok.begin + static_cast<std::uint32_t>(word.size())};
    if (verdict.action == FuzzyVerdict::Action::Apply) {
      edits.push_back({range, adapt_case(verdict.form, word), model::Rule::Fuzzy, verdict.confidence,
                       gazetteer_.entries()[verdict.entry].info.id});
    } else if (verdict.action == FuzzyVerdict::Action::Suggest) {
      context.review.suggestions.push_back({std::string(word), verdict.candidates,
                                            "close to a lexicon form, but not certain",
                                            context.position(block.source_offset(tok.begin))});
    }
  }
  return edits;
}

void Spelling::apply(model::Document& doc, model::FileContext& context) {
  // First pass: find every form, to judge which lexicons the document is about.
  std::vector<lexicon::Hit> all_hits;
  const std::vector<Found> found = lexicon::find_forms(doc, breaker_, gazetteer_, all_hits);
  const std::vector<bool> relevant = gazetteer_.relevant_origins(all_hits);
  std::size_t index = 0;
  model::for_each_text(doc, [&](model::TextBlock& block, const model::TextPlace& place) {
    const Found& f = found[index++];
    if (place.role == model::TextPlace::Role::Code || f.tokens.empty()) return;
    std::vector<Edit> edits = edits_for(block.text(), f, relevant, context, block);
    apply_edits(block, block_id_of(place), std::move(edits), context);
  });
}

}  // namespace np::normalise
