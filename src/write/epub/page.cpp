#include "write/epub/page.hpp"

#include "write/epub/layout.hpp"
#include "xml/xml.hpp"

namespace np::write::epub {

pugi::xml_node start_page(pugi::xml_document& doc, const std::string& language, const std::string& title,
                          const char* body_type) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  doc.append_child(pugi::node_doctype).set_value("html");
  pugi::xml_node html = doc.append_child("html");
  html.append_attribute("xmlns") = "http://www.w3.org/1999/xhtml";
  html.append_attribute("xmlns:epub") = "http://www.idpf.org/2007/ops";
  html.append_attribute("lang") = language.c_str();
  html.append_attribute("xml:lang") = language.c_str();
  pugi::xml_node head = html.append_child("head");
  head.append_child("meta").append_attribute("charset") = "utf-8";
  append_text_element(head, "title", title);
  pugi::xml_node css = head.append_child("link");
  css.append_attribute("rel") = "stylesheet";
  css.append_attribute("type") = "text/css";
  css.append_attribute("href") = kStyleFile;
  pugi::xml_node body = html.append_child("body");
  if (body_type) body.append_attribute("epub:type") = body_type;
  return body;
}

std::string finish_page(pugi::xml_document& doc) { return xml::to_xhtml_bytes(doc); }

pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text) {
  pugi::xml_node node = parent.append_child(name);
  append_text(node, text);
  return node;
}

void append_text(pugi::xml_node parent, std::string_view text) {
  if (text.empty()) return;
  parent.append_child(pugi::node_pcdata).set_value(xml::xml_safe(text).c_str());
}

}  // namespace np::write::epub
