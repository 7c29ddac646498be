#include "read/front_matter.hpp"

namespace np::read {
namespace {

constexpr std::size_t kMaxLines = 100;

/// The line at `begin`: [begin, end of content without trailing spaces or CR), next line start.
struct RawLine {
  std::size_t begin, end, next;
};

RawLine line_at(std::string_view text, std::size_t begin) {
  std::size_t next = text.find('\n', begin);
  next = next == std::string_view::npos ? text.size() : next + 1;
  std::size_t end = next;
  while (end > begin &&
         (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ' || text[end - 1] == '\t'))
    --end;
  return {begin, end, next};
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// [b, e) without surrounding blanks and matching quotes; nullopt if nothing is left.
std::optional<model::ByteRange> scalar(std::string_view text, std::size_t b, std::size_t e) {
  while (b < e && is_blank(text[b])) ++b;
  while (e > b && is_blank(text[e - 1])) --e;
  if (e - b >= 2 && (text[b] == '"' || text[b] == '\'') && text[e - 1] == text[b]) {
    ++b;
    --e;
  }
  if (b >= e) return std::nullopt;
  return model::ByteRange{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

/// Where the value of `key` begins on `line`, if the line is "key:" and a value or nothing.
std::optional<std::size_t> value_of(std::string_view text, const RawLine& line, std::string_view key) {
  const std::string_view s = text.substr(line.begin, line.end - line.begin);
  if (!s.starts_with(key) || s.size() == key.size() || s[key.size()] != ':') return std::nullopt;
  if (s.size() > key.size() + 1 && !is_blank(s[key.size() + 1])) return std::nullopt;  // "title:x" is not YAML
  return line.begin + key.size() + 1;
}

/// The names of an "author:" value: one name, or a flow list "[A, B]" split at its commas.
void add_names(std::string_view text, std::size_t b, std::size_t e, std::vector<model::ByteRange>& names) {
  const std::optional<model::ByteRange> value = scalar(text, b, e);
  if (!value) return;
  const std::string_view v = text.substr(value->begin, value->size());
  if (v.find_first_not_of("|>-+") == std::string_view::npos) return;  // a block scalar: not read
  if (text[value->begin] != '[' || text[value->end - 1] != ']') {
    names.push_back(*value);
    return;
  }
  // Split at the commas outside quoted items ('"Bo, Jr"'; the quote in "O'Brien" opens none).
  const std::size_t end = value->end - 1;
  std::size_t from = value->begin + 1;
  char quote = 0;
  bool started = false;  // the item has more than blanks so far
  for (std::size_t at = from; at <= end; ++at) {
    if (at < end && quote != 0) {
      if (text[at] == quote) quote = 0;
    } else if (at < end && !started && (text[at] == '"' || text[at] == '\'')) {
      quote = text[at];
      started = true;
    } else if (at == end || text[at] == ',') {
      started = false;
      if (const auto name = scalar(text, from, at)) names.push_back(*name);
      from = at + 1;
    } else if (!is_blank(text[at])) {
      started = true;
    }
  }
}

}  // namespace

std::optional<FrontMatter> find_front_matter(std::string_view text) {
  const RawLine first = line_at(text, 0);
  if (text.substr(first.begin, first.end - first.begin) != "---" || first.next >= text.size()) return std::nullopt;
  FrontMatter fm;
  bool author_list = false;  // in the block list under "author:"
  std::size_t at = first.next;
  for (std::size_t n = 0; n < kMaxLines && at < text.size(); ++n) {
    const RawLine line = line_at(text, at);
    const std::string_view s = text.substr(line.begin, line.end - line.begin);
    if (s == "---" || s == "...") {
      if (fm.lines.empty()) return std::nullopt;  // "---" twice: two rules, not front matter
      fm.end = static_cast<std::uint32_t>(line.next);
      return fm;
    }
    // YAML keys start at the line start: a first line of prose ("Stalin rose...") is not one.
    if (fm.lines.empty() && s.find(':') == std::string_view::npos) return std::nullopt;
    if (line.end > line.begin) {
      fm.lines.push_back({static_cast<std::uint32_t>(line.begin), static_cast<std::uint32_t>(line.end)});
      const std::size_t indent = s.find_first_not_of(" \t");
      if (author_list && s.substr(indent).starts_with("- ")) {
        add_names(text, line.begin + indent + 2, line.end, fm.authors);
        at = line.next;
        continue;
      }
      author_list = false;
      if (const auto title = value_of(text, line, "title"); title && !fm.title)
        fm.title = scalar(text, *title, line.end);
      for (const std::string_view key : {"author", "authors"}) {
        const auto value = value_of(text, line, key);
        if (!value || !fm.authors.empty()) continue;
        add_names(text, *value, line.end, fm.authors);
        author_list = fm.authors.empty();
      }
    }
    at = line.next;
  }
  return std::nullopt;
}

}  // namespace np::read
