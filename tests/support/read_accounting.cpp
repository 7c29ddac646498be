#include "support/read_accounting.hpp"

#include <string_view>

#include "base/utf8.hpp"
#include "model/check.hpp"
#include "model/walk.hpp"

namespace np::test {

bool is_whitespace_only(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const char32_t c = utf8::next(bytes, i);
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
                       c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x3000;
    if (!space) return false;
  }
  return true;
}

namespace {

std::string show(std::string_view bytes) {
  std::string out;
  for (char c : bytes.substr(0, 60)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return "\"" + out + (bytes.size() > 60 ? "\"..." : "\"");
}

}  // namespace

std::vector<std::string> accounting_problems(const read::Result& result, const read::Boilerplate& boilerplate) {
  std::vector<std::string> problems;
  const std::string_view source = result.source.text();
  std::vector<std::uint8_t> claims(source.size(), 0);
  auto claim = [&](std::uint32_t begin, std::uint32_t end, const std::string& who) {
    if (begin > end || end > source.size()) {
      problems.push_back(who + " claims [" + std::to_string(begin) + ", " + std::to_string(end) +
                         ") outside the source of " + std::to_string(source.size()) + " bytes");
      return;
    }
    for (std::uint32_t i = begin; i < end; ++i)
      if (++claims[i] == 2)
        problems.push_back("byte " + std::to_string(i) + " " + show(source.substr(i, 8)) + " claimed twice, by " + who);
  };

  model::for_each_text(result.doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::SourceSegment& s : block.segments()) {
      const std::string who = "segment " + show(block.text().substr(s.text_begin, s.length));
      if (s.text_begin + s.length > block.text().size()) {
        problems.push_back(who + " runs past the end of its block");
        continue;
      }
      claim(s.source_begin, s.source_begin + s.length, who);
      if (s.source_begin + s.length <= source.size() &&
          block.text().substr(s.text_begin, s.length) != source.substr(s.source_begin, s.length))
        problems.push_back(who + " differs from the source bytes it claims, " +
                           show(source.substr(s.source_begin, s.length)));
    }
  });

  const std::vector<model::Removal>& removals = result.review.removals;
  for (std::size_t k = 0; k < removals.size(); ++k) {
    const model::Removal& r = removals[k];
    const std::string who = std::string(model::removal_kind_name(r.kind)) + " removal [" + std::to_string(r.begin) +
                            ", " + std::to_string(r.end) + ")";
    if (r.begin >= r.end) problems.push_back(who + " is empty");
    if (k > 0 && removals[k - 1].begin > r.begin) problems.push_back(who + " is out of order");
    claim(r.begin, r.end, who);
    if (r.end > source.size() || r.begin > r.end) continue;
    const std::string_view bytes = source.substr(r.begin, r.end - r.begin);
    if (r.where != result.source.position(r.begin)) problems.push_back(who + " has the wrong position");
    switch (r.kind) {
      case model::Removal::Kind::Whitespace:
        if (!is_whitespace_only(bytes)) problems.push_back(who + " is not whitespace: " + show(bytes));
        break;
      case model::Removal::Kind::Control:
        for (unsigned char c : bytes)
          if (c >= 0x20 && c != 0x7F && c < 0x80)
            problems.push_back(who + " is not control characters: " + show(bytes));
        [[fallthrough]];
      case model::Removal::Kind::Marker:
      case model::Removal::Kind::Markup:
      case model::Removal::Kind::Boilerplate:
      case model::Removal::Kind::Metadata:
      case model::Removal::Kind::Comment:
        if (r.text != bytes) problems.push_back(who + " text " + show(r.text) + " is not its source " + show(bytes));
        break;
      default:
        problems.push_back(who + " has an unknown kind");
    }
  }

  // Boilerplate: a run of boilerplate removals (Markdown splits a paragraph into pieces around
  // its markup and line breaks) must split into whole lines of the list.
  for (std::size_t k = 0; k < removals.size();) {
    if (removals[k].kind != model::Removal::Kind::Boilerplate) {
      ++k;
      continue;
    }
    struct Piece {
      std::string text;
      bool after_space;
    };
    std::vector<Piece> pieces{{removals[k].text, false}};
    bool space = false;
    std::size_t next = k + 1;
    for (std::size_t m = k + 1; m < removals.size(); ++m) {
      const model::Removal& r = removals[m];
      if (r.begin != removals[m - 1].end) break;
      if (r.kind == model::Removal::Kind::Boilerplate) {
        pieces.push_back({r.text, space});
        space = false;
        next = m + 1;
      } else {
        space = space || r.kind == model::Removal::Kind::Whitespace;
      }
    }
    // can[i]: the first i pieces split into lines of the list, or short lines between two
    // of them (the text reader takes "Website" among a comment form's labels too).
    const auto short_line = [](const std::string& text) {
      const std::size_t words = 1 + std::count(text.begin(), text.end(), ' ');
      return !text.empty() && words <= 2 && !text.ends_with('.') && !text.ends_with('?') && !text.ends_with('!');
    };
    std::vector<bool> can(pieces.size() + 1, false);
    can[0] = true;
    for (std::size_t i = 1; i <= pieces.size(); ++i)
      for (std::size_t j = 0; j < i && !can[i]; ++j) {
        if (!can[j]) continue;
        std::string line;
        for (std::size_t p = j; p < i; ++p) line += (p > j && pieces[p].after_space ? " " : "") + pieces[p].text;
        can[i] = boilerplate.matches(line) || (j > 0 && i < pieces.size() && i == j + 1 && short_line(line));
      }
    if (!can[pieces.size()]) {
      std::string all;
      for (const Piece& p : pieces) all += (p.after_space ? " " : "") + p.text;
      problems.push_back("boilerplate removal " + show(all) + " is not on the list");
    }
    k = next;
  }

  std::size_t gaps = 0;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (claims[i] != 0) continue;
    std::size_t end = i;
    while (end < claims.size() && claims[end] == 0) ++end;
    if (++gaps <= 10)
      problems.push_back("bytes [" + std::to_string(i) + ", " + std::to_string(end) + ") " +
                         show(source.substr(i, end - i)) + " are neither in the document nor removed");
    i = end;
  }
  for (const std::string& m : model::check(result.doc)) problems.push_back("model::check: " + m);
  return problems;
}

}  // namespace np::test
