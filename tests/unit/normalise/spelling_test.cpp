#include <gtest/gtest.h>

#include "model/walk.hpp"
#include "support/pipeline.hpp"

namespace np {
namespace {

std::string cleaned(const std::string& text) {
  const pack::Chapter chapter = test::process(text);
  return test::all_text(chapter.doc);
}

const model::Change* find_change(const pack::Chapter& chapter, const std::string& original) {
  for (const model::Change& c : chapter.review.changes)
    if (c.original == original) return &c;
  return nullptr;
}

TEST(Spelling, CorrectsKnownMisspellingsToTheNearestForm) {
  const pack::Chapter chapter = test::process("Zionev and Kamenev were friends of Lenin. Bukarin was young.\n");
  const std::string text = test::all_text(chapter.doc);
  EXPECT_NE(text.find("Zinoviev and Kamenev"), std::string::npos);
  EXPECT_NE(text.find("Bukharin was young"), std::string::npos);
  const model::Change* change = find_change(chapter, "Zionev");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->replacement, "Zinoviev");
  EXPECT_EQ(change->rule, model::Rule::Misspelling);
  EXPECT_EQ(change->entity, "zinoviev");
  EXPECT_EQ(change->where, (SourcePos{1, 1}));
}

TEST(Spelling, AddsMissingApostrophesToNames) {
  const std::string text = cleaned("He lacked Trotskys arrogance and Bukarins ideas were untested.\n");
  EXPECT_NE(text.find("Trotsky's arrogance"), std::string::npos);
  EXPECT_NE(text.find("Bukharin's ideas"), std::string::npos);
}

TEST(Spelling, LeavesPluralsAndRealWordsWithoutApostrophes) {
  const std::string text = cleaned("The Bolsheviks and the Soviets met while the Romanovs waited.\n");
  EXPECT_NE(text.find("the Soviets"), std::string::npos);
  EXPECT_NE(text.find("the Romanovs"), std::string::npos);
}

TEST(Spelling, LeavesInlineCodeAsWritten) {
  const pack::Chapter chapter = test::process("Notes on `stalin` and `Bukarin`, not on Bukarin.\n", "markdown");
  EXPECT_EQ(test::all_text(chapter.doc), "\nNotes on stalin and Bukarin, not on Bukharin.\n");
  ASSERT_EQ(chapter.review.changes.size(), 1u);
  EXPECT_EQ(chapter.review.changes[0].offset, 36u);
}

TEST(Spelling, LeavesWebAddressesAsWritten) {
  const std::string text =
      cleaned("Stalin and Bukarin: see https://example.org/stalin-and-bukarin - or trotsky@example.org\n");
  EXPECT_NE(text.find("Bukharin: see https://example.org/stalin-and-bukarin \xE2\x80\x93 or trotsky@example.org"),
            std::string::npos)
      << text;
}

TEST(Spelling, CapitalisesProperNamesAndTerms) {
  const std::string text =
      cleaned("When lenin became ill, stalin ignored him. The october revolution and the red army.\n");
  EXPECT_NE(text.find("When Lenin became ill, Stalin ignored"), std::string::npos);
  EXPECT_NE(text.find("October Revolution"), std::string::npos);
  EXPECT_NE(text.find("Red Army"), std::string::npos);
}

TEST(Spelling, NeverTurnsACommonWordIntoAName) {
  const std::string text = cleaned("Trotsky left the party and Stalin and Lenin went left.\n");
  EXPECT_NE(text.find("Trotsky left the party"), std::string::npos);
  EXPECT_NE(text.find("went left."), std::string::npos);
}

TEST(Spelling, LeavesBritishSpellingsAlone) {
  const std::string input =
      "Stalin and Lenin argued. Collectivisation was criticised; industrialisation organised labour.\n";
  const pack::Chapter chapter = test::process(input);
  for (const model::Change& c : chapter.review.changes) {
    EXPECT_EQ(c.original.find("ollectivisation"), std::string::npos);
    EXPECT_NE(c.original, "criticised");
    EXPECT_NE(c.original, "organised");
    EXPECT_NE(c.original, "labour");
  }
}

TEST(Spelling, FuzzyCorrectsACloseUnknownName) {
  const pack::Chapter chapter = test::process("Stalin and Lenin distrusted Kamanev after 1925.\n");
  const model::Change* change = find_change(chapter, "Kamanev");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->replacement, "Kamenev");
}

TEST(Spelling, DoesNotGuessWhenTheLexiconIsNotAboutTheNotes) {
  // One stray Russian name does not make notes about Tudor England relevant to the lexicon.
  const std::string text = cleaned("The civil war in England began in 1642 and the red army was not involved.\n");
  EXPECT_NE(text.find("civil war in England"), std::string::npos);
  EXPECT_NE(text.find("red army"), std::string::npos);
}

}  // namespace
}  // namespace np
