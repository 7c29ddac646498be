#include "write/docx/wml.hpp"

#include <cstring>

#include "xml/xml.hpp"

namespace np::write::docx {
namespace {

void write_tabs(pugi::xml_node ppr, const std::vector<TabStop>& tabs) {
  if (tabs.empty()) return;
  pugi::xml_node list = ppr.append_child("w:tabs");
  for (const TabStop& t : tabs) {
    pugi::xml_node tab = list.append_child("w:tab");
    tab.append_attribute("w:val") = t.align == TabAlign::Right ? "right" : "left";
    if (t.dot_leader) tab.append_attribute("w:leader") = "dot";
    tab.append_attribute("w:pos") = t.position;
  }
}

pugi::xml_node append_run(pugi::xml_node parent, const RunProps& props) {
  pugi::xml_node r = parent.append_child("w:r");
  write_run_props(r, props);
  return r;
}

bool named(pugi::xml_node node, const char* name) { return node && std::strcmp(node.name(), name) == 0; }

/// True if the w:rPr of run `r` is what write_run_props writes for `props`.
bool has_run_props(pugi::xml_node r, const RunProps& props) {
  pugi::xml_node rpr = r.first_child();
  if (!named(rpr, "w:rPr")) return props.empty();
  pugi::xml_node at = rpr.first_child();
  auto take = [&](const char* name) {
    if (!named(at, name)) return false;
    at = at.next_sibling();
    return true;
  };
  auto take_val = [&](const char* name, std::string_view value) {
    return named(at, name) && at.attribute("w:val").value() == value && take(name);
  };
  if (!props.style.empty() && !take_val("w:rStyle", props.style)) return false;
  if (!props.font.empty() &&
      !(named(at, "w:rFonts") && at.attribute("w:ascii").value() == props.font && take("w:rFonts")))
    return false;
  if (props.bold && !(take("w:b") && take("w:bCs"))) return false;
  if (props.italic && !(take("w:i") && take("w:iCs"))) return false;
  if (props.no_proof && !take("w:noProof")) return false;
  if (!props.color.empty() && !take_val("w:color", props.color)) return false;
  if (!props.underline.empty() && !take_val("w:u", props.underline)) return false;
  return !at;
}

/// The run at the end of `parent` that text with `props` may continue, or null: a w:r holding
/// only text content (no field characters, no page break) with the same properties.
pugi::xml_node continuable_run(pugi::xml_node parent, const RunProps& props) {
  pugi::xml_node r = parent.last_child();
  if (!named(r, "w:r")) return {};
  pugi::xml_node last = r.last_child();
  const bool text_content =
      named(last, "w:t") || named(last, "w:tab") || (named(last, "w:br") && !last.first_attribute());
  return text_content && has_run_props(r, props) ? r : pugi::xml_node();
}

void set_space_preserve(pugi::xml_node t, bool preserve) {
  pugi::xml_attribute space = t.attribute("xml:space");
  if (preserve && !space) t.append_attribute("xml:space") = "preserve";
  if (!preserve && space) t.remove_attribute(space);
}

/// Appends `text` (no tab, newline or carriage return) to run `r`: into its last w:t if it
/// ends with one, else in a new w:t.
void append_t(pugi::xml_node r, std::string_view text) {
  pugi::xml_node last = r.last_child();
  if (named(last, "w:t")) {
    std::string joined = last.text().get();
    joined.append(text);
    last.text().set(joined.data(), joined.size());
    set_space_preserve(last, needs_space_preserve(joined));
    return;
  }
  pugi::xml_node t = r.append_child("w:t");
  if (needs_space_preserve(text)) t.append_attribute("xml:space") = "preserve";
  t.text().set(text.data(), text.size());
}

void append_fld_char(pugi::xml_node parent, const char* type) {
  parent.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") = type;
}

void append_instruction(pugi::xml_node parent, std::string_view instruction) {
  pugi::xml_node instr = parent.append_child("w:r").append_child("w:instrText");
  const std::string safe = xml::xml_safe(instruction);
  if (needs_space_preserve(safe)) instr.append_attribute("xml:space") = "preserve";
  instr.text().set(safe.data(), safe.size());
}

}  // namespace

void set_attr(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(value.data(), value.size());
}

pugi::xml_node append_val(pugi::xml_node parent, const char* name, std::string_view value) {
  pugi::xml_node node = parent.append_child(name);
  set_attr(node, "w:val", value);
  return node;
}

// Order from wml.xsd CT_PPrBase: pStyle, keepNext, keepLines, pageBreakBefore, framePr,
// widowControl, numPr, ..., tabs, ..., spacing, ind, ..., jc, ..., outlineLvl.
void write_paragraph_props(pugi::xml_node p, const ParagraphProps& props) {
  if (props.empty()) return;
  pugi::xml_node ppr = p.prepend_child("w:pPr");
  if (!props.style.empty()) append_val(ppr, "w:pStyle", props.style);
  if (props.keep_next) ppr.append_child("w:keepNext");
  if (props.page_break_before) ppr.append_child("w:pageBreakBefore");
  if (props.numbering) {
    pugi::xml_node num = ppr.append_child("w:numPr");
    num.append_child("w:ilvl").append_attribute("w:val") = props.numbering->level;
    num.append_child("w:numId").append_attribute("w:val") = props.numbering->num_id;
  }
  write_tabs(ppr, props.tabs);
  if (props.spacing) {
    pugi::xml_node spacing = ppr.append_child("w:spacing");
    if (props.spacing->before) spacing.append_attribute("w:before") = *props.spacing->before;
    if (props.spacing->after) spacing.append_attribute("w:after") = *props.spacing->after;
  }
  if (props.indent) {
    pugi::xml_node ind = ppr.append_child("w:ind");
    ind.append_attribute("w:left") = props.indent->left;
    if (props.indent->hanging > 0) ind.append_attribute("w:hanging") = props.indent->hanging;
  }
  if (!props.justify.empty()) append_val(ppr, "w:jc", props.justify);
}

// Order from wml.xsd EG_RPrBase: rStyle, rFonts, b, bCs, i, iCs, ..., noProof, ..., color, ...,
// u, ...
void write_run_props(pugi::xml_node r, const RunProps& props) {
  if (props.empty()) return;
  pugi::xml_node rpr = r.prepend_child("w:rPr");
  if (!props.style.empty()) append_val(rpr, "w:rStyle", props.style);
  if (!props.font.empty()) {
    pugi::xml_node fonts = rpr.append_child("w:rFonts");
    set_attr(fonts, "w:ascii", props.font);
    set_attr(fonts, "w:hAnsi", props.font);
    set_attr(fonts, "w:cs", props.font);
  }
  if (props.bold) {
    rpr.append_child("w:b");
    rpr.append_child("w:bCs");
  }
  if (props.italic) {
    rpr.append_child("w:i");
    rpr.append_child("w:iCs");
  }
  if (props.no_proof) rpr.append_child("w:noProof");
  if (!props.color.empty()) append_val(rpr, "w:color", props.color);
  if (!props.underline.empty()) append_val(rpr, "w:u", props.underline);
}

pugi::xml_node append_paragraph(pugi::xml_node parent, const ParagraphProps& props) {
  pugi::xml_node p = parent.append_child("w:p");
  write_paragraph_props(p, props);
  return p;
}

bool needs_space_preserve(std::string_view text) noexcept {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  if (text.empty()) return false;
  if (space(text.front()) || space(text.back())) return true;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '\t' || text[i] == '\n' || text[i] == '\r') return true;
    if (text[i] == ' ' && space(text[i + 1])) return true;
  }
  return false;
}

void append_text(pugi::xml_node parent, std::string_view text, const RunProps& props) {
  if (xml::is_xml_safe(text)) {
    append_safe_text(parent, text, props);
    return;
  }
  append_safe_text(parent, xml::xml_safe(text), props);
}

void append_safe_text(pugi::xml_node parent, std::string_view text, const RunProps& props) {
  if (text.empty()) return;
  pugi::xml_node r = continuable_run(parent, props);
  if (!r) r = append_run(parent, props);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size();
    if (!end && text[i] != '\n' && text[i] != '\t' && text[i] != '\r') continue;
    if (i > start) append_t(r, text.substr(start, i - start));
    if (!end && text[i] == '\t') r.append_child("w:tab");
    if (!end && text[i] == '\n') r.append_child("w:br");
    start = i + 1;
  }
}

void append_field(pugi::xml_node parent, std::string_view instruction) {
  append_fld_char(parent, "begin");
  append_instruction(parent, instruction);
  append_fld_char(parent, "end");
}

void append_simple_field(pugi::xml_node parent, std::string_view instruction, std::string_view result,
                         const RunProps& props) {
  pugi::xml_node field = parent.append_child("w:fldSimple");
  const std::string safe = xml::xml_safe(instruction);
  field.append_attribute("w:instr") = safe.c_str();
  append_text(field, result, props);
}

void append_field(pugi::xml_node parent, std::string_view instruction, std::string_view result, const RunProps& props) {
  append_field_begin(parent, instruction);
  append_text(parent, result, props);
  append_field_end(parent);
}

void append_field_begin(pugi::xml_node parent, std::string_view instruction) {
  append_fld_char(parent, "begin");
  append_instruction(parent, instruction);
  append_fld_char(parent, "separate");
}

void append_field_end(pugi::xml_node parent) { append_fld_char(parent, "end"); }

void append_bookmark_start(pugi::xml_node parent, std::uint32_t id, std::string_view name) {
  pugi::xml_node b = parent.append_child("w:bookmarkStart");
  b.append_attribute("w:id") = id;
  set_attr(b, "w:name", name);
}

void append_bookmark_end(pugi::xml_node parent, std::uint32_t id) {
  parent.append_child("w:bookmarkEnd").append_attribute("w:id") = id;
}

pugi::xml_node append_internal_link(pugi::xml_node parent, std::string_view bookmark) {
  // No w:history: it only adds the jump to Word's list of visited links, and there are tens
  // of thousands of these links in a big pack.
  pugi::xml_node link = parent.append_child("w:hyperlink");
  set_attr(link, "w:anchor", bookmark);
  return link;
}

pugi::xml_node append_external_link(pugi::xml_node parent, std::string_view relationship_id) {
  pugi::xml_node link = parent.append_child("w:hyperlink");
  set_attr(link, "r:id", relationship_id);
  link.append_attribute("w:history") = "1";
  return link;
}

}  // namespace np::write::docx
