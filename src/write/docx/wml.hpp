#pragma once

/// Typed WordprocessingML building blocks serialised with pugixml. Each properties struct is
/// written in the child order wml.xsd fixes, whatever order the caller filled it in.

#include <cstdint>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace np::write::docx {

inline constexpr const char* kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A paragraph's place in a list: w:numPr.
struct NumberingRef {
  int num_id = 0;
  int level = 0;  ///< w:ilvl, 0-8
};

enum class TabAlign : std::uint8_t { Left, Right };

struct TabStop {
  TabAlign align = TabAlign::Left;
  int position = 0;  ///< twips from the left margin
  bool dot_leader = false;
};

/// Spacing in twips; unset values are left to the style.
struct Spacing {
  std::optional<int> before;
  std::optional<int> after;
};

/// Indentation in twips.
struct Indent {
  int left = 0;
  int hanging = 0;
};

/// w:pPr. Empty members are not written.
struct ParagraphProps {
  std::string style;  ///< style id: "Heading1", "ListParagraph"
  bool keep_next = false;
  bool page_break_before = false;
  std::optional<NumberingRef> numbering;
  std::vector<TabStop> tabs;
  std::optional<Spacing> spacing;
  std::optional<Indent> indent;
  std::string_view justify;  ///< ST_Jc: "left", "center", "right"; a literal
  bool empty() const noexcept {
    return style.empty() && !keep_next && !page_break_before && !numbering && tabs.empty() && !spacing && !indent &&
           justify.empty();
  }
};

/// w:rPr. Empty members are not written. The strings are style ids and ST_ values, in
/// practice literals: a RunProps does not own them.
struct RunProps {
  std::string_view style;  ///< character style id: "EntityPerson", "Hyperlink"
  std::string_view font;   ///< w:rFonts for every script
  bool bold = false;
  bool italic = false;
  bool no_proof = false;
  std::string_view color;      ///< "RRGGBB"
  std::string_view underline;  ///< ST_Underline: "single", "dotted"...
  bool empty() const noexcept {
    return style.empty() && font.empty() && !bold && !italic && !no_proof && color.empty() && underline.empty();
  }
  friend bool operator==(const RunProps&, const RunProps&) = default;
};

/// Sets an attribute from a string_view (pugixml copies it).
void set_attr(pugi::xml_node node, const char* name, std::string_view value);
/// Appends `<name w:val="value"/>`.
pugi::xml_node append_val(pugi::xml_node parent, const char* name, std::string_view value);

/// Appends `<w:pPr>` as the first child of paragraph `p` (nothing if `props` is empty).
void write_paragraph_props(pugi::xml_node p, const ParagraphProps& props);
/// Appends `<w:rPr>` to run `r` (nothing if `props` is empty).
void write_run_props(pugi::xml_node r, const RunProps& props);

/// Appends a `<w:p>` with the given properties.
pugi::xml_node append_paragraph(pugi::xml_node parent, const ParagraphProps& props);

/// True if a w:t (or w:instrText) holding `text` needs xml:space="preserve" for its spaces to
/// survive: leading or trailing whitespace, two whitespace characters in a row, or a tab,
/// newline or carriage return anywhere.
bool needs_space_preserve(std::string_view text) noexcept;

/// Appends `text` as run content: made XML-safe, "\n" becomes w:br, "\t" becomes w:tab and "\r"
/// is dropped; w:t carries xml:space="preserve" only when needs_space_preserve. When the last
/// child of `parent` is a text run (only w:t, w:tab, w:br after its w:rPr) with the same
/// properties, the text continues that run (and its last w:t) instead of starting a new one.
/// Nothing is appended for empty text.
void append_text(pugi::xml_node parent, std::string_view text, const RunProps& props = {});
/// append_text for text already known to be xml::is_xml_safe (no copy, no check).
void append_safe_text(pugi::xml_node parent, std::string_view text, const RunProps& props = {});

/// Appends a field without a result (XE): begin / instruction / end, each in its own run.
void append_field(pugi::xml_node parent, std::string_view instruction);
/// Appends a field with a cached result shown until the field is updated.
void append_field(pugi::xml_node parent, std::string_view instruction, std::string_view result,
                  const RunProps& props = {});
/// Appends a simple field (w:fldSimple) with a cached result: the same field as the complex
/// form above in a third of the bytes, for a field inside one paragraph (PAGEREF).
void append_simple_field(pugi::xml_node parent, std::string_view instruction, std::string_view result,
                         const RunProps& props = {});
/// The parts of a field whose result spans several paragraphs (TOC): begin + instruction +
/// separate, and end.
void append_field_begin(pugi::xml_node parent, std::string_view instruction);
void append_field_end(pugi::xml_node parent);

void append_bookmark_start(pugi::xml_node parent, std::uint32_t id, std::string_view name);
void append_bookmark_end(pugi::xml_node parent, std::uint32_t id);

/// Appends `<w:hyperlink w:anchor="…">` (a link to a bookmark); fill it with runs.
pugi::xml_node append_internal_link(pugi::xml_node parent, std::string_view bookmark);
/// Appends `<w:hyperlink r:id="…">` (an external link through a relationship).
pugi::xml_node append_external_link(pugi::xml_node parent, std::string_view relationship_id);

}  // namespace np::write::docx
