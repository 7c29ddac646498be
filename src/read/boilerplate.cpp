#include "read/boilerplate.hpp"

#include "base/utf8.hpp"

#include <algorithm>

#include "dates/dates.hpp"
#include "resources/resources.hpp"
#include "unicode/icu.hpp"

namespace np::read {
namespace {

/// "Posted on March 3, 2019 by admin", "Last updated: 12 May 2021 | 4 comments": a byline.
/// Only a full date (day, month and year) counts: "Updated 1936 constitution" is a note.
bool is_byline(std::string_view line) {
  static constexpr std::string_view kLeads[] = {
      "posted on ",       "posted ",        "published on ", "published: ",       "updated on ",    "updated: ",
      "last updated on ", "last updated: ", "last updated ", "last modified on ", "last modified: "};
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  line.remove_prefix(first);
  const char initial = utf8::ascii_lower(line.front());
  if (initial != 'p' && initial != 'u' && initial != 'l') return false;  // most lines, at once
  char lower[20];
  const std::size_t size = std::min(line.size(), sizeof lower);
  for (std::size_t i = 0; i < size; ++i) lower[i] = utf8::ascii_lower(line[i]);
  const std::string_view head(lower, size);
  for (const std::string_view lead : kLeads) {
    if (!head.starts_with(lead)) continue;
    const std::string_view rest = line.substr(lead.size());
    const std::vector<dates::Found> found = dates::find(rest);
    if (found.empty() || found.front().range.begin != 0 || found.front().date.value.size() != 10) return false;
    std::string_view after = rest.substr(found.front().range.end);
    while (!after.empty() && (after.front() == ' ' || after.front() == ',')) after.remove_prefix(1);
    while (!after.empty() && after.back() == ' ') after.remove_suffix(1);
    if (after.empty() || after.front() == '|') return true;
    if (!(after.starts_with("by ") || after.starts_with("By "))) return false;
    const std::string_view name = after.substr(3);
    return std::count(name.begin(), name.end(), ' ') < 4 && name.find_first_of(";!?") == std::string_view::npos;
  }
  return false;
}

}  // namespace

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
  if (is_byline(line)) return true;
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
