#include "write/docx/locators.hpp"

#include <algorithm>

#include "write/docx/wml.hpp"

namespace np::write::docx {

MentionTargets::MentionTargets(const pack::Pack& pack) {
  auto add_all = [&](std::span<const pack::Locator> locators) {
    for (const pack::Locator& where : locators) add(where);
  };
  auto add_entry = [&](const auto& self, const pack::IndexEntry& entry) -> void {
    add_all(entry.locators);
    for (const pack::IndexEntry& sub : entry.subentries) self(self, sub);
  };
  for (const pack::IndexGroup& group : pack.index)
    for (const pack::IndexEntry& entry : group.entries) add_entry(add_entry, entry);
  for (const pack::Person& person : pack.people) add_all(person.mentions);
  for (const pack::Term& term : pack.glossary) add_all(term.mentions);
  for (const pack::TimelineEntry& entry : pack.timeline) add(entry.where);
}

std::vector<pack::Locator> one_per_top_section(const pack::Pack& pack, std::span<const pack::Locator> locators) {
  auto top_of = [&](const pack::Locator& l) {
    if (l.chapter >= pack.sections.size() || l.section < 0) return -1;
    const std::vector<pack::Section>& sections = pack.sections[l.chapter];
    int at = std::min(l.section, static_cast<int>(sections.size()) - 1);
    while (at > 0 && sections[static_cast<std::size_t>(at)].level > 1) --at;
    return at;
  };
  std::vector<pack::Locator> kept;
  int last_top = -2;
  std::uint32_t last_chapter = 0;
  for (const pack::Locator& l : locators) {
    const int top = top_of(l);
    if (!kept.empty() && l.chapter == last_chapter && top == last_top) continue;
    kept.push_back(l);
    last_top = top;
    last_chapter = l.chapter;
  }
  return kept;
}

void append_page_locators(pugi::xml_node p, const pack::Pack& pack, std::span<const pack::Locator> locators,
                          const Bookmarks& bookmarks) {
  for (std::size_t i = 0; i < locators.size(); ++i) {
    if (i > 0) append_text(p, ", ");
    const pack::Locator& where = locators[i];
    const std::string label = pack.locator_label(where);
    if (!bookmarks.placed_mention(where.chapter, where.mention)) {
      append_text(p, label);
      continue;
    }
    const std::string bookmark = mention_bookmark(where.chapter, where.mention);
    pugi::xml_node link = append_internal_link(p, bookmark);
    append_simple_field(link, pageref_instruction(bookmark), label);
  }
}

void append_label_locators(pugi::xml_node p, const pack::Pack& pack, std::span<const pack::Locator> locators,
                           const Bookmarks& bookmarks) {
  const RunProps link_style{.style = "Hyperlink"};
  for (std::size_t i = 0; i < locators.size(); ++i) {
    if (i > 0) append_text(p, "; ");
    const pack::Locator& where = locators[i];
    const std::string label = pack.locator_label(where);
    if (!bookmarks.placed_mention(where.chapter, where.mention)) {
      append_text(p, label);
      continue;
    }
    const std::string bookmark = mention_bookmark(where.chapter, where.mention);
    append_text(append_internal_link(p, bookmark), label, link_style);
    append_text(p, ", p.\u00A0");
    append_simple_field(append_internal_link(p, bookmark), pageref_instruction(bookmark), kUnknownPage);
  }
}

}  // namespace np::write::docx
