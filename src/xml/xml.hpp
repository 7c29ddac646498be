#pragma once

/// pugixml helpers: every XML part notepress writes is serialised through here.

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace np::xml {

/// Serialises `doc` with an XML declaration, UTF-8, no indentation (or two-space indentation
/// when `indent`). Control characters XML 1.0 cannot hold are dropped, never escaped.
std::string to_bytes(const pugi::xml_document& doc, bool indent = false);

/// Appends `node` and what is below it to `out`, as to_bytes writes them (no indentation)
/// but without an XML declaration: for parts serialised a piece at a time.
void append_bytes(pugi::xml_node node, std::string& out);
/// The same, handed to `out` as pugixml writes it (a stream, a compressor).
void write_bytes(pugi::xml_node node, pugi::xml_writer& out);

/// XHTML serialisation: non-void elements without content are written `<p></p>`, never
/// `<p/>` (which an HTML parser reads as an unclosed tag); void elements stay `<br/>`.
/// `doctype` adds `<!DOCTYPE html>`.
std::string to_xhtml_bytes(pugi::xml_document& doc, bool indent = false);

/// Parses `bytes`; throws Error(Xml) with the parser's message and byte offset, naming `what`.
void parse(pugi::xml_document& doc, std::string_view bytes, const std::string& what);

/// Re-serialises XML with indentation, for readable golden files.
std::string pretty(std::string_view bytes, const std::string& what);

/// True if `text` can go into XML as it is: valid UTF-8 without C0 controls (other than tab,
/// newline and carriage return) and without U+FFFE or U+FFFF. One pass, no allocation.
bool is_xml_safe(std::string_view text) noexcept;

/// Returns `text` without the characters XML 1.0 cannot hold (C0 controls other than tab and
/// newline, U+FFFE, U+FFFF) and with invalid UTF-8 bytes replaced by U+FFFD.
std::string xml_safe(std::string_view text);

}  // namespace np::xml
