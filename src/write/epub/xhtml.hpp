#pragma once

/// The body renderer: model blocks and inline runs to XHTML elements, built with pugixml.
/// Knows nothing about EPUB packaging (files, index, anchors registry): what it needs from
/// its caller comes through `Hooks`, so an HTML writer can reuse it unchanged.
///
/// Markup:
///   Paragraph → p · Heading → h1–h6 id="b<block id>" · CodeBlock → pre > code ·
///   List → ul / ol (start, type) > li · Quote → blockquote ·
///   Emphasis → em · Strong → strong · Code → code · Link → a href (absolute http(s)/mailto
///   only; other targets become span class="link") ·
///   Entity → span class="entity <kind>" id="m<mention>", wrapped in a class="ix" when the
///   caller gives the entity an href (never inside another a) ·
///   Date → span class="entity date".
/// Crossing spans are split so that elements nest: a span starting earlier (or, at the same
/// start, ending later) is the outer one; a span cut in pieces carries its id on the first.

#include <cstdint>
#include <functional>
#include <pugixml.hpp>
#include <span>
#include <string>

#include "model/document.hpp"

namespace np::write::epub {

struct Hooks {
  /// Added to a heading's level (level 1 + 1 → h2); the result is clamped to 1–6.
  int heading_shift = 0;
  /// The level to use for a heading instead of Heading::level (e.g. its depth once skipped
  /// levels are closed up), or 0 to keep the model's. Unset: the model's.
  std::function<int(const model::Block& heading)> heading_level;
  /// href of an entity's index entry, or "" for no link. Unset: no links.
  std::function<std::string(const model::Entity&)> entity_href;
  /// Asked before a mention's id ("m<n>") is written; false leaves the id out (e.g. an id
  /// already used in this document). Unset: ids are always written.
  std::function<bool(std::uint32_t mention)> claim_mention;
  /// Text shown before a heading's content ("1.2"), or "". Unset: none.
  std::function<std::string(const model::Block& heading)> heading_number;
  /// Called for each heading after its element (id "b<block id>") is created.
  std::function<void(const model::Block& heading)> on_heading;
};

/// Appends the text of `block` with its spans as nested inline elements to `parent`.
/// Text goes through xml::xml_safe. O(n log n) in the number of spans.
void append_inlines(pugi::xml_node parent, const model::TextBlock& block, const Hooks& hooks);

/// Appends `blocks` (and their children, recursively) to `parent`.
void append_blocks(pugi::xml_node parent, std::span<const model::Block> blocks, const Hooks& hooks);

/// The href a Link span may carry in an e-book: absolute http, https or mailto URLs, with
/// spaces, non-ASCII bytes and characters URLs cannot hold percent-encoded. "" if the link
/// should not be a hyperlink (relative targets would point at files the book lacks).
std::string safe_href(std::string_view href);

/// "b<id>": the id of a heading element.
std::string heading_id(std::uint32_t block_id);
/// "m<n>": the id of a mention's element.
std::string mention_id(std::uint32_t mention);

}  // namespace np::write::epub
