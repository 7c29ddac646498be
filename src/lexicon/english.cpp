#include "lexicon/english.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "base/utf8.hpp"
#include "resources/resources.hpp"

namespace np::english {
namespace {

/// The embedded list, one word per line, sorted bytewise (LC_ALL=C sort) at build time.
class WordList {
 public:
  explicit WordList(std::string_view resource) {
    const std::string_view bytes = resources::get(resource);
    words_.reserve(bytes.size() / 9);
    std::size_t start = 0;
    while (start < bytes.size()) {
      std::size_t end = bytes.find('\n', start);
      if (end == std::string_view::npos) end = bytes.size();
      if (end > start) words_.push_back(bytes.substr(start, end - start));
      start = end + 1;
    }
  }
  bool contains(std::string_view word) const noexcept { return std::binary_search(words_.begin(), words_.end(), word); }

 private:
  std::vector<std::string_view> words_;
};

const WordList& word_list() {
  static const WordList list("english-words.txt");  // immutable once built: shared by threads
  return list;
}

const WordList& frequent_list() {
  static const WordList list("english-frequent.txt");
  return list;
}

std::string ascii_lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = utf8::ascii_lower(c);
  return out;
}

/// "criticised" → "criticized", "collectivisation" → "collectivization"; "" if no -is- form.
std::string american_form(std::string_view lower) {
  static constexpr std::string_view kEndings[] = {"isation", "isations", "ise",  "ised",
                                                  "ises",    "ising",    "iser", "isers"};
  for (std::string_view ending : kEndings) {
    if (lower.size() > ending.size() + 2 && lower.ends_with(ending)) {
      std::string out(lower);
      out[lower.size() - ending.size() + 1] = 'z';
      return out;
    }
  }
  return {};
}

}  // namespace

bool contains(std::string_view word) noexcept { return word_list().contains(word); }

bool is_common_word(std::string_view word) {
  if (word.empty()) return false;
  const std::string lower = ascii_lower(word);
  if (word_list().contains(lower)) return true;
  const std::string american = american_form(lower);
  return !american.empty() && word_list().contains(american);
}

bool is_frequent_word(std::string_view word) {
  if (word.empty()) return false;
  const std::string lower = ascii_lower(word);
  if (frequent_list().contains(lower)) return true;
  const std::string american = american_form(lower);
  return !american.empty() && frequent_list().contains(american);
}

bool is_known_word(std::string_view word) {
  if (word.empty()) return false;
  if (is_common_word(word) || word_list().contains(word)) return true;
  // "STALIN" or "stalin" → try the capitalised form "Stalin".
  std::string capitalised = ascii_lower(word);
  capitalised[0] = utf8::ascii_upper(capitalised[0]);
  return word_list().contains(capitalised);
}

}  // namespace np::english
