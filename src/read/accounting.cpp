#include "read/accounting.hpp"

#include <algorithm>

#include "base/utf8.hpp"
#include "model/walk.hpp"

namespace np::read {

bool is_space_byte(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

namespace {

bool all_space(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (is_space_byte(c)) continue;
    // Unicode spaces and line separators that the readers treat as layout.
    const std::string_view rest = bytes.substr(i);
    if (rest.starts_with("\xC2\xA0") || rest.starts_with("\xC2\x85")) {
      ++i;
      continue;
    }
    if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9") || rest.starts_with("\xE3\x80\x80")) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

std::vector<model::Removal> complete_removals(const Source& source, const model::Document& doc,
                                              std::vector<model::Removal> removals, model::Removal::Kind fallback) {
  struct Claim {
    std::uint32_t begin, end;
  };
  std::vector<Claim> claims;
  model::for_each_text(doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::SourceSegment& s : block.segments())
      claims.push_back({s.source_begin, s.source_begin + s.length});
  });
  for (const model::Removal& r : removals) claims.push_back({r.begin, r.end});
  std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.begin < b.begin; });

  const std::string_view text = source.text();
  // Gaps are found in order, so they need no sorting: only the given removals do, and the two
  // runs are merged below (sorting them together moved every removal of a big file log n times).
  std::sort(removals.begin(), removals.end(),
            [](const model::Removal& a, const model::Removal& b) { return a.begin < b.begin; });
  std::vector<model::Removal> gaps;
  gaps.reserve(claims.size() + 1);
  std::uint32_t covered = 0;
  // An unclaimed gap such as "\n\n## " is split into its whitespace and its syntax, so that
  // the review lists "##" as markup and not the line ends around it.
  auto fill = [&](std::uint32_t begin, std::uint32_t end) {
    std::uint32_t run = begin;
    bool run_space = false;
    for (std::uint32_t i = begin; i < end;) {
      std::size_t next = i;
      utf8::next(text, next);
      const auto after = static_cast<std::uint32_t>(std::min<std::size_t>(next, end));
      const bool space = all_space(text.substr(i, after - i));
      if (i > run && space != run_space) {
        gaps.push_back({run_space ? model::Removal::Kind::Whitespace : fallback, run, i, {}});
        run = i;
      }
      run_space = space;
      i = after;
    }
    if (end > run) gaps.push_back({run_space ? model::Removal::Kind::Whitespace : fallback, run, end, {}});
  };
  for (const Claim& c : claims) {
    fill(covered, c.begin);
    covered = std::max(covered, c.end);
  }
  fill(covered, static_cast<std::uint32_t>(text.size()));

  // Merged in offset order (the given removals first on a tie), joining adjacent whitespace.
  std::vector<model::Removal> merged;
  merged.reserve(removals.size() + gaps.size());
  auto take = [&](model::Removal& r) {
    if (r.begin == r.end) return;
    if (!merged.empty() && merged.back().kind == r.kind && merged.back().end == r.begin &&
        r.kind == model::Removal::Kind::Whitespace)
      merged.back().end = r.end;
    else
      merged.push_back(std::move(r));
  };
  for (auto a = removals.begin(), g = gaps.begin(); a != removals.end() || g != gaps.end();)
    take(g == gaps.end() || (a != removals.end() && !(g->begin < a->begin)) ? *a++ : *g++);
  for (model::Removal& r : merged) {
    r.where = source.position(r.begin);
    if (r.kind != model::Removal::Kind::Whitespace) r.text = std::string(text.substr(r.begin, r.end - r.begin));
  }
  return merged;
}

std::string line_ending_style(std::string_view text) {
  std::size_t lf = 0, crlf = 0, cr = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++crlf;
        ++i;
      } else {
        ++cr;
      }
    } else if (text[i] == '\n') {
      ++lf;
    }
  }
  const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
  if (kinds == 0) return "none";
  if (kinds > 1) return "mixed";
  return lf ? "LF" : crlf ? "CRLF" : "CR";
}

}  // namespace np::read
