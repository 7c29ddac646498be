#include "write/docx/contents.hpp"

#include <algorithm>

#include "write/docx/fields.hpp"
#include "write/docx/wml.hpp"

namespace np::write::docx {

std::vector<ContentsEntry> contents_entries(const pack::Pack& pack, const std::vector<BackSection>& back) {
  std::vector<ContentsEntry> entries;
  const int shift = pack.course ? 1 : 0;
  for (std::size_t c = 0; c < pack.chapters.size(); ++c) {
    const auto chapter = static_cast<std::uint32_t>(c);
    if (pack.course)
      entries.push_back({.level = 1,
                         .number = std::to_string(c + 1),
                         .title = pack.chapters[c].title,
                         .bookmark = chapter_bookmark(chapter)});
    if (c >= pack.sections.size()) continue;
    for (const pack::Section& section : pack.sections[c]) {
      const int level = std::max(section.level + shift, 1);
      if (level > kContentsDepth) continue;
      entries.push_back({.level = level,
                         .number = section.number,
                         .title = section.title,
                         .bookmark = heading_bookmark(chapter, section.block)});
    }
  }
  for (const BackSection& section : back)
    entries.push_back({.level = 1, .title = section.title, .bookmark = section.bookmark});
  return entries;
}

void append_contents(pugi::xml_node body, const std::vector<ContentsEntry>& entries) {
  append_text(append_paragraph(body, {.style = "TOCHeading"}), "Contents");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const ContentsEntry& entry = entries[i];
    static constexpr const char* kStyles[kContentsDepth] = {"TOC1", "TOC2", "TOC3"};
    pugi::xml_node p = append_paragraph(
        body, {.style = kStyles[static_cast<std::size_t>(std::clamp(entry.level, 1, kContentsDepth) - 1)]});
    if (i == 0) append_field_begin(p, toc_instruction(kContentsDepth));
    pugi::xml_node link = append_internal_link(p, entry.bookmark);
    append_text(link, entry.number.empty() ? entry.title : entry.number + "\t" + entry.title);
    if (i + 1 == entries.size()) append_field_end(p);
  }
}

}  // namespace np::write::docx
