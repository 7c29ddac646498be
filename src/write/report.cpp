// The review report: a Markdown file a teacher reads to see what notepress changed, what it
// suggests, what it removed and what it found, file by file.

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "model/walk.hpp"
#include "write/writer.hpp"

namespace np::write {
namespace {

/// Text safe inside a Markdown table cell or inline code.
std::string cell(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '|' || c == '\\' || c == '`' || c == '*' || c == '_' || c == '<' || c == '[' || c == ']') out += '\\';
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

std::string where(const SourcePos& pos) {
  if (pos.line == 0) return "";
  return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

std::string fixed2(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

/// A value for a table cell; empty text shows as "(nothing)" so deletions are visible.
std::string shown(std::string_view text) {
  if (text.empty()) return "*(nothing)*";
  if (text.find_first_not_of(" \t") == std::string_view::npos) {
    const auto tabs = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\t'));
    const std::size_t spaces = text.size() - tabs;
    std::string what;
    if (spaces) what = spaces == 1 ? "1 space" : std::to_string(spaces) + " spaces";
    if (tabs)
      what += (what.empty() ? "" : " and ") + (tabs == 1 ? std::string("1 tab") : std::to_string(tabs) + " tabs");
    return "*(" + what + ")*";
  }
  return "`" + std::string(text) + "`";
}

class Report {
 public:
  explicit Report(const pack::Pack& pack) : pack_(pack), dates_(pack.chapters.size()) {
    // Once for the pack: a course pack has thousands of chapters and a long timeline.
    for (const pack::TimelineEntry& t : pack.timeline)
      if (t.entity.empty() && t.where.chapter < dates_.size()) dates_[t.where.chapter].push_back(&t);
  }
  std::string render();

 private:
  void chapter(std::uint32_t c);
  void summary(const pack::Chapter& ch, const std::map<std::string, std::uint32_t>& mentions, std::size_t dates);
  void changes(const model::Review& review);
  void suggestions(const model::Review& review);
  void removals(const model::Review& review);
  void entities(const pack::Chapter& ch, const std::map<std::string, std::uint32_t>& mentions);
  void dates_found(std::uint32_t c);
  void candidates(const model::Review& review);
  void line(std::string_view text = {}) {
    out_ += text;
    out_ += '\n';
  }

  const pack::Pack& pack_;
  /// The dates the rules found (timeline entries without an entity), per chapter, in
  /// timeline order.
  std::vector<std::vector<const pack::TimelineEntry*>> dates_;
  std::string out_;
};

std::string Report::render() {
  line("# Review report: " + cell(pack_.title));
  line();
  line(
      "What notepress changed, suggested, removed and found. Every change is also in the JSON output "
      "(`changes`, with block and offset): applied in reverse order, they restore the text as read.");
  for (std::uint32_t c = 0; c < pack_.chapters.size(); ++c) chapter(c);
  return std::move(out_);
}

void Report::chapter(std::uint32_t c) {
  const pack::Chapter& ch = pack_.chapters[c];
  std::map<std::string, std::uint32_t> mentions;
  const std::size_t dates = dates_[c].size();
  model::for_each_text(ch.doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::Span& s : block.spans())
      if (const auto* e = std::get_if<model::Entity>(&s.what)) ++mentions[e->id];
  });

  line();
  line("## " + cell(ch.title));
  line();
  summary(ch, mentions, dates);
  changes(ch.review);
  suggestions(ch.review);
  removals(ch.review);
  if (!ch.review.ambiguities.empty()) {
    line("### Ambiguous forms (not tagged)");
    line();
    line("| Where | Form | Could be |");
    line("|---|---|---|");
    for (const model::Ambiguity& a : ch.review.ambiguities) {
      std::string who;
      for (const std::string& e : a.entities) who += (who.empty() ? "" : ", ") + cell(e);
      line("| " + where(a.where) + " | " + shown(a.form) + " | " + who + " |");
    }
    line();
  }
  entities(ch, mentions);
  dates_found(c);
  candidates(ch.review);
}

void Report::summary(const pack::Chapter& ch, const std::map<std::string, std::uint32_t>& mentions, std::size_t dates) {
  const model::Review& r = ch.review;
  std::map<std::string, int> by_rule;
  for (const model::Change& change : r.changes) ++by_rule[model::rule_name(change.rule)];
  std::string rules;
  for (const auto& [rule, n] : by_rule) rules += (rules.empty() ? " (" : ", ") + rule + " " + std::to_string(n);
  if (!rules.empty()) rules += ")";
  std::size_t boilerplate = 0;
  for (const model::Removal& removal : r.removals) boilerplate += removal.kind == model::Removal::Kind::Boilerplate;
  std::uint32_t total_mentions = 0;
  for (const auto& [id, n] : mentions) total_mentions += n;

  line("Source: `" + cell(ch.source) + "` · " + cell(r.encoding) + (r.byte_order_mark ? " with byte-order mark" : "") +
       " · " + r.line_endings + " line endings · " + std::to_string(r.source_bytes) + " bytes" +
       (r.nfc_changed ? " · normalised to NFC" : ""));
  line();
  line("| | |");
  line("|---|---|");
  line("| Changes made | " + std::to_string(r.changes.size()) + rules + " |");
  line("| Suggestions not applied | " + std::to_string(r.suggestions.size()) + " |");
  line("| Boilerplate lines removed | " + std::to_string(boilerplate) + " |");
  line("| Entities found | " + std::to_string(total_mentions) + " mentions of " + std::to_string(mentions.size()) +
       " entities |");
  line("| Dates found | " + std::to_string(dates) + " |");
  line("| Lexicon candidates | " + std::to_string(r.candidates.size()) + " |");
  line();
}

void Report::changes(const model::Review& review) {
  if (review.changes.empty()) return;
  line("### Changes made");
  line();
  line("| Where | Original | Replacement | Rule | Confidence |");
  line("|---|---|---|---|---|");
  // Changes are recorded in the order they were made (right to left within a block, rule by
  // rule); readers want them in reading order.
  std::vector<const model::Change*> sorted;
  for (const model::Change& c : review.changes) sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(), [](const model::Change* a, const model::Change* b) {
    return std::tie(a->where.line, a->where.column) < std::tie(b->where.line, b->where.column);
  });
  for (const model::Change* change : sorted) {
    const model::Change& c = *change;
    line("| " + where(c.where) + " | " + shown(c.original) + " | " + shown(c.replacement) + " | " +
         model::rule_name(c.rule) + " | " + fixed2(c.confidence) + " |");
  }
  line();
}

void Report::suggestions(const model::Review& review) {
  if (review.suggestions.empty()) return;
  line("### Suggestions (not applied)");
  line();
  line("| Where | Word | Perhaps | Why not applied |");
  line("|---|---|---|---|");
  for (const model::Suggestion& s : review.suggestions) {
    std::string perhaps;
    for (const std::string& c : s.candidates) perhaps += (perhaps.empty() ? "" : ", ") + shown(c);
    line("| " + where(s.where) + " | " + shown(s.original) + " | " + perhaps + " | " + cell(s.reason) + " |");
  }
  line();
}

void Report::removals(const model::Review& review) {
  std::size_t markers = 0, markup = 0, controls = 0;
  std::vector<const model::Removal*> boilerplate, listed;  // listed: front matter and comments
  for (const model::Removal& r : review.removals) {
    if (r.kind == model::Removal::Kind::Boilerplate) boilerplate.push_back(&r);
    if (r.kind == model::Removal::Kind::Metadata || r.kind == model::Removal::Kind::Comment) listed.push_back(&r);
    markers += r.kind == model::Removal::Kind::Marker;
    markup += r.kind == model::Removal::Kind::Markup;
    controls += r.kind == model::Removal::Kind::Control;
  }
  line("### Removed from the text");
  line();
  for (const model::Removal* r : listed)
    line("- line " + std::to_string(r->where.line) +
         (r->kind == model::Removal::Kind::Comment ? ": comment " : ": front matter ") + shown(r->text));
  for (const model::Removal* r : boilerplate)
    line("- line " + std::to_string(r->where.line) + ": web boilerplate " + shown(r->text));
  if (markers) line("- " + std::to_string(markers) + " list markers and heading marks (now structure)");
  if (controls) line("- " + std::to_string(controls) + " control characters (no output format can hold them)");
  if (markup) line("- " + std::to_string(markup) + " pieces of Markdown syntax (now structure)");
  line("- " + std::to_string(review.whitespace_bytes) + " bytes of layout whitespace in " +
       std::to_string(review.whitespace_runs) + " runs (indentation, line ends, blank lines)");
  line();
}

void Report::entities(const pack::Chapter& ch, const std::map<std::string, std::uint32_t>& mentions) {
  if (mentions.empty()) return;
  line("### Entities found");
  line();
  line("| Entity | Type | Mentions |");
  line("|---|---|---|");
  for (const auto& e : ch.entities) {
    auto it = mentions.find(e->id);
    if (it == mentions.end()) continue;
    line("| " + cell(e->name) + " | " + model::kind_name(e->kind) + " | " + std::to_string(it->second) + " |");
  }
  line();
}

void Report::dates_found(std::uint32_t c) {
  const std::vector<const pack::TimelineEntry*>& found = dates_[c];
  if (found.empty()) return;
  line("### Dates found");
  line();
  line("| Date | Value | From | To |");
  line("|---|---|---|---|");
  for (const pack::TimelineEntry* t : found)
    line("| " + cell(t->label) + " | `" + cell(t->date.value) + "` | " + t->date.start + " | " + t->date.end + " |");
  line();
}

void Report::candidates(const model::Review& review) {
  if (review.candidates.empty()) return;
  line("### Lexicon candidates");
  line();
  line(
      "Capitalised words inside sentences that no lexicon knows: add the real names to a lexicon "
      "(`--lexicon FILE`, see docs/lexicon-format.md).");
  line();
  line("| Word | Count | First seen |");
  line("|---|---|---|");
  for (const model::Candidate& c : review.candidates)
    line("| " + shown(c.text) + " | " + std::to_string(c.count) + " | " + where(c.first) + " |");
  line();
}

}  // namespace

std::string write_report(const pack::Pack& pack, const Options&) { return Report(pack).render(); }

}  // namespace np::write
