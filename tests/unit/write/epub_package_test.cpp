// The package document: metadata, manifest = the files in the ZIP, spine.

#include <gtest/gtest.h>

#include "unit/write/epub_sample_pack.hpp"
#include "write/epub/package.hpp"
#include "write/writer.hpp"

namespace np::write::epub {
namespace {

/// urn:uuid:xxxxxxxx-xxxx-8xxx-[89ab]xxx-xxxxxxxxxxxx, lower-case hex.
bool is_version8_uuid(std::string_view urn) {
  if (!urn.starts_with("urn:uuid:")) return false;
  const std::string_view u = urn.substr(9);
  if (u.size() != 36) return false;
  for (std::size_t i = 0; i < u.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash != (u[i] == '-')) return false;
    if (!dash && !((u[i] >= '0' && u[i] <= '9') || (u[i] >= 'a' && u[i] <= 'f'))) return false;
  }
  return u[14] == '8' && std::string_view("89ab").find(u[19]) != std::string_view::npos;
}

struct Opf {
  testing::Book book;
  pugi::xml_document doc;
  pugi::xml_node package;
};

void load_opf(Opf& opf, const pack::Pack& pack, Options options = {}) {
  opf.book = testing::read_book(write_epub(pack, options));
  ASSERT_TRUE(testing::load(opf.doc, opf.book.text("EPUB/package.opf")));
  opf.package = opf.doc.child("package");
}

TEST(EpubPackage, MetadataHasIdentifierTitleLanguageAndOneModified) {
  Opf opf;
  Options options;
  options.timestamp = 1700000000;
  load_opf(opf, testing::sample_pack(), options);
  const pugi::xml_node package = opf.package;
  EXPECT_STREQ(package.attribute("xmlns").value(), "http://www.idpf.org/2007/opf");
  EXPECT_STREQ(package.attribute("version").value(), "3.0");
  EXPECT_STREQ(package.attribute("xml:lang").value(), "en-GB");
  const pugi::xml_node metadata = package.child("metadata");
  const pugi::xml_node id =
      metadata.find_child_by_attribute("dc:identifier", "id", package.attribute("unique-identifier").value());
  ASSERT_TRUE(id);
  EXPECT_TRUE(is_version8_uuid(id.text().get())) << id.text().get();
  EXPECT_STREQ(metadata.child("dc:title").text().get(), "Stalin's Russia");
  EXPECT_STREQ(metadata.child("dc:language").text().get(), "en-GB");
  int modified = 0;
  for (pugi::xml_node meta : metadata.children("meta"))
    if (std::string_view(meta.attribute("property").value()) == "dcterms:modified") {
      ++modified;
      EXPECT_STREQ(meta.text().get(), "2023-11-14T22:13:20Z");
    }
  EXPECT_EQ(modified, 1);
}

TEST(EpubPackage, ManifestListsExactlyTheFilesInTheZip) {
  Opf opf;
  load_opf(opf, testing::sample_pack(true));
  std::vector<std::string> manifest, zipped;
  for (pugi::xml_node item : opf.package.child("manifest").children("item"))
    manifest.push_back(std::string("EPUB/") + item.attribute("href").value());
  for (const zip::Entry& e : opf.book.entries)
    if (e.name != "mimetype" && !e.name.starts_with("META-INF/") && e.name != "EPUB/package.opf")
      zipped.push_back(e.name);
  EXPECT_EQ(manifest, zipped);
}

TEST(EpubPackage, ManifestDeclaresNavIndexAndMediaTypes) {
  Opf opf;
  load_opf(opf, testing::sample_pack());
  const pugi::xml_node manifest = opf.package.child("manifest");
  EXPECT_STREQ(manifest.find_child_by_attribute("item", "properties", "nav").attribute("href").value(), "nav.xhtml");
  EXPECT_STREQ(manifest.find_child_by_attribute("item", "properties", "index").attribute("href").value(),
               "index.xhtml");
  EXPECT_STREQ(manifest.find_child_by_attribute("item", "id", "ncx").attribute("media-type").value(),
               "application/x-dtbncx+xml");
  EXPECT_STREQ(manifest.find_child_by_attribute("item", "id", "css").attribute("media-type").value(), "text/css");
  int with_properties = 0;
  for (pugi::xml_node item : manifest.children("item")) with_properties += item.attribute("properties") ? 1 : 0;
  EXPECT_EQ(with_properties, 2) << "no scripted/svg/remote-resources properties";
}

TEST(EpubPackage, SpineFollowsReadingOrderWithNavNonLinear) {
  Opf opf;
  load_opf(opf, testing::sample_pack());
  const pugi::xml_node spine = opf.package.child("spine");
  EXPECT_STREQ(spine.attribute("toc").value(), "ncx");
  std::vector<std::string> order;
  for (pugi::xml_node ref : spine.children("itemref"))
    order.push_back(std::string(ref.attribute("idref").value()) +
                    (ref.attribute("linear") ? std::string(":") + ref.attribute("linear").value() : ""));
  EXPECT_EQ(order,
            (std::vector<std::string>{"nav:no", "title", "ch1-1", "ch1-2", "people", "timeline", "glossary", "index"}));
}

TEST(EpubPackage, IdentifierIsDerivedFromTheContent) {
  const pack::Pack a = testing::sample_pack();
  EXPECT_EQ(content_uuid(a), content_uuid(testing::sample_pack()));
  pack::Pack b = testing::sample_pack();
  b.chapters[0].doc.blocks[0] = testing::paragraph("Different notes.");
  EXPECT_NE(content_uuid(a), content_uuid(b));
  pack::Pack c = testing::sample_pack();
  c.title = "Another title";
  EXPECT_NE(content_uuid(a), content_uuid(c));
}

TEST(EpubPackage, ModifiedTimeIsUtcWithoutFractions) {
  EXPECT_EQ(modified_time(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(modified_time(315532800), "1980-01-01T00:00:00Z");
  EXPECT_EQ(modified_time(1700000000), "2023-11-14T22:13:20Z");
  EXPECT_EQ(modified_time(-5), "1970-01-01T00:00:00Z");
  EXPECT_EQ(modified_time(1LL << 60), "9999-12-31T23:59:59Z");
}

TEST(EpubPackage, UntitledPackFallsBackToTheFirstChapter) {
  pack::Pack pack = testing::sample_pack();
  pack.title = "  ";
  pack.language = "en_GB";
  Opf opf;
  load_opf(opf, pack);
  EXPECT_STREQ(opf.package.child("metadata").child("dc:title").text().get(), "Lenin to Stalin");
  EXPECT_STREQ(opf.package.child("metadata").child("dc:language").text().get(), "en-GB");
}

}  // namespace
}  // namespace np::write::epub
