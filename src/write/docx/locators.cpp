#include "write/docx/locators.hpp"

#include "write/docx/wml.hpp"

namespace np::write::docx {

void append_page_locators(pugi::xml_node p, const pack::Pack& pack,
                          std::span<const pack::Locator> locators, const Bookmarks& bookmarks) {
  for (std::size_t i = 0; i < locators.size(); ++i) {
    if (i > 0) append_text(p, ", ");
    const pack::Locator& where = locators[i];
    const std::string label = pack.locator_label(where);
    const std::string bookmark = mention_bookmark(where.chapter, where.mention);
    if (!bookmarks.placed(bookmark)) {
      append_text(p, label);
      continue;
    }
    pugi::xml_node link = append_internal_link(p, bookmark);
    append_field(link, pageref_instruction(bookmark), label);
  }
}

void append_label_locators(pugi::xml_node p, const pack::Pack& pack,
                           std::span<const pack::Locator> locators, const Bookmarks& bookmarks) {
  const RunProps link_style{.style = "Hyperlink"};
  for (std::size_t i = 0; i < locators.size(); ++i) {
    if (i > 0) append_text(p, "; ");
    const pack::Locator& where = locators[i];
    const std::string label = pack.locator_label(where);
    const std::string bookmark = mention_bookmark(where.chapter, where.mention);
    if (!bookmarks.placed(bookmark)) {
      append_text(p, label);
      continue;
    }
    append_text(append_internal_link(p, bookmark), label, link_style);
    append_text(p, ", p.\u00A0");
    append_field(append_internal_link(p, bookmark), pageref_instruction(bookmark), kUnknownPage);
  }
}

}  // namespace np::write::docx
