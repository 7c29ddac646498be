#include "write/docx/wml.hpp"

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

void append_t(pugi::xml_node r, std::string_view text) {
  pugi::xml_node t = r.append_child("w:t");
  t.append_attribute("xml:space") = "preserve";
  t.text().set(text.data(), text.size());
}

void append_fld_char(pugi::xml_node parent, const char* type) {
  parent.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") = type;
}

void append_instruction(pugi::xml_node parent, std::string_view instruction) {
  pugi::xml_node instr = parent.append_child("w:r").append_child("w:instrText");
  instr.append_attribute("xml:space") = "preserve";
  const std::string safe = xml::xml_safe(instruction);
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

void append_text(pugi::xml_node parent, std::string_view text, const RunProps& props) {
  if (text.empty()) return;
  const std::string safe = xml::xml_safe(text);
  pugi::xml_node r = append_run(parent, props);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= safe.size(); ++i) {
    const bool end = i == safe.size();
    if (!end && safe[i] != '\n' && safe[i] != '\t' && safe[i] != '\r') continue;
    if (i > start) append_t(r, std::string_view(safe).substr(start, i - start));
    if (!end && safe[i] == '\t') r.append_child("w:tab");
    if (!end && safe[i] == '\n') r.append_child("w:br");
    start = i + 1;
  }
}

void append_field(pugi::xml_node parent, std::string_view instruction) {
  append_fld_char(parent, "begin");
  append_instruction(parent, instruction);
  append_fld_char(parent, "end");
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
  pugi::xml_node link = parent.append_child("w:hyperlink");
  set_attr(link, "w:anchor", bookmark);
  link.append_attribute("w:history") = "1";
  return link;
}

pugi::xml_node append_external_link(pugi::xml_node parent, std::string_view relationship_id) {
  pugi::xml_node link = parent.append_child("w:hyperlink");
  set_attr(link, "r:id", relationship_id);
  link.append_attribute("w:history") = "1";
  return link;
}

}  // namespace np::write::docx
