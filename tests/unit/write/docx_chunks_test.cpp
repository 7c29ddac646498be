// docx::BodyChunks: the body is serialised a chunk at a time, by how much it holds.

#include "write/docx/chunks.hpp"

#include <gtest/gtest.h>

#include <string>

#include "zip/archive.hpp"

namespace np::write::docx {
namespace {

std::string inflate(zip::Deflated part) {
  zip::Archive archive(0);
  archive.add("word/document.xml", std::move(part));
  return zip::read_entries(archive.finish()).at(0).bytes;
}

TEST(DocxBodyChunks, AHeavyEntryIsSerialisedAtOnceALightOneWaits) {
  BodyChunks body;
  body.node().append_child("w:p").append_child("w:r");
  body.checkpoint();  // one light piece: the chunk waits
  EXPECT_TRUE(body.node().first_child());
  body.node().append_child("w:p");
  body.checkpoint(kChunkCheckpoints);  // an entry with many locators: out at once
  EXPECT_FALSE(body.node().first_child());
  for (std::size_t i = 0; i + 1 < kChunkCheckpoints; ++i) {
    body.node().append_child("w:p");
    body.checkpoint();
  }
  EXPECT_TRUE(body.node().first_child());
  body.node().append_child("w:sectPr");
  const std::string xml = inflate(std::move(body).finish());
  EXPECT_NE(xml.find("<w:body><w:p><w:r/></w:p><w:p/><w:p/>"), std::string::npos) << xml.substr(0, 300);
  EXPECT_NE(xml.find("<w:p/><w:sectPr/></w:body></w:document>"), std::string::npos);
}

}  // namespace
}  // namespace np::write::docx
