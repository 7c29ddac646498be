#pragma once

/// An OPC package (ECMA-376 Part 2) as a value: ordered parts, their content types and the
/// relationships between them. Composed by the DOCX writer, then written to a zip::Archive.

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "zip/deflate.hpp"

namespace np::write::docx {

/// What a part is: decides its content type and the type of the relationship that points to it.
enum class PartKind : std::uint8_t {
  MainDocument,
  Styles,
  Numbering,
  Settings,
  FontTable,
  Footer,
  CoreProperties,
  ExtendedProperties,
};

/// The content type of a part of this kind (Transitional).
std::string_view media_type(PartKind kind) noexcept;
/// The relationship type that targets a part of this kind.
std::string_view relationship_type(PartKind kind) noexcept;

/// The relationship type of an external hyperlink.
inline constexpr std::string_view kHyperlinkRelationship =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

struct Relationship {
  std::string id;      ///< "rId1", unique within its source
  std::string type;    ///< a relationship type URI
  std::string target;  ///< relative to the source part's folder, or a URI when external
  bool external = false;
};

/// The relationships of one source part (or of the package itself). Ids are allocated
/// "rId1", "rId2"... in the order relationships are added.
class Relationships {
 public:
  /// Adds a relationship to an internal part; returns its id.
  std::string add(std::string_view type, std::string target);
  /// Returns the id of an external hyperlink relationship to `url`, adding it once per url.
  [[nodiscard]] std::string add_hyperlink(const std::string& url);
  std::span<const Relationship> all() const noexcept { return list_; }
  bool empty() const noexcept { return list_.empty(); }

 private:
  std::vector<Relationship> list_;
  std::map<std::string, std::string, std::less<>> hyperlinks_;  // url -> id
};

/// One part: its name (no leading slash, e.g. "word/document.xml") and bytes: generated
/// (owned), static (an embedded resource, not copied) or deflated as they were written (a
/// large part; see BodyChunks).
struct Part {
  std::string name;
  PartKind kind = PartKind::MainDocument;
  std::variant<std::string, std::string_view, zip::Deflated> bytes;
};

class Package {
 public:
  /// Adds a part whose bytes the package keeps (moved in). Part names must be unique (asserted).
  void add_part(std::string name, PartKind kind, std::string bytes);
  /// Adds a part deflated as it was written (a large part; see BodyChunks).
  void add_part(std::string name, PartKind kind, zip::Deflated bytes);
  /// Adds a part whose bytes live in static storage (an embedded resource).
  void add_static_part(std::string name, PartKind kind, std::string_view bytes);

  /// Relates `source` ("" for the package) to the part `target`; returns the relationship id.
  std::string relate(std::string_view source, PartKind kind, std::string_view target);
  /// The relationships of `source` ("" for the package), created empty if needed.
  Relationships& relationships(std::string_view source);

  /// "[Content_Types].xml": Defaults for rels and xml, an Override per part.
  std::string content_types_xml() const;
  /// The ".rels" part for `source`.
  std::string relationships_xml(std::string_view source) const;
  /// Name of the rels part for `source`: "_rels/.rels", "word/_rels/document.xml.rels".
  static std::string relationships_part_name(std::string_view source);

  /// The package as ZIP bytes: [Content_Types].xml, _rels/.rels, the parts in the order added,
  /// then the other .rels parts in source order. Deterministic for the same calls. On an
  /// rvalue the generated parts' bytes move into the archive (no copy; the package is left
  /// without them); on an lvalue they are copied and the package stays as it was.
  std::string to_zip(std::int64_t timestamp) &&;
  std::string to_zip(std::int64_t timestamp) const&;

 private:
  std::vector<Part> parts_;
  std::map<std::string, Relationships, std::less<>> relationships_;
};

/// Path of `target` relative to the folder of `source`: ("word/document.xml",
/// "word/styles.xml") -> "styles.xml"; ("", "word/document.xml") -> "word/document.xml";
/// otherwise an absolute "/docProps/core.xml".
std::string relative_target(std::string_view source, std::string_view target);

}  // namespace np::write::docx
