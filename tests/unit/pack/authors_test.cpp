// Authors: from the notes' front matter to the pack, and into each format's metadata and title
// page.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pack/pack.hpp"
#include "support/pipeline.hpp"
#include "write/writer.hpp"
#include "xml/xml.hpp"

namespace np {
namespace {

using Names = std::vector<std::string>;

pack::Chapter by(const std::string& front_matter, const std::string& name = "notes") {
  return test::process("---\n" + front_matter + "\n---\n# Notes\n\nStalin rose in 1924.\n", "markdown", name);
}

pack::Pack pack_of(std::vector<pack::Chapter> chapters, bool course = false) {
  return pack::build(std::move(chapters), "Notes", "en", course);
}

TEST(PackAuthors, AreThoseEveryChapterNamesAlike) {
  EXPECT_EQ(pack_of({by("author: Ann Lee")}).authors, Names{"Ann Lee"});
  EXPECT_EQ(pack_of({by("authors: [Ann Lee, Bo Ek]"), by("author:\n  - Ann Lee\n  - Bo Ek", "b")}, true).authors,
            (Names{"Ann Lee", "Bo Ek"}));
  EXPECT_EQ(pack_of({by("author: Ann Lee"), by("author: Bo Ek", "b")}, true).authors, Names{});
  EXPECT_EQ(pack_of({by("author: Ann Lee"), by("tags: x", "b")}, true).authors, Names{});
  EXPECT_EQ(pack_of({by("tags: x")}).authors, Names{});
}

TEST(PackAuthors, LineNamesThemAsATitlePageWould) {
  pack::Pack pack;
  EXPECT_EQ(pack.authors_line(), "");
  pack.authors = {"Ann"};
  EXPECT_EQ(pack.authors_line(), "Ann");
  pack.authors = {"Ann", "Bo"};
  EXPECT_EQ(pack.authors_line(), "Ann and Bo");
  pack.authors = {"Ann", "Bo", "Cy"};
  EXPECT_EQ(pack.authors_line(), "Ann, Bo and Cy");
}

TEST(PackAuthors, EpubHasACreatorEachAndTheTitlePageNamesThem) {
  const std::string epub = write::write_epub(pack_of({by("authors: [Ann Lee, Bo Ek]")}), {});
  pugi::xml_document opf;
  xml::parse(opf, test::zip_entry(epub, "EPUB/package.opf"), "opf");
  Names creators;
  for (pugi::xml_node c : opf.child("package").child("metadata").children("dc:creator"))
    creators.push_back(c.text().get());
  EXPECT_EQ(creators, (Names{"Ann Lee", "Bo Ek"}));
  pugi::xml_document title;
  xml::parse(title, test::zip_entry(epub, "EPUB/title.xhtml"), "title");
  const pugi::xpath_node line = title.select_node("//*[@class='authors']");
  ASSERT_TRUE(line);
  EXPECT_STREQ(line.node().text().get(), "Ann Lee and Bo Ek");
  // No authors, no creator and no line.
  const std::string anonymous = write::write_epub(pack_of({by("tags: x")}), {});
  const std::string opf_text = test::zip_entry(anonymous, "EPUB/package.opf");
  const std::string title_text = test::zip_entry(anonymous, "EPUB/title.xhtml");
  ASSERT_NE(opf_text.find("dc:title"), std::string::npos);
  ASSERT_NE(title_text.find("titlepage"), std::string::npos);
  EXPECT_EQ(opf_text.find("dc:creator"), std::string::npos);
  EXPECT_EQ(title_text.find("authors"), std::string::npos);
}

TEST(PackAuthors, DocxCreatorAndAuthorsParagraphUnderTheTitle) {
  const std::string docx = write::write_docx(pack_of({by("authors: [Ann Lee, Bo Ek]")}), {});
  pugi::xml_document core;
  xml::parse(core, test::zip_entry(docx, "docProps/core.xml"), "core");
  EXPECT_STREQ(core.child("cp:coreProperties").child("dc:creator").text().get(), "Ann Lee; Bo Ek");
  pugi::xml_document document;
  xml::parse(document, test::zip_entry(docx, "word/document.xml"), "document");
  const pugi::xpath_node_set paragraphs = document.select_nodes("//w:body/w:p");
  ASSERT_GE(paragraphs.size(), 2u);
  EXPECT_STREQ(paragraphs[0].node().select_node("w:pPr/w:pStyle").node().attribute("w:val").value(), "Title");
  EXPECT_STREQ(paragraphs[1].node().select_node("w:pPr/w:pStyle").node().attribute("w:val").value(), "Authors");
  EXPECT_STREQ(paragraphs[1].node().select_node("w:r/w:t").node().text().get(), "Ann Lee and Bo Ek");
  EXPECT_NE(test::zip_entry(docx, "word/styles.xml").find("w:styleId=\"Authors\""), std::string::npos);
  const std::string anonymous = write::write_docx(pack_of({by("tags: x")}), {});
  EXPECT_NE(test::zip_entry(anonymous, "docProps/core.xml").find("<dc:creator>notepress</dc:creator>"),
            std::string::npos);
  const std::string anonymous_document = test::zip_entry(anonymous, "word/document.xml");
  ASSERT_NE(anonymous_document.find("\"Title\""), std::string::npos);
  EXPECT_EQ(anonymous_document.find("\"Authors\""), std::string::npos);
}

TEST(PackAuthors, JsonHasThePacksAndEachDocumentsAuthors) {
  const auto json = nlohmann::json::parse(write::write_json(pack_of({by("author: Ann Lee")}), {}));
  EXPECT_EQ(json.at("authors"), nlohmann::json::array({"Ann Lee"}));
  EXPECT_EQ(json.at("chapters").at(0).at("document").at("authors"), nlohmann::json::array({"Ann Lee"}));
}

}  // namespace
}  // namespace np
