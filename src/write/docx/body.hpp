#pragma once

/// The cleaned notes as WordprocessingML: blocks to w:p, standoff spans to runs, bookmarks at
/// the entity and date mentions a locator points to, XE fields after indexed mentions.

#include <cstdint>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <unordered_map>

#include "model/document.hpp"
#include "pack/pack.hpp"
#include "write/docx/chunks.hpp"
#include "write/docx/fields.hpp"
#include "write/docx/index.hpp"
#include "write/docx/locators.hpp"
#include "write/docx/numbering.hpp"
#include "write/docx/package.hpp"

namespace np::write::docx {

/// Highest heading level with its own style (Heading1..Heading6); deeper levels use it.
inline constexpr int kMaxHeadingLevel = 6;

/// The style id of a character style for an entity kind: "EntityPerson"...
const char* entity_style(model::EntityKind kind) noexcept;
inline constexpr const char* kDateStyle = "EntityDate";

/// What rendering one chapter needs besides its blocks. The references outlive the call.
struct BodyContext {
  std::uint32_t chapter = 0;  ///< index into Pack::chapters
  int heading_shift = 0;      ///< added to every heading level (1 in a course pack)
  /// The chapter's sections by heading block id: a heading is styled by its section's depth
  /// (so a document whose top headings are "##" still starts at Heading 1) and shows its
  /// number ("1.2") before the text.
  const std::unordered_map<std::uint32_t, const pack::Section*>* sections = nullptr;
  Bookmarks& bookmarks;
  Numbering& numbering;
  Relationships& links;  ///< the main document's relationships (external links)
  const IndexMarks& marks;
  const MentionTargets& targets;  ///< the mentions that get a bookmark
};

/// Appends the runs of `block` to paragraph `p`: spans become run properties, Link spans
/// hyperlinks, an Entity or Date span in ctx.targets a bookmark (mention_bookmark) around its
/// text, and an indexed mention its XE fields right after the text. Adjacent runs that look
/// the same with no bookmark or field between them are written as one w:r.
void append_inline(pugi::xml_node p, const model::TextBlock& block, BodyContext& ctx);

/// Appends `blocks` to `body` in order, with a checkpoint after each block (nested ones
/// included).
void append_blocks(BodyChunks& body, std::span<const model::Block> blocks, BodyContext& ctx);

/// How a heading paragraph is written.
struct HeadingSpec {
  int level = 1;         ///< already shifted; styled Heading1..Heading6 (deeper use Heading6)
  std::string bookmark;  ///< placed around the whole heading
  std::string number;    ///< "1.2", shown before the text in the SectionNumber style; or ""
  bool new_page = false;
};

/// Appends a heading paragraph for `text`.
void append_heading(pugi::xml_node body, const HeadingSpec& spec, const model::TextBlock& text, BodyContext& ctx);

/// A URL made safe for a relationship target: XML-safe, with spaces, quotes, angle brackets,
/// backslashes and non-ASCII bytes percent-encoded. "" if nothing usable is left.
std::string relationship_url(std::string_view href);

}  // namespace np::write::docx
