#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "write/docx/package.hpp"
#include "xml/xml.hpp"
#include "zip/archive.hpp"

namespace np::write::docx {
namespace {

TEST(DocxPartKind, MediaAndRelationshipTypes) {
  EXPECT_EQ(media_type(PartKind::MainDocument),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
  EXPECT_EQ(media_type(PartKind::CoreProperties), "application/vnd.openxmlformats-package.core-properties+xml");
  EXPECT_EQ(relationship_type(PartKind::Numbering),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering");
  EXPECT_EQ(relationship_type(PartKind::CoreProperties),
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");
}

TEST(DocxRelativeTarget, RelativeToSourceFolder) {
  EXPECT_EQ(relative_target("", "word/document.xml"), "word/document.xml");
  EXPECT_EQ(relative_target("word/document.xml", "word/styles.xml"), "styles.xml");
  EXPECT_EQ(relative_target("word/document.xml", "docProps/core.xml"), "/docProps/core.xml");
}

TEST(DocxPackage, RelationshipPartNames) {
  EXPECT_EQ(Package::relationships_part_name(""), "_rels/.rels");
  EXPECT_EQ(Package::relationships_part_name("word/document.xml"), "word/_rels/document.xml.rels");
}

TEST(DocxPackage, ContentTypesHaveDefaultsAndOneOverridePerPart) {
  Package package;
  package.add_part("word/document.xml", PartKind::MainDocument, "<w:document/>");
  package.add_static_part("word/styles.xml", PartKind::Styles, "<w:styles/>");
  pugi::xml_document doc;
  xml::parse(doc, package.content_types_xml(), "types");
  pugi::xml_node types = doc.child("Types");
  EXPECT_STREQ(types.attribute("xmlns").value(), "http://schemas.openxmlformats.org/package/2006/content-types");
  EXPECT_TRUE(types.find_child_by_attribute("Default", "Extension", "rels"));
  EXPECT_TRUE(types.find_child_by_attribute("Default", "Extension", "xml"));
  pugi::xml_node doc_type = types.find_child_by_attribute("Override", "PartName", "/word/document.xml");
  ASSERT_TRUE(doc_type);
  EXPECT_EQ(std::string(doc_type.attribute("ContentType").value()), media_type(PartKind::MainDocument));
  EXPECT_TRUE(types.find_child_by_attribute("Override", "PartName", "/word/styles.xml"));
}

TEST(DocxPackage, RelationshipsGetSequentialIdsAndExternalLinksAreDeduplicated) {
  Package package;
  EXPECT_EQ(package.relate("", PartKind::MainDocument, "word/document.xml"), "rId1");
  EXPECT_EQ(package.relate("word/document.xml", PartKind::Styles, "word/styles.xml"), "rId1");
  Relationships& rels = package.relationships("word/document.xml");
  EXPECT_EQ(rels.add_hyperlink("https://example.org/a"), "rId2");
  EXPECT_EQ(rels.add_hyperlink("https://example.org/b"), "rId3");
  EXPECT_EQ(rels.add_hyperlink("https://example.org/a"), "rId2");

  pugi::xml_document doc;
  xml::parse(doc, package.relationships_xml("word/document.xml"), "rels");
  pugi::xml_node root = doc.child("Relationships");
  pugi::xml_node styles = root.find_child_by_attribute("Relationship", "Id", "rId1");
  EXPECT_STREQ(styles.attribute("Target").value(), "styles.xml");
  EXPECT_FALSE(styles.attribute("TargetMode"));
  pugi::xml_node link = root.find_child_by_attribute("Relationship", "Id", "rId2");
  EXPECT_STREQ(link.attribute("TargetMode").value(), "External");
  EXPECT_STREQ(link.attribute("Target").value(), "https://example.org/a");
  EXPECT_EQ(std::string(link.attribute("Type").value()), kHyperlinkRelationship);
}

TEST(DocxPackage, ZipOrderIsContentTypesRelsPartsThenPartRels) {
  Package package;
  package.relate("", PartKind::MainDocument, "word/document.xml");
  package.relate("word/document.xml", PartKind::Styles, "word/styles.xml");
  package.add_part("word/document.xml", PartKind::MainDocument, "<w:document/>");
  package.add_static_part("word/styles.xml", PartKind::Styles, "<w:styles/>");
  const std::string bytes = package.to_zip(315532800);
  const auto entries = zip::read_entries(bytes);
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0].name, "[Content_Types].xml");
  EXPECT_EQ(entries[1].name, "_rels/.rels");
  EXPECT_EQ(entries[2].name, "word/document.xml");
  EXPECT_EQ(entries[3].name, "word/styles.xml");
  EXPECT_EQ(entries[4].name, "word/_rels/document.xml.rels");
  EXPECT_EQ(entries[3].bytes, "<w:styles/>");
  EXPECT_EQ(package.to_zip(315532800), bytes);
}

}  // namespace
}  // namespace np::write::docx
