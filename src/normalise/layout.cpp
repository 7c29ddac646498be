#include "normalise/layout.hpp"

#include "base/utf8.hpp"
#include "model/walk.hpp"
#include "normalise/edits.hpp"

namespace np::normalise {
namespace {

constexpr std::string_view kEnDash = " \xE2\x80\x93 ";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// Letters and digits, and any non-ASCII byte (letters of other scripts).
bool is_wordish(char c) {
  return utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool is_sentence_punct(char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?'; }

/// Words after which a hyphen is a suspended hyphen, not a dash: "pre- and post-war".
bool suspends_hyphen(std::string_view rest) {
  for (std::string_view word : {"and ", "or ", "to ", "nor ", "& "})
    if (rest.starts_with(word)) return true;
  return false;
}

std::vector<Edit> find_edits(std::string_view text) {
  std::vector<Edit> edits;
  const auto n = static_cast<std::uint32_t>(text.size());
  for (std::uint32_t i = 0; i < n;) {
    // A hyphen used as a dash: "Stalin- He" or "power - and".
    if (text[i] == '-' && i > 0 && i + 1 < n) {
      const bool glued_left = is_wordish(text[i - 1]);
      const bool spaced_left = is_blank(text[i - 1]) && i > 1 && is_wordish(text[i - 2]);
      std::uint32_t j = i + 1;
      while (j < n && is_blank(text[j])) ++j;
      // "pre- and post-war" keeps its suspended hyphen; a spaced " - " is always a dash.
      if ((glued_left || spaced_left) && j > i + 1 && j < n && is_wordish(text[j]) &&
          !(glued_left && suspends_hyphen(text.substr(j)))) {
        const std::uint32_t begin = spaced_left ? i - 1 : i;
        edits.push_back({{begin, j}, std::string(kEnDash), model::Rule::Layout, 1.0, {}});
        i = j;
        continue;
      }
    }
    if (!is_blank(text[i])) {
      ++i;
      continue;
    }
    std::uint32_t j = i;
    while (j < n && is_blank(text[j])) ++j;
    const bool punct_follows =
        j < n && is_sentence_punct(text[j]) &&
        (j + 1 == n || !is_sentence_punct(text[j + 1]) || text[j] != text[j + 1]) &&
        (j + 1 == n || text[j + 1] == ' ' || text[j + 1] == '"' || text[j + 1] == '\'' || text[j + 1] == ')');
    if (punct_follows && i > 0 && is_wordish(text[i - 1])) {
      edits.push_back({{i, j}, "", model::Rule::Layout, 1.0, {}});  // "power , and" → "power, and"
    } else if (j - i > 1 || text[i] == '\t') {
      edits.push_back({{i, j}, " ", model::Rule::Layout, 1.0, {}});
    }
    i = j;
  }
  return edits;
}

}  // namespace

void LayoutTidy::apply(model::Document& doc, model::FileContext& context) {
  model::for_each_text(doc, [&](model::TextBlock& block, const model::TextPlace& place) {
    if (place.role == model::TextPlace::Role::Code) return;
    apply_edits(block, block_id_of(place), find_edits(block.text()), context);
  });
}

}  // namespace np::normalise
