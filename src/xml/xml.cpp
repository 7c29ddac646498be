#include "xml/xml.hpp"

#include <array>
#include <cstring>

#include "base/error.hpp"
#include "base/utf8.hpp"

namespace np::xml {
namespace {

/// Appends what pugixml writes to a string.
struct StringSink final : pugi::xml_writer {
  explicit StringSink(std::string& out) : bytes(out) {}
  void write(const void* data, std::size_t size) override { bytes.append(static_cast<const char*>(data), size); }
  std::string& bytes;
};

unsigned flags_for(bool indent) {
  // Without format_skip_control_chars pugixml writes U+0001 as "&#01;" (not XML 1.0).
  unsigned flags = pugi::format_skip_control_chars;
  flags |= indent ? pugi::format_indent : pugi::format_raw;
  return flags;
}

bool is_void_element(const char* name) {
  static constexpr std::array kVoid{"area",  "base", "br",   "col",    "embed", "hr", "img",
                                    "input", "link", "meta", "source", "track", "wbr"};
  for (const char* v : kVoid)
    if (std::strcmp(v, name) == 0) return true;
  return false;
}

void open_empty_elements(pugi::xml_node node) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    if (!child.first_child() && !is_void_element(child.name()))
      child.append_child(pugi::node_pcdata);
    else
      open_empty_elements(child);
  }
}

}  // namespace

std::string to_bytes(const pugi::xml_document& doc, bool indent) {
  std::string bytes;
  StringSink sink(bytes);
  doc.save(sink, "  ", flags_for(indent), pugi::encoding_utf8);
  return bytes;
}

void append_bytes(pugi::xml_node node, std::string& out) {
  StringSink sink(out);
  write_bytes(node, sink);
}

void write_bytes(pugi::xml_node node, pugi::xml_writer& out) {
  node.print(out, "", flags_for(false), pugi::encoding_utf8);
}

std::string to_xhtml_bytes(pugi::xml_document& doc, bool indent) {
  open_empty_elements(doc);
  return to_bytes(doc, indent);
}

void parse(pugi::xml_document& doc, std::string_view bytes, const std::string& what) {
  const pugi::xml_parse_result result = doc.load_buffer(
      bytes.data(), bytes.size(),
      pugi::parse_default | pugi::parse_declaration | pugi::parse_doctype | pugi::parse_ws_pcdata_single,
      pugi::encoding_utf8);
  if (!result)
    throw Error(ErrorKind::Xml, std::string(result.description()) + " at byte " + std::to_string(result.offset), what);
}

std::string pretty(std::string_view bytes, const std::string& what) {
  pugi::xml_document doc;
  parse(doc, bytes, what);
  return to_bytes(doc, true);
}

bool is_xml_safe(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    if (c == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' && (text[i + 2] == '\xBE' || text[i + 2] == '\xBF'))
      return false;
  }
  return !utf8::find_invalid(text);
}

std::string xml_safe(std::string_view text) {
  if (is_xml_safe(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    const auto bad = utf8::find_invalid(text.substr(i, len));
    if (i + len > text.size() || (bad && *bad == 0)) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    std::size_t p = i;
    const char32_t cp = utf8::next(text, p);
    if (cp != 0xFFFE && cp != 0xFFFF) out.append(text, i, p - i);
    i = p;
  }
  return out;
}

}  // namespace np::xml
