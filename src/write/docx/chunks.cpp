#include "write/docx/chunks.hpp"

#include "base/error.hpp"
#include "write/docx/wml.hpp"
#include "xml/xml.hpp"

namespace np::write::docx {
namespace {

constexpr const char* kPlaceholder = "np-body-chunks";

/// Hands what pugixml writes to the part's deflate stream.
struct DeflaterSink final : pugi::xml_writer {
  explicit DeflaterSink(zip::Deflater& out) : deflater(out) {}
  void write(const void* data, std::size_t size) override {
    deflater.write(std::string_view(static_cast<const char*>(data), size));
  }
  zip::Deflater& deflater;
};

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
  part_.write(whole);
}

void BodyChunks::checkpoint(std::size_t pieces) {
  pending_ += pieces;
  if (pending_ >= kChunkCheckpoints) flush();
}

void BodyChunks::flush() {
  if (!chunk_.first_child()) return;
  DeflaterSink sink(part_);
  for (pugi::xml_node child = chunk_.first_child(); child; child = child.next_sibling()) xml::write_bytes(child, sink);
  // Frees the chunk's memory pages at once (removing the children would free node by node).
  chunk_.reset();
  pending_ = 0;
}

zip::Deflated BodyChunks::finish() && {
  flush();
  part_.write(tail_);
  return std::move(part_).finish();
}

}  // namespace np::write::docx
