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

/// The value of a "title:" line: after the key and spaces, without matching quotes.
std::optional<model::ByteRange> title_value(std::string_view text, const RawLine& line) {
  const std::string_view s = text.substr(line.begin, line.end - line.begin);
  if (!s.starts_with("title:")) return std::nullopt;
  std::size_t b = line.begin + 6, e = line.end;
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  if (e - b >= 2 && (text[b] == '"' || text[b] == '\'') && text[e - 1] == text[b]) {
    ++b;
    --e;
  }
  if (b >= e) return std::nullopt;
  return model::ByteRange{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

}  // namespace

std::optional<FrontMatter> find_front_matter(std::string_view text) {
  const RawLine first = line_at(text, 0);
  if (text.substr(first.begin, first.end - first.begin) != "---" || first.next >= text.size()) return std::nullopt;
  FrontMatter fm;
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
      if (!fm.title) fm.title = title_value(text, line);
    }
    at = line.next;
  }
  return std::nullopt;
}

}  // namespace np::read
