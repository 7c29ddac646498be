#include <gtest/gtest.h>

#include <map>

#include "model/walk.hpp"
#include "support/pipeline.hpp"

namespace np {
namespace {

/// entity id → the texts it was tagged on.
std::multimap<std::string, std::string> entities(const pack::Chapter& chapter) {
  std::multimap<std::string, std::string> out;
  model::for_each_text(chapter.doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::Span& s : block.spans())
      if (const auto* e = std::get_if<model::Entity>(&s.what))
        out.emplace(e->id, std::string(block.text().substr(s.range.begin, s.range.size())));
  });
  return out;
}

std::vector<model::Date> dates(const pack::Chapter& chapter) {
  std::vector<model::Date> out;
  model::for_each_text(chapter.doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::Span& s : block.spans())
      if (const auto* d = std::get_if<model::Date>(&s.what)) out.push_back(*d);
  });
  return out;
}

TEST(Tagger, ResolvesAliasesPossessivesAndCaseToOneEntity) {
  const auto found = entities(test::process("Koba, later Stalin, outlived Stalin's rivals; STALIN won.\n"));
  EXPECT_EQ(found.count("stalin"), 4u);
}

TEST(Tagger, LongestFormWins) {
  const auto found = entities(test::process("Stalin and Lenin: the Left Opposition lost to the Right Opposition.\n"));
  EXPECT_EQ(found.count("left-opposition"), 1u);
  EXPECT_EQ(found.count("right-opposition"), 1u);
}

TEST(Tagger, TagsDatesWithNormalisedValues) {
  const auto found = dates(test::process("Stalin and Lenin: in October 1917, in the 1920s, and 1928-32.\n"));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].value, "1917-10");
  EXPECT_EQ(found[1].value, "192X");
  EXPECT_EQ(found[1].start, "1920-01-01");
  EXPECT_EQ(found[2].value, "1928/1932");
  EXPECT_EQ(found[2].end, "1932-12-31");
}

TEST(Tagger, DoesNotTagInsideInlineCode) {
  const pack::Chapter chapter =
      test::process("Stalin and Lenin: `Stalin 1917` and `Kazan`, but Stalin in 1917.\n", "markdown");
  const auto found = entities(chapter);
  EXPECT_EQ(found.count("stalin"), 2u);
  EXPECT_EQ(dates(chapter).size(), 1u);
  for (const model::Candidate& c : chapter.review.candidates) EXPECT_NE(c.text, "Kazan");
}

TEST(Tagger, DoesNotTagNumbersThatAreNotDates) {
  EXPECT_TRUE(dates(test::process("Stalin appointed 30% of delegates and 1500 troops marched.\n")).empty());
}

TEST(Tagger, ListsNameLikeUnknownWordsAsCandidates) {
  const pack::Chapter chapter = test::process("Stalin and Lenin met Mr Hughes in Kazan and then Kazan again.\n");
  std::map<std::string, std::uint32_t> found;
  for (const model::Candidate& c : chapter.review.candidates) found[c.text] = c.count;
  EXPECT_EQ(found["Kazan"], 2u);
  EXPECT_EQ(found.count("Stalin"), 0u);
  EXPECT_EQ(found.count("Mr"), 0u);
}

TEST(Tagger, ReportsFormsTwoEntitiesShare) {
  batch::Shared shared;
  unicode::TextBreaker breaker;
  lexicon::Lexicon lexicon;
  lexicon.id = "test";
  for (const char* id : {"a", "b"}) {
    lexicon::Entry e;
    e.info.id = id;
    e.info.kind = model::EntityKind::Person;
    e.info.name = std::string("Person ") + id;
    e.info.aliases = {"Ivanov"};
    lexicon.entries.push_back(e);
  }
  shared.gazetteer = std::make_unique<lexicon::Gazetteer>(lexicon.entries, breaker);
  batch::Pipeline pipeline(shared);
  Diagnostics diags;
  const pack::Chapter chapter = pipeline.process_bytes("Then Ivanov spoke.\n", read::formats()[0], "n", "n", diags);
  ASSERT_EQ(chapter.review.ambiguities.size(), 1u);
  EXPECT_EQ(chapter.review.ambiguities[0].form, "Ivanov");
  EXPECT_EQ(chapter.review.ambiguities[0].entities, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(entities(chapter).empty());
}

}  // namespace
}  // namespace np
