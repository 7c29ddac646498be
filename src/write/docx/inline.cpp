// Standoff spans to runs: one w:r per model::Run, w:hyperlink around runs of one Link, and
// bookmarks plus XE fields around entity and date mentions.

#include <algorithm>
#include <optional>
#include <variant>

#include "model/runs.hpp"
#include "write/docx/body.hpp"
#include "write/docx/wml.hpp"
#include "xml/xml.hpp"

namespace np::write::docx {
namespace {

constexpr const char* kCodeFont = "Consolas";
constexpr const char* kLinkColor = "0563C1";

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

/// A mention with something to mark: a bookmark (a locator points to it) and/or XE fields.
struct Mention {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::optional<std::uint32_t> id;  ///< the bookmark's w:id, if it has one
  std::string name;
  std::span<const std::string> marks;
};

std::uint32_t mention_number(const model::Annotation& what) {
  if (const auto* e = std::get_if<model::Entity>(&what)) return e->mention;
  if (const auto* d = std::get_if<model::Date>(&what)) return d->mention;
  return 0;
}

/// The numbered, non-empty Entity and Date spans that a locator points to (they get a
/// bookmark) or the index marks, in span order.
std::vector<Mention> collect_mentions(const model::TextBlock& block, BodyContext& ctx) {
  std::vector<Mention> mentions;
  for (const model::Span& span : block.spans()) {
    const std::uint32_t number = mention_number(span.what);
    if (number == 0 || span.range.empty()) continue;
    Mention m{.begin = span.range.begin, .end = span.range.end};
    if (ctx.targets.contains(ctx.chapter, number)) {
      m.name = mention_bookmark(ctx.chapter, number);
      m.id = ctx.bookmarks.place_mention(ctx.chapter, number);
      // The same mention twice is a pack bug: mark it once.
      if (!m.id) continue;
    }
    if (std::holds_alternative<model::Entity>(span.what)) m.marks = ctx.marks.at(ctx.chapter, number);
    if (m.id || !m.marks.empty()) mentions.push_back(std::move(m));
  }
  return mentions;
}

struct RunLook {
  RunProps props;
  const model::Link* link = nullptr;
  friend bool operator==(const RunLook&, const RunLook&) = default;
};

RunLook look_of(const model::Run& run) {
  RunLook look;
  const char* entity = nullptr;
  bool code = false;
  for (const model::Span* span : run.active) {
    std::visit(Overloaded{
                   [&](const model::Emphasis&) { look.props.italic = true; },
                   [&](const model::Strong&) { look.props.bold = true; },
                   [&](const model::Code&) { code = true; },
                   [&](const model::Link& l) { look.link = look.link ? look.link : &l; },
                   [&](const model::Entity& e) { entity = entity ? entity : entity_style(e.kind); },
                   [&](const model::Date&) { entity = entity ? entity : kDateStyle; },
               },
               span->what);
  }
  // One character style per run: an entity's wins; code and links fall back to direct
  // formatting when the style slot is taken.
  if (entity != nullptr) look.props.style = entity;
  if (code) {
    if (look.props.style.empty())
      look.props.style = "VerbatimChar";
    else
      look.props.font = kCodeFont;
    look.props.no_proof = true;
  }
  if (look.link != nullptr) {
    if (look.props.style.empty()) {
      look.props.style = "Hyperlink";
    } else {
      look.props.color = kLinkColor;
      look.props.underline = "single";
    }
  }
  return look;
}

/// Emits bookmark starts and ends (with their XE marks) as the text position advances.
class MentionCursor {
 public:
  explicit MentionCursor(std::vector<Mention> mentions) : mentions_(std::move(mentions)) {
    for (std::size_t i = 0; i < mentions_.size(); ++i) by_end_.push_back(i);
    std::stable_sort(by_end_.begin(), by_end_.end(),
                     [&](std::size_t a, std::size_t b) { return mentions_[a].end < mentions_[b].end; });
  }

  /// True if advance(pos) would emit something.
  bool due(std::uint32_t pos) const { return end_due(pos) || start_due(pos); }

  /// Emits every end at or before `pos`, then every start at or before `pos`.
  void advance(pugi::xml_node parent, std::uint32_t pos) {
    while (end_due(pos)) {
      const Mention& m = mentions_[by_end_[next_end_++]];
      if (m.id) append_bookmark_end(parent, *m.id);
      for (const std::string& instruction : m.marks) append_field(parent, instruction);
    }
    while (start_due(pos)) {
      const Mention& m = mentions_[next_start_++];
      if (m.id) append_bookmark_start(parent, *m.id, m.name);
    }
  }

 private:
  bool started(std::size_t index) const { return index < next_start_; }
  bool end_due(std::uint32_t pos) const {
    return next_end_ < by_end_.size() && mentions_[by_end_[next_end_]].end <= pos && started(by_end_[next_end_]);
  }
  bool start_due(std::uint32_t pos) const {
    return next_start_ < mentions_.size() && mentions_[next_start_].begin <= pos;
  }
  std::vector<Mention> mentions_;  // by begin
  std::vector<std::size_t> by_end_;
  std::size_t next_start_ = 0;
  std::size_t next_end_ = 0;
};

}  // namespace

const char* entity_style(model::EntityKind kind) noexcept {
  switch (kind) {
    case model::EntityKind::Person:
      return "EntityPerson";
    case model::EntityKind::Place:
      return "EntityPlace";
    case model::EntityKind::Organisation:
      return "EntityOrganisation";
    case model::EntityKind::Event:
      return "EntityEvent";
    case model::EntityKind::Concept:
      return "EntityConcept";
  }
  return "EntityConcept";
}

std::string relationship_url(std::string_view href) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const std::string safe = xml::xml_safe(href);
  std::string out;
  out.reserve(safe.size());
  for (char ch : safe) {
    const auto c = static_cast<unsigned char>(ch);
    const bool escape = c <= 0x20 || c >= 0x7F || ch == '"' || ch == '<' || ch == '>' || ch == '\\' || ch == '^' ||
                        ch == '`' || ch == '{' || ch == '|' || ch == '}';
    if (!escape) {
      out.push_back(ch);
      continue;
    }
    out.push_back('%');
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xF]);
  }
  return out;
}

void append_inline(pugi::xml_node p, const model::TextBlock& block, BodyContext& ctx) {
  MentionCursor cursor(collect_mentions(block, ctx));
  const std::string_view text = block.text();
  // Runs split at code-point boundaries, so the pieces of safe text are safe too.
  const bool safe = xml::is_xml_safe(text);
  const model::Link* open_link = nullptr;
  pugi::xml_node container = p;
  // The runs not written yet: [from, to) of the text, all looking like `pending`, with no
  // bookmark or field between them. One w:r for all of them.
  RunLook pending;
  std::uint32_t from = 0;
  std::uint32_t to = 0;
  auto write_pending = [&] {
    if (from == to) return;
    const std::string_view piece = text.substr(from, to - from);
    if (safe)
      append_safe_text(container, piece, pending.props);
    else
      append_text(container, piece, pending.props);
    from = to;
  };
  for (const model::Run& run : model::split_into_runs(block)) {
    RunLook look = look_of(run);
    if (from != to && look == pending && !cursor.due(run.range.begin)) {
      to = run.range.end;
      continue;
    }
    write_pending();
    if (look.link != open_link) {
      open_link = look.link;
      container = p;
      // Internal "#fragment" links have no bookmark to go to: the text stays, styled.
      const std::string url = look.link ? relationship_url(look.link->href) : std::string();
      if (!url.empty() && url.front() != '#') container = append_external_link(p, ctx.links.add_hyperlink(url));
    }
    cursor.advance(container, run.range.begin);
    pending = look;
    from = run.range.begin;
    to = run.range.end;
  }
  write_pending();
  cursor.advance(p, static_cast<std::uint32_t>(text.size()));
}

}  // namespace np::write::docx
