#include "write/docx/chunks.hpp"

#include "base/error.hpp"
#include "write/docx/wml.hpp"
#include "xml/xml.hpp"

namespace np::write::docx {
namespace {

constexpr const char* kPlaceholder = "np-body-chunks";

}  // namespace

BodyChunks::BodyChunks() {
  // The skeleton, with a placeholder element where the chunks go.
  pugi::xml_document skeleton;
  pugi::xml_node root = skeleton.append_child("w:document");
  root.append_attribute("xmlns:w") = kWordNs;
  root.append_attribute("xmlns:r") = kRelNs;
  pugi::xml_node placeholder = root.append_child("w:body").append_child(kPlaceholder);
  std::string marker;
  xml::append_bytes(placeholder, marker);
  std::string whole = xml::to_bytes(skeleton);
  const std::size_t at = whole.find(marker);
  if (at == std::string::npos) throw Error(ErrorKind::Xml, "no placeholder in the skeleton", "word/document.xml");
  tail_ = whole.substr(at + marker.size());
  whole.resize(at);
  pieces_.push_back(std::move(whole));
}

void BodyChunks::checkpoint() {
  if (++pending_ >= kChunkCheckpoints) flush();
}

void BodyChunks::flush() {
  if (!chunk_.first_child()) return;
  std::string piece;
  // Chunks are much alike: start at about the last one's size, so the piece seldom regrows.
  piece.reserve(pieces_.back().size() + pieces_.back().size() / 4);
  for (pugi::xml_node child = chunk_.first_child(); child; child = child.next_sibling())
    xml::append_bytes(child, piece);
  pieces_.push_back(std::move(piece));
  // Frees the chunk's memory pages at once (removing the children would free node by node).
  chunk_.reset();
  pending_ = 0;
}

std::vector<std::string> BodyChunks::finish() && {
  flush();
  pieces_.push_back(std::move(tail_));
  return std::move(pieces_);
}

}  // namespace np::write::docx
