#include "read/boilerplate.hpp"

#include "base/utf8.hpp"

#include <algorithm>

#include "resources/resources.hpp"
#include "unicode/icu.hpp"

namespace np::read {

Boilerplate::Boilerplate() {
  const std::string_view list = resources::get("boilerplate.txt");
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find('\n', start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view line = list.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    if (line.ends_with("\\*"))
      exact_.push_back(normalise(std::string(line.substr(0, line.size() - 2)) + "*"));
    else if (line.back() == '*')
      prefixes_.push_back(normalise(line.substr(0, line.size() - 1), true));
    else
      exact_.push_back(normalise(line));
  }
  std::sort(exact_.begin(), exact_.end());
  for (const auto* list : {&exact_, &prefixes_})
    for (const std::string& p : *list)
      if (!p.empty()) initials_.set(static_cast<unsigned char>(p[0]));
  initials_.set(0x80, false);  // (non-ASCII initials are always checked in full)
}

std::string Boilerplate::normalise(std::string_view line, bool prefix) {
  std::string folded = unicode::fold_case(line);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    const bool nbsp = c == '\xC2' && i + 1 < folded.size() && folded[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
      space = !out.empty();
      i += nbsp;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  // Final punctuation: ". : ! ? …" (the ellipsis is three bytes).
  for (; !prefix;) {
    if (!out.empty() &&
        (out.back() == '.' || out.back() == ':' || out.back() == '!' || out.back() == '?' || out.back() == ' ')) {
      out.pop_back();
    } else if (out.ends_with("\xE2\x80\xA6")) {
      out.resize(out.size() - 3);
    } else {
      break;
    }
  }
  return out;
}

bool Boilerplate::matches(std::string_view line) const {
  if (line.size() > 200) return false;  // boilerplate lines are short
  // Most lines are notes: reject them by their first letter before normalising them.
  const std::size_t first = line.find_first_not_of(" \t");
  if (first != std::string_view::npos && static_cast<unsigned char>(line[first]) < 0x80 &&
      !initials_.test(static_cast<unsigned char>(utf8::ascii_lower(line[first]))))
    return false;
  const std::string key = normalise(line);
  if (key.empty()) return false;
  if (std::binary_search(exact_.begin(), exact_.end(), key)) return true;
  return std::any_of(prefixes_.begin(), prefixes_.end(),
                     [&](const std::string& p) { return !p.empty() && key.starts_with(p); });
}

}  // namespace np::read
