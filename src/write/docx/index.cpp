#include "write/docx/index.hpp"

#include <algorithm>
#include <map>

#include "write/docx/locators.hpp"
#include "write/docx/wml.hpp"

namespace np::write::docx {
namespace {

std::string join(std::span<const std::string> items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

/// The first locator of each entry and subentry, by term and by entity id, to anchor the XE
/// marks of "See" entries that have no locators of their own.
struct FirstLocators {
  std::map<std::string, pack::Locator, std::less<>> by_term;
  std::map<std::string, pack::Locator, std::less<>> by_entity;

  void collect(const pack::IndexEntry& entry) {
    if (!entry.locators.empty()) {
      by_term.emplace(entry.term, entry.locators.front());
      if (!entry.entity.empty()) by_entity.emplace(entry.entity, entry.locators.front());
    }
    for (const pack::IndexEntry& sub : entry.subentries) collect(sub);
  }

  const pack::Locator* find(const std::string& entity, const std::string& term) const {
    if (auto e = by_entity.find(entity); !entity.empty() && e != by_entity.end()) return &e->second;
    if (auto t = by_term.find(term); t != by_term.end()) return &t->second;
    return nullptr;
  }
};

/// Bookmarks on index entries, by term: the targets of See and See also links.
using EntryBookmarks = std::map<std::string, std::string, std::less<>>;

void name_entry(const pack::IndexEntry& entry, EntryBookmarks& names, Bookmarks& bookmarks) {
  if (!names.contains(entry.term)) names.emplace(entry.term, bookmarks.make_name("ix_" + entry.term));
}

void append_reference(pugi::xml_node p, const std::string& term, const EntryBookmarks& names) {
  auto found = names.find(term);
  if (found == names.end()) {
    append_text(p, term);
    return;
  }
  append_text(append_internal_link(p, found->second), term);
}

void append_cross_references(pugi::xml_node p, const pack::IndexEntry& entry, bool after_locators,
                             const EntryBookmarks& names) {
  const RunProps italic{.italic = true};
  bool first = !after_locators;
  if (!entry.see.empty()) {
    append_text(p, first ? " " : "; ");
    append_text(p, "see", italic);
    append_text(p, " ");
    append_reference(p, entry.see, names);
    first = false;
  }
  if (entry.see_also.empty()) return;
  append_text(p, first ? " " : "; ");
  append_text(p, "see also", italic);
  append_text(p, " ");
  for (std::size_t i = 0; i < entry.see_also.size(); ++i) {
    if (i > 0) append_text(p, "; ");
    append_reference(p, entry.see_also[i], names);
  }
}

void append_entry(pugi::xml_node body, const pack::Pack& pack, const pack::IndexEntry& entry, int level,
                  const EntryBookmarks& names, Bookmarks& bookmarks) {
  pugi::xml_node p = append_paragraph(body, {.style = level == 1 ? "Index1" : "Index2"});
  // Main entries carry the bookmark that See and See also references link to.
  auto name = level == 1 ? names.find(entry.term) : names.end();
  const auto id = name != names.end() ? bookmarks.place(name->second) : std::nullopt;
  if (id) append_bookmark_start(p, *id, name->second);
  append_text(p, entry.term);
  if (id) append_bookmark_end(p, *id);
  if (!entry.locators.empty()) {
    append_text(p, " ");
    append_page_locators(p, pack, one_per_top_section(pack, entry.locators), bookmarks);
  }
  append_cross_references(p, entry, !entry.locators.empty(), names);
  for (const pack::IndexEntry& sub : entry.subentries) append_entry(body, pack, sub, level + 1, names, bookmarks);
}

}  // namespace

IndexMarks::IndexMarks(const pack::Pack& pack) {
  FirstLocators first;
  for (const pack::IndexGroup& group : pack.index)
    for (const pack::IndexEntry& entry : group.entries) first.collect(entry);

  struct Mark {
    std::uint64_t key;
    std::string instruction;
  };
  std::vector<Mark> marks;
  auto add = [&](const pack::Locator& where, std::string instruction) {
    marks.push_back({mention_key(where.chapter, where.mention), std::move(instruction)});
  };
  std::vector<std::string> path;
  auto visit = [&](const auto& self, const pack::IndexEntry& entry) -> void {
    path.push_back(entry.term);
    for (const pack::Locator& where : entry.locators) add(where, xe_instruction(path));
    if (!entry.see.empty())
      if (const pack::Locator* at = first.find(entry.see_entity, entry.see))
        add(*at, xe_cross_reference(path, "See " + entry.see));
    if (!entry.see_also.empty() && !entry.locators.empty())
      add(entry.locators.front(), xe_cross_reference(path, "See also " + join(entry.see_also, "; ")));
    for (const pack::IndexEntry& sub : entry.subentries) self(self, sub);
    path.pop_back();
  };
  for (const pack::IndexGroup& group : pack.index)
    for (const pack::IndexEntry& entry : group.entries) visit(visit, entry);

  // Grouped by mention, in the order made within each mention.
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.key < b.key; });
  instructions_.reserve(marks.size());
  auto close = [&](std::uint32_t chapter) {
    if (chapter < first_.size()) first_[chapter].push_back(static_cast<std::uint32_t>(instructions_.size()));
  };
  for (Mark& mark : marks) {
    const auto chapter = static_cast<std::uint32_t>(mark.key >> 32);
    const auto mention = static_cast<std::uint32_t>(mark.key);
    if (chapter >= first_.size()) {
      if (!first_.empty()) close(static_cast<std::uint32_t>(first_.size() - 1));
      first_.resize(chapter + 1);
    }
    std::vector<std::uint32_t>& starts = first_[chapter];
    // Mentions without marks start (and end) where the next one starts.
    while (starts.size() <= mention) starts.push_back(static_cast<std::uint32_t>(instructions_.size()));
    instructions_.push_back(std::move(mark.instruction));
  }
  if (!first_.empty()) close(static_cast<std::uint32_t>(first_.size() - 1));
}

std::span<const std::string> IndexMarks::at(std::uint32_t chapter, std::uint32_t mention) const {
  if (chapter >= first_.size()) return {};
  const std::vector<std::uint32_t>& starts = first_[chapter];
  if (std::size_t{mention} + 1 >= starts.size()) return {};
  return std::span<const std::string>(instructions_).subspan(starts[mention], starts[mention + 1] - starts[mention]);
}

namespace {

/// An entry, its subentries and all their locators (see kChunkCheckpoints).
std::size_t pieces(const pack::IndexEntry& entry) {
  std::size_t n = 1 + entry.locators.size();
  for (const pack::IndexEntry& sub : entry.subentries) n += pieces(sub);
  return n;
}

}  // namespace

void append_index(BodyChunks& body, const pack::Pack& pack, const std::string& heading_bookmark, Bookmarks& bookmarks) {
  pugi::xml_node heading = append_paragraph(body.node(), {.style = "Heading1"});
  const auto id = bookmarks.place(heading_bookmark);
  if (id) append_bookmark_start(heading, *id, heading_bookmark);
  append_text(heading, "Index");
  if (id) append_bookmark_end(heading, *id);

  EntryBookmarks names;
  for (const pack::IndexGroup& group : pack.index)
    for (const pack::IndexEntry& entry : group.entries) name_entry(entry, names, bookmarks);
  for (const pack::IndexGroup& group : pack.index) {
    append_text(append_paragraph(body.node(), {.style = "IndexHeading"}), group.letter);
    for (const pack::IndexEntry& entry : group.entries) {
      append_entry(body.node(), pack, entry, 1, names, bookmarks);
      body.checkpoint(pieces(entry));
    }
  }
}

}  // namespace np::write::docx
