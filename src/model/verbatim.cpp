#include "model/verbatim.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace np::model {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Characters of a host name or of the local part of an e-mail address.
bool is_host_char(char c) { return utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) || c == '-' || c == '.'; }
bool is_local_char(char c) { return is_host_char(c) || c == '_' || c == '+' || c == '%'; }

/// End of an address that starts at `begin`: up to the next space, less the punctuation that
/// ends the sentence, and less a closing bracket that has no opening one inside the address.
std::size_t address_end(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && !is_space(text[end])) ++end;
  for (;;) {
    const char c = text[end - 1];
    if (end - 1 > begin && (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
                            c == '\'' || c == '*' || c == '_')) {
      --end;
      continue;
    }
    if (end - 1 > begin && (c == ')' || c == ']')) {
      const std::string_view inside = text.substr(begin, end - begin);
      const char open = c == ')' ? '(' : '[';
      if (std::count(inside.begin(), inside.end(), open) < std::count(inside.begin(), inside.end(), c)) {
        --end;
        continue;
      }
    }
    return end;
  }
}

/// True if an address can start at `i` of `text`: at the start, or after a byte that cannot
/// be part of a host or local name (not a letter, digit, '.', '-' or '_').
bool word_starts_at(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  const char c = text[i - 1];
  return !(utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) || c == '.' || c == '-' || c == '_');
}

}  // namespace

std::vector<ByteRange> find_addresses(std::string_view text) {
  std::vector<ByteRange> out;
  std::size_t covered = 0;  // addresses do not overlap: skip what one already holds
  const auto add = [&](std::size_t begin, std::size_t end) {
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    covered = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i < covered) continue;
    const char c = text[i];
    if (c == ':' && text.substr(i, 3) == "://") {
      // "https://..." / "ftp://...": the scheme is the letters before the colon.
      std::size_t begin = i;
      while (begin > covered && utf8::is_ascii_alpha(text[begin - 1])) --begin;
      if (begin == i || !word_starts_at(text, begin) || i + 3 >= text.size() || !is_host_char(text[i + 3])) continue;
      add(begin, address_end(text, begin));
      i = covered - 1;
    } else if ((c == 'w' || c == 'W') && (text.substr(i, 4) == "www." || text.substr(i, 4) == "WWW.") &&
               word_starts_at(text, i) && i + 4 < text.size() && is_host_char(text[i + 4])) {
      add(i, address_end(text, i));
      i = covered - 1;
    } else if (c == '@' && i > covered && i + 1 < text.size()) {
      // "name@example.org": a local part before, a host with a dot after.
      std::size_t begin = i;
      while (begin > covered && is_local_char(text[begin - 1])) --begin;
      std::size_t end = i + 1;
      while (end < text.size() && is_host_char(text[end])) ++end;
      while (end > i + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
      const std::string_view host = text.substr(i + 1, end - i - 1);
      const std::size_t dot = host.find('.');
      if (begin == i || !word_starts_at(text, begin) || dot == std::string_view::npos || dot == 0) continue;
      add(begin, end);
      i = covered - 1;
    }
  }
  return out;
}

std::vector<ByteRange> verbatim_ranges(const TextBlock& block) {
  std::vector<ByteRange> out;
  for (const Span& span : block.spans())
    if (std::holds_alternative<Code>(span.what)) out.push_back(span.range);
  const std::string_view text = block.text();
  // Most blocks hold no address: look for the bytes every address has before scanning.
  if (text.find("://") != std::string_view::npos || text.find('@') != std::string_view::npos ||
      text.find("ww.") != std::string_view::npos || text.find("WW.") != std::string_view::npos) {
    const std::vector<ByteRange> addresses = find_addresses(text);
    if (!addresses.empty()) {
      const auto middle = static_cast<std::ptrdiff_t>(out.size());
      out.insert(out.end(), addresses.begin(), addresses.end());
      std::inplace_merge(out.begin(), out.begin() + middle, out.end(),
                         [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
    }
  }
  return out;
}

bool overlaps_any(std::span<const ByteRange> ranges, ByteRange range) noexcept {
  for (const ByteRange& r : ranges) {
    if (r.begin >= range.end) return false;
    if (r.end > range.begin) return true;
  }
  return false;
}

}  // namespace np::model
