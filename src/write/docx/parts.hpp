#pragma once

/// The parts around the document body: core and extended properties, settings and styles
/// (from the embedded templates in resources/docx/, adjusted with pugixml), and the page setup.

#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "pack/pack.hpp"

namespace np::write::docx {

/// `timestamp` (seconds since the Unix epoch) as W3CDTF in UTC: "2026-01-01T00:00:00Z".
std::string w3cdtf(std::int64_t timestamp);

/// docProps/core.xml: title, subject, creator "notepress", keywords (the people's names),
/// language, created and modified at `timestamp`.
std::string core_properties_xml(const pack::Pack& pack, std::int64_t timestamp);

/// docProps/app.xml: the application name.
std::string app_properties_xml();

/// word/settings.xml from resources/docx/settings.xml, with the document language and, when
/// `update_fields`, `<w:updateFields w:val="true"/>` in its schema position.
std::string settings_xml(std::string_view language, bool update_fields);

/// word/styles.xml from resources/docx/styles.xml with the document language as the default.
std::string styles_xml(std::string_view language);

/// Inserts a new child `name` of `parent` at its place in the schema sequence `order` (the
/// names of parent's possible children, in order): before the first existing child that
/// comes after `name` in `order`. Returns the new node. Unknown names go last.
pugi::xml_node insert_in_order(pugi::xml_node parent, std::string_view name,
                               const std::vector<std::string_view>& order);

/// Page setup for w:sectPr.
struct PageSetup {
  int width = 11906;  ///< A4, twips
  int height = 16838;
  int margin_top = 1417;
  int margin_bottom = 1417;
  int margin_left = 1304;
  int margin_right = 1304;
  int header = 709;
  int footer = 709;
  int columns = 1;
  std::string footer_id;  ///< relationship id of the default footer, or ""
};

/// Appends a w:sectPr to `parent` (children in CT_SectPr order): the body's final section
/// properties, or a paragraph's w:pPr for a section break.
void append_section_properties(pugi::xml_node parent, const PageSetup& page);

/// Appends an empty paragraph that ends the current section (laid out as `page`); the next
/// section starts on a new page.
void append_section_break(pugi::xml_node body, const PageSetup& page);

}  // namespace np::write::docx
