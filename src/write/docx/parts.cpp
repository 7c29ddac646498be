#include "write/docx/parts.hpp"

#include <algorithm>
#include <ctime>

#include "resources/resources.hpp"
#include "write/docx/wml.hpp"
#include "xml/xml.hpp"

namespace np::write::docx {
namespace {

// CT_Settings children up to w:listSeparator (wml.xsd), the ones around updateFields and
// themeFontLang in particular.
const std::vector<std::string_view> kSettingsOrder{"w:writeProtection",
                                                   "w:view",
                                                   "w:zoom",
                                                   "w:removePersonalInformation",
                                                   "w:removeDateAndTime",
                                                   "w:doNotDisplayPageBoundaries",
                                                   "w:displayBackgroundShape",
                                                   "w:printPostScriptOverText",
                                                   "w:printFractionalCharacterWidth",
                                                   "w:printFormsData",
                                                   "w:embedTrueTypeFonts",
                                                   "w:embedSystemFonts",
                                                   "w:saveSubsetFonts",
                                                   "w:saveFormsData",
                                                   "w:mirrorMargins",
                                                   "w:alignBordersAndEdges",
                                                   "w:bordersDoNotSurroundHeader",
                                                   "w:bordersDoNotSurroundFooter",
                                                   "w:gutterAtTop",
                                                   "w:hideSpellingErrors",
                                                   "w:hideGrammaticalErrors",
                                                   "w:activeWritingStyle",
                                                   "w:proofState",
                                                   "w:formsDesign",
                                                   "w:attachedTemplate",
                                                   "w:linkStyles",
                                                   "w:stylePaneFormatFilter",
                                                   "w:stylePaneSortMethod",
                                                   "w:documentType",
                                                   "w:mailMerge",
                                                   "w:revisionView",
                                                   "w:trackRevisions",
                                                   "w:doNotTrackMoves",
                                                   "w:doNotTrackFormatting",
                                                   "w:documentProtection",
                                                   "w:autoFormatOverride",
                                                   "w:styleLockTheme",
                                                   "w:styleLockQFSet",
                                                   "w:defaultTabStop",
                                                   "w:autoHyphenation",
                                                   "w:consecutiveHyphenLimit",
                                                   "w:hyphenationZone",
                                                   "w:doNotHyphenateCaps",
                                                   "w:showEnvelope",
                                                   "w:summaryLength",
                                                   "w:clickAndTypeStyle",
                                                   "w:defaultTableStyle",
                                                   "w:evenAndOddHeaders",
                                                   "w:bookFoldRevPrinting",
                                                   "w:bookFoldPrinting",
                                                   "w:bookFoldPrintingSheets",
                                                   "w:drawingGridHorizontalSpacing",
                                                   "w:drawingGridVerticalSpacing",
                                                   "w:displayHorizontalDrawingGridEvery",
                                                   "w:displayVerticalDrawingGridEvery",
                                                   "w:doNotUseMarginsForDrawingGridOrigin",
                                                   "w:drawingGridHorizontalOrigin",
                                                   "w:drawingGridVerticalOrigin",
                                                   "w:doNotShadeFormData",
                                                   "w:noPunctuationKerning",
                                                   "w:characterSpacingControl",
                                                   "w:printTwoOnOne",
                                                   "w:strictFirstAndLastChars",
                                                   "w:noLineBreaksAfter",
                                                   "w:noLineBreaksBefore",
                                                   "w:savePreviewPicture",
                                                   "w:doNotValidateAgainstSchema",
                                                   "w:saveInvalidXml",
                                                   "w:ignoreMixedContent",
                                                   "w:alwaysShowPlaceholderText",
                                                   "w:doNotDemarcateInvalidXml",
                                                   "w:saveXmlDataOnly",
                                                   "w:useXSLTWhenSaving",
                                                   "w:saveThroughXslt",
                                                   "w:showXMLTags",
                                                   "w:alwaysMergeEmptyNamespace",
                                                   "w:updateFields",
                                                   "w:hdrShapeDefaults",
                                                   "w:footnotePr",
                                                   "w:endnotePr",
                                                   "w:compat",
                                                   "w:docVars",
                                                   "w:rsids",
                                                   "m:mathPr",
                                                   "w:attachedSchema",
                                                   "w:themeFontLang",
                                                   "w:clrSchemeMapping",
                                                   "w:doNotIncludeSubdocsInStats",
                                                   "w:doNotAutoCompressPictures",
                                                   "w:forceUpgrade",
                                                   "w:captions",
                                                   "w:readModeInkLockDown",
                                                   "w:smartTagType",
                                                   "sl:schemaLibrary",
                                                   "w:shapeDefaults",
                                                   "w:doNotEmbedSmartTags",
                                                   "w:decimalSymbol",
                                                   "w:listSeparator"};

pugi::xml_node child_or_insert(pugi::xml_node parent, std::string_view name,
                               const std::vector<std::string_view>& order) {
  pugi::xml_node found = parent.child(std::string(name).c_str());
  return found ? found : insert_in_order(parent, name, order);
}

void add_text_element(pugi::xml_node parent, const char* name, std::string_view text) {
  const std::string safe = xml::xml_safe(text);
  parent.append_child(name).text().set(safe.data(), safe.size());
}

}  // namespace

pugi::xml_node insert_in_order(pugi::xml_node parent, std::string_view name,
                               const std::vector<std::string_view>& order) {
  const auto rank = [&](std::string_view n) {
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), n) - order.begin());
  };
  const std::size_t mine = rank(name);
  const std::string owned(name);
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && rank(child.name()) > mine)
      return parent.insert_child_before(owned.c_str(), child);
  }
  return parent.append_child(owned.c_str());
}

std::string w3cdtf(std::int64_t timestamp) {
  const auto seconds = static_cast<std::time_t>(timestamp);
  std::tm fields{};
  gmtime_r(&seconds, &fields);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &fields);
  return text;
}

std::string core_properties_xml(const pack::Pack& pack, std::int64_t timestamp) {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp") = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  root.append_attribute("xmlns:dcmitype") = "http://purl.org/dc/dcmitype/";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  add_text_element(root, "dc:title", pack.title);
  add_text_element(root, "dc:subject", pack.course ? "Course revision pack" : "Revision pack");
  // Several authors as Word joins them; notepress made the file when the notes name nobody.
  std::string creator;
  for (const std::string& author : pack.authors) creator += (creator.empty() ? "" : "; ") + author;
  add_text_element(root, "dc:creator", creator.empty() ? "notepress" : creator);
  std::string keywords;
  for (const pack::Person& person : pack.people) {
    if (!keywords.empty()) keywords += ", ";
    keywords += person.name;
  }
  add_text_element(root, "cp:keywords", keywords);
  add_text_element(root, "dc:language", pack.language);
  const std::string when = w3cdtf(timestamp);
  for (const char* name : {"dcterms:created", "dcterms:modified"}) {
    pugi::xml_node date = root.append_child(name);
    date.append_attribute("xsi:type") = "dcterms:W3CDTF";
    date.text() = when.c_str();
  }
  return xml::to_bytes(doc);
}

std::string app_properties_xml() {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("Properties");
  root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
  root.append_attribute("xmlns:vt") = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  root.append_child("Application").text() = "notepress";
  return xml::to_bytes(doc);
}

std::string settings_xml(std::string_view language, bool update_fields) {
  pugi::xml_document doc;
  xml::parse(doc, resources::get("docx/settings.xml"), "docx/settings.xml");
  pugi::xml_node settings = doc.child("w:settings");
  if (update_fields) insert_in_order(settings, "w:updateFields", kSettingsOrder).append_attribute("w:val") = "true";
  pugi::xml_node lang = child_or_insert(settings, "w:themeFontLang", kSettingsOrder);
  lang.remove_attribute("w:val");
  set_attr(lang, "w:val", xml::xml_safe(language));
  return xml::to_bytes(doc);
}

std::string styles_xml(std::string_view language) {
  pugi::xml_document doc;
  xml::parse(doc, resources::get("docx/styles.xml"), "docx/styles.xml");
  pugi::xml_node lang =
      doc.child("w:styles").child("w:docDefaults").child("w:rPrDefault").child("w:rPr").child("w:lang");
  if (lang) lang.attribute("w:val").set_value(xml::xml_safe(language).c_str());
  return xml::to_bytes(doc);
}

void append_section_properties(pugi::xml_node parent, const PageSetup& page) {
  pugi::xml_node sect = parent.append_child("w:sectPr");
  if (!page.footer_id.empty()) {
    pugi::xml_node footer = sect.append_child("w:footerReference");
    footer.append_attribute("w:type") = "default";
    set_attr(footer, "r:id", page.footer_id);
  }
  pugi::xml_node size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = page.width;
  size.append_attribute("w:h") = page.height;
  pugi::xml_node margins = sect.append_child("w:pgMar");
  margins.append_attribute("w:top") = page.margin_top;
  margins.append_attribute("w:right") = page.margin_right;
  margins.append_attribute("w:bottom") = page.margin_bottom;
  margins.append_attribute("w:left") = page.margin_left;
  margins.append_attribute("w:header") = page.header;
  margins.append_attribute("w:footer") = page.footer;
  margins.append_attribute("w:gutter") = 0;
  pugi::xml_node cols = sect.append_child("w:cols");
  if (page.columns > 1) cols.append_attribute("w:num") = page.columns;
  cols.append_attribute("w:space") = page.columns > 1 ? 567 : 708;
  sect.append_child("w:docGrid").append_attribute("w:linePitch") = 360;
}

void append_section_break(pugi::xml_node body, const PageSetup& page) {
  // w:sectPr is the last child of w:pPr that we write (CT_PPr: ..., rPr, sectPr, pPrChange).
  append_section_properties(body.append_child("w:p").append_child("w:pPr"), page);
}

}  // namespace np::write::docx
