#pragma once

/// word/document.xml without one DOM for the whole body and without the whole part as text:
/// the body is built a chunk of a few hundred paragraphs at a time with pugixml, and each chunk
/// is serialised straight into the part's deflate stream and freed. The writer holds the part
/// compressed (a tenth of its size) plus at most one chunk as a DOM. (Holding the part as
/// text had cost ~27 bytes per byte of notes, and copies and page faults.)

#include <cstddef>
#include <pugixml.hpp>
#include <string>

#include "zip/deflate.hpp"

namespace np::write::docx {

/// How much a chunk holds before it is serialised, in pieces: a block of the notes, an entry
/// of the back matter, and each of an entry's locators (an entry for a name mentioned all
/// through a long file or a course pack has thousands).
inline constexpr std::size_t kChunkCheckpoints = 256;

/// The w:body of a document, built in chunks. Append body children (paragraphs, the final
/// w:sectPr) to node(), and call checkpoint() wherever no child of node() is still being
/// filled: once the chunk holds kChunkCheckpoints pieces it is serialised and freed.
/// finish() serialises the rest and returns the whole part, deflated: the XML declaration and
/// w:document (a skeleton document serialised by pugixml, with xml::to_bytes's flags) around
/// the chunks. node() and every handle below it are invalid after checkpoint(): ask for
/// node() again.
class BodyChunks {
 public:
  /// Starts the part: w:document with the w and r namespaces, and an empty w:body.
  BodyChunks();
  BodyChunks(const BodyChunks&) = delete;
  BodyChunks& operator=(const BodyChunks&) = delete;

  /// The parent of the current chunk's body children (the chunk document itself).
  pugi::xml_node node() noexcept { return chunk_; }
  /// Marks a point where the chunk may be serialised, `pieces` more since the last one;
  /// serialises it when it is full.
  void checkpoint(std::size_t pieces = 1);
  /// Serialises what is left and returns the part, deflated. The object cannot be used
  /// afterwards.
  [[nodiscard]] zip::Deflated finish() &&;

 private:
  void flush();

  zip::Deflater part_;  // the part so far: the skeleton's head, then the chunks
  std::string tail_;    // the skeleton after the chunks: "</w:body></w:document>"
  pugi::xml_document chunk_;
  std::size_t pending_ = 0;
};

}  // namespace np::write::docx
