#include <algorithm>
#include <unordered_map>

#include "base/utf8.hpp"
#include "lexicon/english.hpp"
#include "lexicon/gazetteer.hpp"
#include "tag/tagger.hpp"

namespace np::tag {
namespace {

/// Capitalised words that are never lexicon candidates.
bool is_calendar_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "January",   "February", "March",    "April",    "May",    "June",    "July",      "August",
      "September", "October",  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday",    "Saturday", "Sunday",   "Jan",      "Feb",    "Mar",     "Apr",       "Jun",
      "Jul",       "Aug",      "Sep",      "Sept",     "Oct",    "Nov",     "Dec"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

/// For each token, whether an entity or date span covers part of it. Spans are sorted by
/// begin and tokens by position, so one sweep does it.
std::vector<bool> covered_tokens(const model::TextBlock& block, std::span<const unicode::Token> tokens) {
  std::vector<model::ByteRange> ranges;
  for (const model::Span& span : block.spans())
    if (std::holds_alternative<model::Entity>(span.what) || std::holds_alternative<model::Date>(span.what))
      ranges.push_back(span.range);
  std::vector<bool> covered(tokens.size(), false);
  std::size_t r = 0;
  std::uint32_t reach = 0;  // furthest end among ranges that begin before the token ends
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    while (r < ranges.size() && ranges[r].begin < tokens[t].end) reach = std::max(reach, ranges[r++].end);
    covered[t] = reach > tokens[t].begin;
  }
  return covered;
}

}  // namespace

void CandidateCollector::scan(const model::TextBlock& block, std::span<const unicode::Token> tokens,
                              model::FileContext& context) {
  const std::string_view text = block.text();
  const std::vector<bool> covered = covered_tokens(block, tokens);
  auto qualifies = [&](std::size_t t) {
    const unicode::Token& tok = tokens[t];
    if (tok.kind != unicode::TokenKind::Word) return false;
    std::string_view word = text.substr(tok.begin, tok.end - tok.begin);
    if (word.ends_with("'s")) word.remove_suffix(2);
    if (word.ends_with("\xE2\x80\x99s")) word.remove_suffix(4);
    std::size_t i = 0;
    const char32_t first = utf8::next(word, i);
    if (utf8::length(word) < 2 || !unicode::is_upper(first)) return false;
    return !covered[t] && !english::is_common_word(word) && !is_calendar_word(word);
  };
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!qualifies(t) || lexicon::starts_sentence(text, tokens[t].begin)) continue;
    // Neighbouring capitalised words make one name: "Alma Ata", "Mr Hughes".
    std::size_t end = t + 1;
    while (end < tokens.size() && qualifies(end) &&
           text.substr(tokens[end - 1].end, tokens[end].begin - tokens[end - 1].end) == " ")
      ++end;
    std::string phrase(text.substr(tokens[t].begin, tokens[end - 1].end - tokens[t].begin));
    if (phrase.ends_with("'s")) phrase.resize(phrase.size() - 2);
    if (phrase.ends_with("\xE2\x80\x99s")) phrase.resize(phrase.size() - 4);
    auto [it, fresh] = index_.emplace(phrase, found_.size());
    if (fresh)
      found_.push_back({std::move(phrase), 1, context.position(block.source_offset(tokens[t].begin))});
    else
      ++found_[it->second].count;
    t = end - 1;
  }
}

std::vector<model::Candidate> CandidateCollector::take() {
  std::stable_sort(found_.begin(), found_.end(), [](const model::Candidate& a, const model::Candidate& b) {
    return a.count != b.count ? a.count > b.count : a.text < b.text;
  });
  index_.clear();
  return std::move(found_);
}

}  // namespace np::tag
