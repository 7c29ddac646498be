// Task list items ("- [ ] revise", "- [x] learn the dates") in every format: a box before the
// item's text, and the task in the JSON, read back by `notepress pack`.

#include <gtest/gtest.h>

#include "batch/tagged_json.hpp"
#include "pack/pack.hpp"
#include "support/pipeline.hpp"
#include "write/writer.hpp"
#include "xml/xml.hpp"

namespace np {
namespace {

constexpr std::string_view kNotes =
    "# Todo\n\n- [ ] revise the purges\n- [x] learn the dates\n- plain\n\n1. [x] loose item\n\n   second paragraph\n";

pack::Pack task_pack() {
  std::vector<pack::Chapter> chapters{test::process(kNotes, "markdown")};
  return pack::build(std::move(chapters), "Todo", "en", false);
}

TEST(TaskLists, EpubItemsOpenWithTheirBox) {
  pugi::xml_document page;
  xml::parse(page, test::zip_entry(write::write_epub(task_pack(), {}), "EPUB/ch1.xhtml"), "chapter");
  const pugi::xpath_node_set items = page.select_nodes("//*[local-name()='li']");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_STREQ(items[0].node().attribute("class").value(), "task");
  EXPECT_STREQ(items[0].node().first_child().text().get(), "\u2610");
  EXPECT_STREQ(items[1].node().first_child().attribute("class").value(), "task-box done");
  EXPECT_STREQ(items[1].node().first_child().text().get(), "\u2611");
  EXPECT_FALSE(items[2].node().attribute("class"));
  // A loose item: the box opens its first paragraph.
  const pugi::xml_node p = items[3].node().first_child();
  EXPECT_STREQ(p.name(), "p");
  EXPECT_STREQ(p.first_child().text().get(), "\u2611");
}

TEST(TaskLists, DocxItemsOpenWithTheirBox) {
  pugi::xml_document document;
  xml::parse(document, test::zip_entry(write::write_docx(task_pack(), {}), "word/document.xml"), "document");
  std::vector<std::string> numbered;
  for (pugi::xpath_node p : document.select_nodes("//w:p[w:pPr/w:numPr]")) {
    std::string text;
    for (pugi::xpath_node t : p.node().select_nodes(".//w:t")) text += t.node().text().get();
    numbered.push_back(text);
  }
  EXPECT_EQ(numbered, (std::vector<std::string>{"\u2610 revise the purges", "\u2611 learn the dates", "plain",
                                                "\u2611 loose item"}));
}

TEST(TaskLists, JsonKeepsTheTaskAndReadsItBack) {
  const pack::Pack pack = task_pack();
  const std::string json = write::write_json(pack, {});
  EXPECT_NE(json.find("\"task\":\"open\""), std::string::npos);
  EXPECT_NE(json.find("\"task\":\"done\""), std::string::npos);
  std::vector<pack::Chapter> back = batch::read_chapters(json);
  ASSERT_EQ(back.size(), 1u);
  const auto& list = std::get<model::List>(back[0].doc.blocks.at(0).node);
  EXPECT_EQ(list.items.at(0).task, model::Task::Open);
  EXPECT_EQ(list.items.at(2).task, model::Task::None);
  EXPECT_EQ(write::write_json(pack::build(std::move(back), "Todo", "en", false), {}), json);
}

}  // namespace
}  // namespace np
