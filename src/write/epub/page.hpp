#pragma once

/// The skeleton every XHTML document of the book shares.

#include <pugixml.hpp>
#include <string>

namespace np::write::epub {

/// Starts an XHTML5 content document in `doc` (which must be empty): XML declaration,
/// <!DOCTYPE html>, html with the XHTML and epub namespaces, lang and xml:lang, a head with
/// <meta charset="utf-8"/>, `title` (must not be empty) and the book's stylesheet. Returns the
/// body, with epub:type `body_type` unless that is null.
pugi::xml_node start_page(pugi::xml_document& doc, const std::string& language, const std::string& title,
                          const char* body_type);

/// Serialises a page: `<p></p>`, never `<p/>`, for non-void elements.
std::string finish_page(pugi::xml_document& doc);

/// Appends an element with text content (through xml_safe).
pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text);

/// Appends `text` (through xml_safe) as a text node.
void append_text(pugi::xml_node parent, std::string_view text);

}  // namespace np::write::epub
