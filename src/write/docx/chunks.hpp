#pragma once

/// word/document.xml without one DOM for the whole body: the body is built a chunk of a few
/// hundred paragraphs at a time with pugixml, each chunk serialised into a piece of the part's
/// bytes and freed, so the writer holds the part as text plus at most one chunk as a DOM. The
/// pieces go to the archive as they are: the part is never joined into one string (which,
/// grown by doubling, cost a third of the DOCX writer's time on big notes, in copies and page
/// faults, and up to three times the part's size in memory).

#include <cstddef>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace np::write::docx {

/// How many checkpoints (blocks, entries) a chunk holds before it is serialised.
inline constexpr std::size_t kChunkCheckpoints = 256;

/// The w:body of a document, built in chunks. Append body children (paragraphs, the final
/// w:sectPr) to node(), and call checkpoint() wherever no child of node() is still being
/// filled: once the chunk holds kChunkCheckpoints pieces it is serialised and freed.
/// finish() serialises the rest and returns the whole part as pieces to be joined: the XML
/// declaration and w:document (a skeleton document serialised by pugixml, with
/// xml::to_bytes's flags) around the chunks. node() and every handle below it are invalid after checkpoint(): ask for
/// node() again.
class BodyChunks {
 public:
  /// Starts the part: w:document with the w and r namespaces, and an empty w:body.
  BodyChunks();
  BodyChunks(const BodyChunks&) = delete;
  BodyChunks& operator=(const BodyChunks&) = delete;

  /// The parent of the current chunk's body children (the chunk document itself).
  pugi::xml_node node() noexcept { return chunk_; }
  /// Marks a point where the chunk may be serialised; serialises it when it is full.
  void checkpoint();
  /// Serialises what is left and returns the part's bytes, in pieces (none empty). The object
  /// cannot be used afterwards.
  [[nodiscard]] std::vector<std::string> finish() &&;

 private:
  void flush();

  std::vector<std::string> pieces_;  // the part so far: the skeleton's head, then the chunks
  std::string tail_;                 // the skeleton after the chunks: "</w:body></w:document>"
  pugi::xml_document chunk_;
  std::size_t pending_ = 0;
};

}  // namespace np::write::docx
