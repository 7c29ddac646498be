#pragma once

/// The package document (package.opf): metadata, manifest and spine, plus the identifier
/// and modification time it records.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "pack/pack.hpp"
#include "write/epub/layout.hpp"
#include "zip/archive.hpp"

namespace np::write::epub {

enum class SpineRole : std::uint8_t { None, Linear, NonLinear };

/// One file of the book under EPUB/: the manifest and the ZIP are written from the same
/// list, so they cannot disagree. Exactly one of `bytes` / `static_bytes` holds the content.
struct Item {
  std::string id;    ///< manifest id (an XML name): "ch1-2"
  std::string href;  ///< relative to package.opf: "ch1-2.xhtml"
  std::string_view media_type;
  std::string properties;  ///< "nav", "index" or ""
  SpineRole spine = SpineRole::None;
  zip::Prepared bytes;            ///< deflated as soon as rendered (see zip::prepare)
  std::string_view static_bytes;  ///< embedded resources: added to the ZIP without a copy
};

/// "urn:uuid:…" derived from the pack's title, language and every chapter's name and text
/// (XXH3-128; RFC 9562 version 8, "custom"): the same notes give the same identifier.
std::string content_uuid(const pack::Pack& pack);

/// `timestamp` (seconds since the Unix epoch, UTC) as CCYY-MM-DDThh:mm:ssZ, clamped to
/// years 1970-9999.
std::string modified_time(std::int64_t timestamp);

/// package.opf for EPUB 3.0: dc:identifier (`uid`), dc:title, dc:language, one
/// dcterms:modified; the items in order as the manifest; the spine from their roles, with
/// toc="ncx" when an item is the NCX.
std::string render_package(const Book& book, const std::string& uid, const std::string& modified,
                           std::span<const Item> items);

}  // namespace np::write::epub
