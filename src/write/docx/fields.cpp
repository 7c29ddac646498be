#include "write/docx/fields.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace np::write::docx {
namespace {

/// "np_c<digits>_m<digits>": the form of mention_bookmark's names, which only it makes.
bool is_mention_form(std::string_view name) {
  auto digits = [&](std::size_t at) {
    std::size_t end = at;
    while (end < name.size() && utf8::is_ascii_digit(name[end])) ++end;
    return end > at ? end : std::string_view::npos;
  };
  if (!name.starts_with("np_c")) return false;
  const std::size_t after_chapter = digits(4);
  if (after_chapter == std::string_view::npos || name.substr(after_chapter, 2) != "_m") return false;
  return digits(after_chapter + 2) == name.size();
}

void append_escaped(std::string& out, std::string_view text, bool colons) {
  for (char c : text) {
    if (c == '\\' || c == '"' || (colons && c == ':')) out.push_back('\\');
    out.push_back(c);
  }
}

std::string quoted_levels(std::span<const std::string> levels) {
  std::string out = "\"";
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (i > 0) out.push_back(':');
    append_escaped(out, levels[i], true);
  }
  out.push_back('"');
  return out;
}

bool is_name_char(char c) noexcept { return utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) || c == '_'; }

}  // namespace

std::string escape_field_argument(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_escaped(out, text, false);
  return out;
}

std::string escape_index_level(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_escaped(out, text, true);
  return out;
}

std::string xe_instruction(std::span<const std::string> levels) { return " XE " + quoted_levels(levels) + " "; }

std::string xe_cross_reference(std::span<const std::string> levels, std::string_view reference) {
  return " XE " + quoted_levels(levels) + " \\t \"" + escape_field_argument(reference) + "\" ";
}

std::string pageref_instruction(std::string_view bookmark) { return " PAGEREF " + std::string(bookmark) + " \\h "; }

std::string toc_instruction(int max_level) { return " TOC \\o \"1-" + std::to_string(max_level) + "\" \\h \\z \\u "; }

bool is_valid_bookmark_name(std::string_view name) noexcept {
  if (name.empty() || name.size() > kMaxBookmarkName) return false;
  if (!utf8::is_ascii_alpha(name.front())) return false;  // also rules out "_Toc..."
  for (char c : name)
    if (!is_name_char(c)) return false;
  return true;
}

std::string mention_bookmark(std::uint32_t chapter, std::uint32_t mention) {
  return "np_c" + std::to_string(chapter + 1) + "_m" + std::to_string(mention);
}

std::string heading_bookmark(std::uint32_t chapter, std::uint32_t block) {
  return "np_c" + std::to_string(chapter + 1) + "_h" + std::to_string(block);
}

std::string chapter_bookmark(std::uint32_t chapter) { return "np_c" + std::to_string(chapter + 1); }

std::string Bookmarks::make_name(std::string_view hint) {
  std::string base = "np_";
  for (char c : hint) {
    if (base.size() >= kMaxBookmarkName) break;
    if (is_name_char(c))
      base.push_back(c);
    else if (base.back() != '_')
      base.push_back('_');
  }
  std::string name = base;
  for (unsigned n = 2; made_.contains(name) || placed_.contains(name) || is_mention_form(name); ++n) {
    const std::string suffix = "_" + std::to_string(n);
    name = base.substr(0, kMaxBookmarkName - suffix.size()) + suffix;
  }
  made_.insert(name);
  return name;
}

std::optional<std::uint32_t> Bookmarks::place(const std::string& name) {
  if (!is_valid_bookmark_name(name) || !placed_.insert(name).second) return std::nullopt;
  return next_id_++;
}

std::optional<std::uint32_t> Bookmarks::place_mention(std::uint32_t chapter, std::uint32_t mention) {
  if (placed_mentions_.contains(chapter, mention)) return std::nullopt;
  placed_mentions_.insert(chapter, mention);
  return next_id_++;
}

void MentionSet::insert(std::uint32_t chapter, std::uint32_t mention) {
  if (chapter >= bits_.size()) bits_.resize(chapter + 1);
  std::vector<bool>& bits = bits_[chapter];
  if (mention >= bits.size()) bits.resize(std::max<std::size_t>(mention + 1, bits.size() * 2));
  if (!bits[mention]) ++size_;
  bits[mention] = true;
}

}  // namespace np::write::docx
