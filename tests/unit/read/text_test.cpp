// The plain-text reader, through read::read with the "text" format of the registry.

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "model/walk.hpp"
#include "read/reader.hpp"
#include "support/doc_outline.hpp"
#include "support/read_accounting.hpp"

namespace np::read {
namespace {

const Boilerplate& boilerplate() {
  static const Boilerplate list;
  return list;
}

const Format& text_format() {
  for (const Format& f : formats())
    if (f.name == "text") return f;
  throw std::logic_error("no text format");
}

/// Reads `bytes` as plain text; every read is also checked for complete accounting.
Result read_notes(std::string_view bytes) {
  Result result = read(bytes, text_format(), boilerplate());
  const std::vector<std::string> problems = test::accounting_problems(result, boilerplate());
  for (const std::string& p : problems) ADD_FAILURE() << "accounting: " << p;
  return result;
}

std::string outline_of(std::string_view bytes) { return test::outline(read_notes(bytes).doc); }

/// The removals of `kind`, as their texts.
std::vector<std::string> removed(const Result& r, model::Removal::Kind kind) {
  std::vector<std::string> out;
  for (const model::Removal& m : r.review.removals)
    if (m.kind == kind) out.push_back(m.text);
  return out;
}

const model::Paragraph& paragraph_at(const std::vector<model::Block>& blocks, std::size_t i) {
  return std::get<model::Paragraph>(blocks.at(i).node);
}

const model::List& list_at(const std::vector<model::Block>& blocks, std::size_t i) {
  return std::get<model::List>(blocks.at(i).node);
}

// --- title and headings --------------------------------------------------------------------

TEST(TextReaderTitle, FirstShortLineIsTheTitle) {
  const Result r = read_notes("Lenin to Stalin - the power struggle 1922-29\n\nLenin never named a successor.\n");
  EXPECT_EQ(r.doc.title.text(), "Lenin to Stalin - the power struggle 1922-29");
  EXPECT_EQ(test::outline(r.doc),
            "title: Lenin to Stalin - the power struggle 1922-29\n"
            "p: Lenin never named a successor.\n");
}

TEST(TextReaderTitle, TitleDirectlyFollowedByText) {
  EXPECT_EQ(outline_of("Stalins Russia\nHe rose through the party machine.\n"),
            "title: Stalins Russia\n"
            "p: He rose through the party machine.\n");
}

TEST(TextReaderTitle, TitleLabelGivesTheTitle) {
  const Result r = read_notes("TITLE:  WW2 home front\nDate: 12/03/2024\n\nRationing began in 1940.\n");
  EXPECT_EQ(test::outline(r.doc), "title: WW2 home front\np: Date: 12/03/2024\np: Rationing began in 1940.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"TITLE:"}));
}

TEST(TextReaderTitle, AShortLineStandingAloneIsTheTitleInLowerCaseToo) {
  EXPECT_EQ(outline_of("french revolution notes\n\n- the Terror, 1793\n"),
            "title: french revolution notes\nlist bullet 1\n  item\n    p: the Terror, 1793\n");
  EXPECT_EQ(outline_of("Q: why 1789?\n\nDebt.\n"), "p: Q: why 1789?\np: Debt.\n");
  EXPECT_EQ(outline_of("MAIN = militarism, alliances\n- militarism\n"),
            "p: MAIN = militarism, alliances\nlist bullet 1\n  item\n    p: militarism\n");
}

TEST(TextReaderTitle, FirstLineThatReadsAsASentenceIsNoTitle) {
  EXPECT_EQ(outline_of("These are my notes on the purges.\nKirov was killed in 1934.\n"),
            "p: These are my notes on the purges.\np: Kirov was killed in 1934.\n");
}

TEST(TextReaderTitle, LabelOverAListIsAHeadingNotTheTitle) {
  const Result r = read_notes("Key terms:\n- NEP - New Economic Policy\n- Kulak - a rich peasant\n");
  EXPECT_TRUE(r.doc.title.empty());
  EXPECT_EQ(test::outline(r.doc),
            "h1: Key terms\n"
            "list bullet 1\n"
            "  item\n"
            "    p: NEP - New Economic Policy\n"
            "  item\n"
            "    p: Kulak - a rich peasant\n");
}

TEST(TextReaderHeadings, QuestionLinesAreHeadings) {
  EXPECT_EQ(outline_of("Notes\n\nHow did stalin get into power?\n\nHe used the party machine.\n"),
            "title: Notes\n"
            "h1: How did stalin get into power?\n"
            "p: He used the party machine.\n");
}

TEST(TextReaderHeadings, QuestionInsideAParagraphIsNoHeading) {
  EXPECT_EQ(outline_of("Notes\n\nHe wondered about it.\nWhy did Trotsky lose?\nNobody knows.\n"),
            "title: Notes\n"
            "p: He wondered about it.\np: Why did Trotsky lose?\np: Nobody knows.\n");
}

TEST(TextReaderHeadings, ColonLabelMarkIsRemovedAndReported) {
  const Result r = read_notes("Notes\n\nCollectivisation:\n\nThe peasants resisted.\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\nh1: Collectivisation\np: The peasants resisted.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), std::vector<std::string>{":"});
}

TEST(TextReaderHeadings, DashLabelMarkIsRemovedAndReported) {
  const Result r = read_notes("Notes\n\nThe personalities-\n\nStalin was dull.\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\nh1: The personalities\np: Stalin was dull.\n");
  const std::vector<std::string> markers = removed(r, model::Removal::Kind::Marker);
  ASSERT_EQ(markers.size(), 1u);
  EXPECT_EQ(markers[0], "-");
  // The mark's position: line 3, column 18.
  for (const model::Removal& m : r.review.removals)
    if (m.kind == model::Removal::Kind::Marker) {
      EXPECT_EQ(m.where, (SourcePos{3, 18}));
    }
}

TEST(TextReaderHeadings, SpacedDashAndEnDashLabels) {
  const Result r = read_notes("Notes\n\nStalins power base -\n\nText.\n\nThe Right \xE2\x80\x93\n\nMore text.\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\nh1: Stalins power base\np: Text.\nh1: The Right\np: More text.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"-", "\xE2\x80\x93"}));
}

TEST(TextReaderHeadings, HyphenBrokenWordAtLineEndIsNoLabel) {
  EXPECT_EQ(outline_of("Notes\n\nThe peasants resisted collectivis-\nation fiercely in 1930.\n"),
            "title: Notes\np: The peasants resisted collectivis- ation fiercely in 1930.\n");
}

TEST(TextReaderHeadings, LabelInsideAParagraphIntroducingAListIsAHeading) {
  EXPECT_EQ(outline_of("Notes\n\nSome text here\nCauses:\n- famine\n- war\n"),
            "title: Notes\n"
            "p: Some text here\n"
            "h1: Causes\n"
            "list bullet 1\n  item\n    p: famine\n  item\n    p: war\n");
}

TEST(TextReaderHeadings, ShortIsolatedLinesAreHeadings) {
  EXPECT_EQ(outline_of("Notes\n\nPower Base\n\nHe controlled appointments.\n\n1917 revolutions\n\nTwo of them.\n"),
            "title: Notes\nh1: Power Base\np: He controlled appointments.\nh1: 1917 revolutions\np: Two of them.\n");
}

TEST(TextReaderHeadings, ShortLinesThatAreNotIsolatedOrEndInStopsAreParagraphs) {
  EXPECT_EQ(outline_of("Notes\n\nShort line\nfollowed by more\n\nEnds with a stop.\n\nlower case start\n"),
            "title: Notes\np: Short line followed by more\np: Ends with a stop.\np: lower case start\n");
}

TEST(TextReaderHeadings, UnderlinedWithEqualsAndDashes) {
  const Result r = read_notes("Notes\n\nThe Purges\n==========\n\nKirov\n-----\n\nShot in 1934.\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\nh1: The Purges\nh2: Kirov\np: Shot in 1934.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"==========", "-----"}));
}

TEST(TextReaderHeadings, UnderlineUnderAMultiLineParagraphIsJustARule) {
  const Result r = read_notes("Notes\n\nTwo line\nparagraph\n---\n\nAfter.\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\np: Two line paragraph\np: After.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), std::vector<std::string>{"---"});
}

TEST(TextReaderHeadings, UnderlinedNumberedLineIsAHeadingNotAListItem) {
  const Result r =
      read_notes("Cold War\n========\n\n1. Origins\n----------\nYalta came first.\n\n2. Berlin\n---------\n");
  EXPECT_EQ(test::outline(r.doc), "title: Cold War\nh1: Origins\np: Yalta came first.\nh1: Berlin\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker),
            (std::vector<std::string>{"========", "1.", "----------", "2.", "---------"}));
}

TEST(TextReaderHeadings, LoneNumberedLinesInSequenceOverWhatTheyHeadAreHeadings) {
  const Result r = read_notes(
      "Causes of WW1\n\n1. Militarism\n- arms race\n- Schlieffen plan\n\n2. Alliances\nThe Triple Entente of "
      "1907.\n\n3. Nationalism\n");
  EXPECT_EQ(test::outline(r.doc),
            "title: Causes of WW1\nh1: Militarism\nlist bullet 1\n  item\n    p: arms race\n  item\n    p: Schlieffen "
            "plan\nh1: Alliances\np: The Triple Entente of 1907.\nh1: Nationalism\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"1.", "-", "-", "2.", "3."}));
  // They share the level of numbered headings written without the full stop.
  EXPECT_EQ(outline_of("Notes\n\n1 Causes\n\nFamine.\n\n2. Results\n- terror\n\n3. Legacy\n- fear\n"),
            "title: Notes\nh1: Causes\np: Famine.\nh1: Results\nlist bullet 1\n  item\n    p: terror\nh1: "
            "Legacy\nlist bullet 1\n  item\n    p: fear\n");
}

TEST(TextReaderHeadings, NumberedItemsStayAListUnlessEachStandsAloneAsAHeadingWould) {
  // A list of several items; one lone item; sentences; numbers out of sequence; items with
  // their own nested bullets.
  EXPECT_EQ(outline_of("Notes\n\n1. Lenin\n2. Stalin\n\nText.\n"),
            "title: Notes\nlist decimal 1\n  item\n    p: Lenin\n  item\n    p: Stalin\np: Text.\n");
  EXPECT_EQ(outline_of("Notes\n\n1. Lenin\n\nText.\n"),
            "title: Notes\nlist decimal 1\n  item\n    p: Lenin\np: Text.\n");
  EXPECT_EQ(
      outline_of("Notes\n\n1. Boil the water.\nIt takes time.\n\n2. Add the salt.\nStir.\n"),
      "title: Notes\nlist decimal 1\n  item\n    p: Boil the water.\np: It takes time.\nlist decimal 2\n  item\n    "
      "p: Add the salt.\np: Stir.\n");
  EXPECT_EQ(outline_of("Notes\n\n1. Causes\nText.\n\n3. Results\nMore.\n"),
            "title: Notes\nlist decimal 1\n  item\n    p: Causes\np: Text.\nlist decimal 3\n  item\n    p: "
            "Results\np: More.\n");
  EXPECT_EQ(outline_of("Notes\n\n1. Causes\n    - famine\n\n2. Results\n    - terror\n"),
            "title: Notes\nlist decimal 1\n  item\n    p: Causes\n    list bullet 1\n      item\n        p: "
            "famine\n  item\n    p: Results\n    list bullet 1\n      item\n        p: terror\n");
}

TEST(TextReaderBoilerplate, AShortLineBetweenTwoBoilerplateLinesIsPartOfThem) {
  const Result r = read_notes(
      "Notes\n\nStalin won in 1927.\nLeave a Reply\nComment\nName *\nEmail *\nWebsite\nPost Comment\n\nThe "
      "end.\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\np: Stalin won in 1927.\np: The end.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Boilerplate),
            (std::vector<std::string>{"Leave a Reply", "Comment", "Name *", "Email *", "Website", "Post Comment"}));
  // Not a sentence, nor a line with a blank or a note on either side.
  EXPECT_EQ(outline_of("Notes\n\nMenu\nThe purges began.\nMenu\n\nMenu\n\nKirov\n\nMenu\n"),
            "title: Notes\np: The purges began.\nh1: Kirov\n");
}

TEST(TextReaderLists, BulletsRunTogetherOnOneLineAreOneItemEach) {
  const Result r = read_notes(
      "Notes\n\n\u2022 Stalin \u2022 Trotsky \u2022 Zinoviev\n\u2022 Kamenev \u2022\n- a \u2022 b\n\nCauses: \u2022 "
      "militarism \u2022 alliances\n");
  EXPECT_EQ(
      test::outline(r.doc),
      "title: Notes\nlist bullet 1\n  item\n    p: Stalin\n  item\n    p: Trotsky\n  item\n    p: Zinoviev\n"
      "  item\n    p: Kamenev \u2022\n  item\n    p: a \u2022 b\np: Causes: \u2022 militarism \u2022 alliances\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker),
            (std::vector<std::string>{"\u2022", "\u2022", "\u2022", "\u2022", "-"}));
}

TEST(TextReaderLists, ATaskBoxAfterTheBulletIsTheItemsTask) {
  const Result r = read_notes("Todo\n\n- [ ] revise the purges\n* [x]  learn the dates\n- [] no box\n- [x]glued\n");
  const auto& list = std::get<model::List>(r.doc.blocks.at(0).node);
  ASSERT_EQ(list.items.size(), 4u);
  std::vector<model::Task> tasks;
  std::vector<std::string> texts;
  for (const model::ListItem& item : list.items) {
    tasks.push_back(item.task);
    texts.emplace_back(std::get<model::Paragraph>(item.blocks.at(0).node).content.text());
  }
  EXPECT_EQ(tasks,
            (std::vector<model::Task>{model::Task::Open, model::Task::Done, model::Task::None, model::Task::None}));
  EXPECT_EQ(texts, (std::vector<std::string>{"revise the purges", "learn the dates", "[] no box", "[x]glued"}));
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"-", "[ ]", "*", "[x]", "-", "-"}));
}

TEST(TextReaderHeadings, QuestionAndAnswerLinesAreNotes) {
  EXPECT_EQ(outline_of("Notes\n\nQ: why did the USSR blockade Berlin?\nA: to force the west out\n\nThat is all.\n"),
            "title: Notes\np: Q: why did the USSR blockade Berlin?\np: A: to force the west out\np: That is all.\n");
}

TEST(TextReaderHeadings, LinesWithAnAddressOrASemicolonAreNotHeadings) {
  EXPECT_EQ(outline_of("Notes\n\nSource: https://example.org/cold-war\n\nStalin; Lenin\n\nNext Part\n\nText.\n"),
            "title: Notes\np: Source: https://example.org/cold-war\np: Stalin; Lenin\nh1: Next Part\np: Text.\n");
}

TEST(TextReaderHeadings, NumberedHeadingsTakeTheirLevelFromTheNumber) {
  const Result r = read_notes(
      "Stalin\n\n1 Rise to power\n\nLenin died.\n\n1.1 The Secretariat\n\nPosts.\n\n2 Terror\n\nShow trials.\n");
  EXPECT_EQ(test::outline(r.doc),
            "title: Stalin\nh1: Rise to power\np: Lenin died.\nh2: The Secretariat\np: Posts.\nh1: Terror\np: Show "
            "trials.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"1", "1.1", "2"}));
}

TEST(TextReaderHeadings, ANumberedFirstHeadingIsASectionNotTheTitle) {
  EXPECT_EQ(outline_of("1 Causes\n\nFamine.\n\n2 Results\n\nTerror.\n"),
            "h1: Causes\np: Famine.\nh1: Results\np: Terror.\n");
}

TEST(TextReaderHeadings, AShortLineOverAListOrALongerParagraphHeadsIt) {
  EXPECT_EQ(outline_of("Notes\n\nkirov murder\n- shot in 1934\n\nthe gulag\nThe camps of the 1920s grew into a system "
                       "of forced labour.\n"),
            "title: Notes\nh1: kirov murder\nlist bullet 1\n  item\n    p: shot in 1934\n"
            "h1: the gulag\np: The camps of the 1920s grew into a system of forced labour.\n");
}

TEST(TextReaderHeadings, APlainLineRightUnderAHeadingIsItsText) {
  EXPECT_EQ(outline_of("Notes\n\nGolden Years 1924-29\nDawes Plan 1924, Young Plan 1929, Locarno 1925\n\nMore.\n"),
            "title: Notes\nh1: Golden Years 1924-29\np: Dawes Plan 1924, Young Plan 1929, Locarno 1925\np: More.\n");
}

TEST(TextReaderHeadings, TabSeparatedColumnsAreNotHeadings) {
  EXPECT_EQ(outline_of("Notes\n\nName\tBorn\nChurchill\t1874 and more text here\n\n1.2\tThe Kulaks\n\nText.\n"),
            "title: Notes\np: Name\tBorn\np: Churchill\t1874 and more text here\nh1: The Kulaks\np: Text.\n");
}

TEST(TextReaderHeadings, HashHeadingsWithMarksRemoved) {
  const Result r = read_notes("Notes\n\n# Revolution\n\nText.\n\n## Civil War\n\nMore.\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\nh1: Revolution\np: Text.\nh2: Civil War\np: More.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"#", "##"}));
}

TEST(TextReaderHeadings, HashWithoutSpaceIsNoHeading) {
  EXPECT_EQ(outline_of("Notes\n\n#hashtag notes here.\n"), "title: Notes\np: #hashtag notes here.\n");
}

TEST(TextReaderHeadings, AllCapsLines) {
  EXPECT_EQ(outline_of("Notes\n\nKEY TERMS\n\nNEP: New Economic Policy.\n\nNEP\n\nMore.\n"),
            "title: Notes\nh1: KEY TERMS\np: NEP: New Economic Policy.\nh1: NEP\np: More.\n");
}

TEST(TextReaderHeadings, LevelsFollowTheOrderStylesFirstAppear) {
  // Question first (level 1), then label (2), then caps (3); a later question is level 1 again.
  EXPECT_EQ(outline_of("Notes\n\nWhy did Stalin win?\n\nThe personalities-\n\nText.\n\nKEY TERMS\n\nMore.\n\n"
                       "How did Trotsky lose?\n\nFacts:\n\nEnd.\n"),
            "title: Notes\n"
            "h1: Why did Stalin win?\n"
            "h2: The personalities\n"
            "p: Text.\n"
            "h3: KEY TERMS\n"
            "p: More.\n"
            "h1: How did Trotsky lose?\n"
            "h2: Facts\n"
            "p: End.\n");
}

TEST(TextReaderHeadings, HashLevelsAreAlsoByFirstAppearance) {
  EXPECT_EQ(outline_of("Notes\n\n## Second first\n\nText.\n\n# First later\n\n## Again\n"),
            "title: Notes\nh1: Second first\np: Text.\nh2: First later\nh1: Again\n");
}

TEST(TextReaderHeadings, LongLinesAreNeverHeadings) {
  const std::string long_line(95, 'a');
  EXPECT_EQ(outline_of("Notes\n\n" + long_line + ":\n\nText.\n"), "title: Notes\np: " + long_line + ":\np: Text.\n");
  EXPECT_EQ(
      outline_of(
          "Notes\n\none two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen?\n"),
      "title: Notes\np: one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen?\n");
}

// --- lists --------------------------------------------------------------------------------

TEST(TextReaderLists, EveryBulletGlyph) {
  const Result r = read_notes(
      "Notes\n\n\xE2\x80\xA2 bullet dot\n- hyphen\n* star\n\xE2\x80\x93 en dash\n\xE2\x97\xA6white bullet\n");
  EXPECT_EQ(test::outline(r.doc),
            "title: Notes\nlist bullet 1\n"
            "  item\n    p: bullet dot\n  item\n    p: hyphen\n  item\n    p: star\n"
            "  item\n    p: en dash\n  item\n    p: white bullet\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker),
            (std::vector<std::string>{"\xE2\x80\xA2", "-", "*", "\xE2\x80\x93", "\xE2\x97\xA6"}));
}

TEST(TextReaderLists, DecorativeAndEmojiBullets) {
  const Result r = read_notes("Notes\n\n\xE2\x9E\xA4 arrow\n\xE2\x9C\x94\xEF\xB8\x8F tick\n\xF0\x9F\x91\x89 finger\n");
  EXPECT_EQ(test::outline(r.doc),
            "title: Notes\nlist bullet 1\n  item\n    p: arrow\n  item\n    p: tick\n  item\n    p: finger\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker),
            (std::vector<std::string>{"\xE2\x9E\xA4", "\xE2\x9C\x94\xEF\xB8\x8F", "\xF0\x9F\x91\x89"}));
}

TEST(TextReaderLists, LetterOBulletsFromPastedWordLists) {
  EXPECT_EQ(outline_of("Notes\n\n* Potsdam, 1945\n  o Truman replaces Roosevelt\n  o bomb tested\n"),
            "title: Notes\nlist bullet 1\n  item\n    p: Potsdam, 1945\n    list bullet 1\n"
            "      item\n        p: Truman replaces Roosevelt\n      item\n        p: bomb tested\n");
}

TEST(TextReaderLists, DashWithoutSpaceIsNoBullet) {
  EXPECT_EQ(outline_of("Notes\n\n\xE2\x80\x93"
                       "1917 was the year.\n-5 degrees.\n"),
            "title: Notes\np: \xE2\x80\x93"
            "1917 was the year.\np: -5 degrees.\n");
}

TEST(TextReaderLists, DecimalMarkersWithStartNumber) {
  const Result r = read_notes("Notes\n\n3. three\n4) four\n(5) five\n");
  EXPECT_EQ(test::outline(r.doc),
            "title: Notes\nlist decimal 3\n  item\n    p: three\n  item\n    p: four\n  item\n    p: five\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Marker), (std::vector<std::string>{"3.", "4)", "(5)"}));
}

TEST(TextReaderLists, LetterAndRomanMarkers) {
  EXPECT_EQ(outline_of("Notes\n\na) alpha\n(b) beta\nc. gamma\n\nB) upper\n\niv. four\nv. five\n"),
            "title: Notes\n"
            "list lower-alpha 1\n  item\n    p: alpha\n  item\n    p: beta\n  item\n    p: gamma\n"
            "list upper-alpha 2\n  item\n    p: upper\n"
            "list lower-roman 4\n  item\n    p: four\n  item\n    p: five\n");
}

TEST(TextReaderLists, ChangeOfNumberingStyleStartsANewList) {
  EXPECT_EQ(outline_of("Notes\n\n1. one\n2) two\na) alpha\n- bullet\n"),
            "title: Notes\n"
            "list decimal 1\n  item\n    p: one\n  item\n    p: two\n"
            "list lower-alpha 1\n  item\n    p: alpha\n"
            "list bullet 1\n  item\n    p: bullet\n");
}

TEST(TextReaderLists, LetterIAfterHStaysInTheLetterList) {
  EXPECT_EQ(outline_of("Notes\n\nh) eighth\ni) ninth\nj) tenth\n"),
            "title: Notes\nlist lower-alpha 8\n  item\n    p: eighth\n  item\n    p: ninth\n  item\n    p: tenth\n");
}

TEST(TextReaderLists, WordsEndingInAStopAreNoMarkers) {
  EXPECT_EQ(outline_of("Notes\n\netc. and so on\ne.g. this\n1917. A year.\n"),
            "title: Notes\np: etc. and so on e.g. this\np: 1917. A year.\n");
}

TEST(TextReaderLists, NestingBySpaces) {
  EXPECT_EQ(outline_of("Notes\n\n- top\n  - nested\n    - deeper\n  - nested two\n- top two\n"),
            "title: Notes\n"
            "list bullet 1\n"
            "  item\n"
            "    p: top\n"
            "    list bullet 1\n"
            "      item\n"
            "        p: nested\n"
            "        list bullet 1\n"
            "          item\n"
            "            p: deeper\n"
            "      item\n"
            "        p: nested two\n"
            "  item\n"
            "    p: top two\n");
}

TEST(TextReaderLists, NestingByTabs) {
  EXPECT_EQ(
      outline_of("Notes\n\n\xE2\x80\xA2 top\n\t\xE2\x80\xA2 tabbed\n\t\t\xE2\x80\xA2 two tabs\n\xE2\x80\xA2 back\n"),
      "title: Notes\n"
      "list bullet 1\n"
      "  item\n"
      "    p: top\n"
      "    list bullet 1\n"
      "      item\n"
      "        p: tabbed\n"
      "        list bullet 1\n"
      "          item\n"
      "            p: two tabs\n"
      "  item\n"
      "    p: back\n");
}

TEST(TextReaderLists, OneColumnOfIndentationDriftIsTheSameLevel) {
  EXPECT_EQ(outline_of("Notes\n\n  - two spaces\n   - three spaces\n - one space\n"),
            "title: Notes\nlist bullet 1\n  item\n    p: two spaces\n  item\n    p: three spaces\n"
            "  item\n    p: one space\n");
}

TEST(TextReaderLists, OrderedListNestedInBullets) {
  EXPECT_EQ(outline_of("Notes\n\n- causes\n    1. famine\n    2. war\n- results\n"),
            "title: Notes\n"
            "list bullet 1\n"
            "  item\n    p: causes\n    list decimal 1\n      item\n        p: famine\n      item\n        p: war\n"
            "  item\n    p: results\n");
}

TEST(TextReaderLists, ContinuationLinesJoinTheirBullet) {
  const Result r = read_notes("Notes\n\n- first line of the item\n  goes on here\nand even here\n- second\n");
  EXPECT_EQ(test::outline(r.doc),
            "title: Notes\nlist bullet 1\n"
            "  item\n    p: first line of the item goes on here and even here\n"
            "  item\n    p: second\n");
  // The joining spaces are inserted, not copied: three segments for three lines.
  const model::Paragraph& p = paragraph_at(list_at(r.doc.blocks, 0).items[0].blocks, 0);
  EXPECT_EQ(p.content.segments().size(), 3u);
}

TEST(TextReaderLists, IndentedParagraphAfterBlankLineBelongsToTheItem) {
  EXPECT_EQ(outline_of("Notes\n\n- after blank\n\n  indented paragraph after blank\n- next\n\nOutside.\n"),
            "title: Notes\n"
            "list bullet 1\n"
            "  item\n    p: after blank\n    p: indented paragraph after blank\n"
            "  item\n    p: next\n"
            "p: Outside.\n");
}

TEST(TextReaderLists, BlankLineSeparatedBulletsStayOneList) {
  const Result r = read_notes("Notes\n\n  \xE2\x80\xA2 one\n\n  \xE2\x80\xA2 two\n\n\n  \xE2\x80\xA2 three\n");
  ASSERT_EQ(r.doc.blocks.size(), 1u);
  EXPECT_EQ(list_at(r.doc.blocks, 0).items.size(), 3u);
}

TEST(TextReaderLists, HeadingEndsAList) {
  EXPECT_EQ(outline_of("Notes\n\n- one\n\nNext Part\n\n- two\n"),
            "title: Notes\nlist bullet 1\n  item\n    p: one\nh1: Next Part\nlist bullet 1\n  item\n    p: two\n");
}

// --- paragraphs, whitespace, line ends ------------------------------------------------------

TEST(TextReaderParagraphs, HardWrappedLinesJoinWithSingleSpaces) {
  const Result r = read_notes("Notes\n\nThe grain crisis of 1927   \n   came after low prices\nset by the state.\n");
  ASSERT_EQ(r.doc.blocks.size(), 1u);
  EXPECT_EQ(paragraph_at(r.doc.blocks, 0).content.text(),
            "The grain crisis of 1927 came after low prices set by the state.");
}

TEST(TextReaderParagraphs, ShortLinesAreNotesOfTheirOwn) {
  EXPECT_EQ(outline_of("Key dates\n\n1945 - Yalta, Potsdam\n1949 - NATO, Soviet A-bomb\n1961 - Berlin wall\n"),
            "title: Key dates\np: 1945 - Yalta, Potsdam\np: 1949 - NATO, Soviet A-bomb\np: 1961 - Berlin wall\n");
}

TEST(TextReaderParagraphs, WrappedLinesJoinWhateverTheirFirstLetter) {
  // Wrapped at 60 columns: a line ends where the next word would not have fitted.
  const Result r = read_notes(
      "Notes\n\n"
      "The purges reached the army in 1937 when Marshal Tukhachevsky\n"
      "Yakir and Uborevich were shot after a secret trial. Most of\n"
      "the senior officers followed.\n"
      "1938 - Yezhov falls\n");
  EXPECT_EQ(test::outline(r.doc),
            "title: Notes\n"
            "p: The purges reached the army in 1937 when Marshal Tukhachevsky Yakir and Uborevich were shot after a "
            "secret trial. Most of the senior officers followed.\n"
            "p: 1938 - Yezhov falls\n");
}

TEST(TextReaderParagraphs, OneLongLineOverShortOnesIsNotWrapping) {
  EXPECT_EQ(outline_of("Notes\n\nEvacuation of children began on 1 September 1939 (Pied Piper)\nWomen in factories\n"
                       "Rationing began in 1940\n"),
            "title: Notes\np: Evacuation of children began on 1 September 1939 (Pied Piper)\n"
            "p: Women in factories\np: Rationing began in 1940\n");
}

TEST(TextReaderParagraphs, TabsInsideALineAreKept) {
  const Result r = read_notes("Notes\n\nIn 1928\tthe grain crisis began.\n");
  EXPECT_EQ(paragraph_at(r.doc.blocks, 0).content.text(), "In 1928\tthe grain crisis began.");
}

TEST(TextReaderParagraphs, WhitespaceOnlyInputGivesAnEmptyDocument) {
  const Result r = read_notes(" \n\t\n  \r\n");
  EXPECT_TRUE(r.doc.title.empty());
  EXPECT_TRUE(r.doc.blocks.empty());
  ASSERT_EQ(r.review.removals.size(), 1u);
  EXPECT_EQ(r.review.removals[0].kind, model::Removal::Kind::Whitespace);
}

TEST(TextReaderParagraphs, EmptyInputGivesAnEmptyDocument) {
  const Result r = read_notes("");
  EXPECT_TRUE(r.doc.blocks.empty());
  EXPECT_TRUE(r.review.removals.empty());
  EXPECT_EQ(r.review.line_endings, "none");
  EXPECT_EQ(r.review.source_bytes, 0u);
}

TEST(TextReaderLineEnds, CrLf) {
  const Result r = read_notes("Notes\r\n\r\nline one\r\nline two\r\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\np: line one line two\n");
  EXPECT_EQ(r.review.line_endings, "CRLF");
  EXPECT_EQ(r.doc.blocks[0].source, (SourcePos{3, 1}));
}

TEST(TextReaderLineEnds, OldMacCr) {
  const Result r = read_notes("Notes\r\rline one\rline two\r");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\np: line one line two\n");
  EXPECT_EQ(r.review.line_endings, "CR");
  EXPECT_EQ(r.doc.blocks[0].source, (SourcePos{3, 1}));
}

TEST(TextReaderLineEnds, NextLine) {
  const Result r = read_notes("Notes\xC2\x85\xC2\x85line one\xC2\x85line two\xC2\x85");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\np: line one line two\n");
  EXPECT_EQ(r.doc.blocks[0].source, (SourcePos{3, 1}));
}

TEST(TextReaderLineEnds, LineAndParagraphSeparators) {
  const Result r =
      read_notes("Notes\xE2\x80\xA8\xE2\x80\xA8line one\xE2\x80\xA8line two\xE2\x80\xA9\xE2\x80\xA9- item\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\np: line one line two\nlist bullet 1\n  item\n    p: item\n");
  EXPECT_EQ(r.doc.blocks[0].source, (SourcePos{3, 1}));
  EXPECT_EQ(r.doc.blocks[1].source, (SourcePos{6, 1}));
}

TEST(TextReaderLineEnds, MixedLineEndsAreReported) {
  EXPECT_EQ(read_notes("a\r\nb\nc\n").review.line_endings, "mixed");
  EXPECT_EQ(read_notes("a\nb\n").review.line_endings, "LF");
}

// --- control characters and boilerplate ----------------------------------------------------

TEST(TextReaderControls, ControlCharactersAreDroppedAndRecorded) {
  const std::string padding(1000, 'x');  // enough text that the decoder takes it for text
  const Result r = read_notes("Notes\n\nStalin\x07 was\x1B General\x7F Secretary.\n\n" + padding + "\n");
  EXPECT_EQ(paragraph_at(r.doc.blocks, 0).content.text(), "Stalin was General Secretary.");
  EXPECT_EQ(removed(r, model::Removal::Kind::Control), (std::vector<std::string>{"\x07", "\x1B", "\x7F"}));
  for (const model::Removal& m : r.review.removals)
    if (m.text == "\x07") {
      EXPECT_EQ(m.where, (SourcePos{3, 7}));
    }
}

TEST(TextReaderControls, FormFeedAndVerticalTabSeparateWords) {
  const Result r = read_notes("Notes\n\nword\fword and a\vb and c\f d\n");
  EXPECT_EQ(paragraph_at(r.doc.blocks, 0).content.text(), "word word and a b and c d");
  EXPECT_TRUE(removed(r, model::Removal::Kind::Marker).empty());
}

TEST(TextReaderBoilerplate, LinesAreRemovedAndListed) {
  const Result r = read_notes(
      "Notes\n\nThe Terror peaked in 1937.\n\nNo comments have yet been made\nShare this:\n"
      "  LOG IN   to comment.  \nWas this helpful?\n");
  EXPECT_EQ(test::outline(r.doc), "title: Notes\np: The Terror peaked in 1937.\n");
  EXPECT_EQ(removed(r, model::Removal::Kind::Boilerplate),
            (std::vector<std::string>{"No comments have yet been made", "Share this:", "LOG IN   to comment.",
                                      "Was this helpful?"}));
  for (const model::Removal& m : r.review.removals)
    if (m.text == "Share this:") {
      EXPECT_EQ(m.where, (SourcePos{6, 1}));
    }
}

TEST(TextReaderBoilerplate, BoilerplateEndsAParagraph) {
  EXPECT_EQ(outline_of("Notes\n\nline one\nRead more\nline two\n"), "title: Notes\np: line one\np: line two\n");
}

TEST(TextReaderBoilerplate, SentencesContainingBoilerplateWordsStay) {
  EXPECT_EQ(outline_of("Notes\n\nNo comments have yet been made about the Kirov murder.\n"),
            "title: Notes\np: No comments have yet been made about the Kirov murder.\n");
}

// --- lead terms --------------------------------------------------------------------------

TEST(TextReaderLeadTerms, TermBeforeADashIsStrong) {
  const Result r = read_notes("Notes\n\n\xE2\x80\xA2 Stalin- He was the grey blur\n");
  const model::Paragraph& p = paragraph_at(list_at(r.doc.blocks, 0).items[0].blocks, 0);
  ASSERT_EQ(p.content.spans().size(), 1u);
  EXPECT_EQ(p.content.spans()[0].range, (model::ByteRange{0, 6}));
  EXPECT_TRUE(std::holds_alternative<model::Strong>(p.content.spans()[0].what));
}

TEST(TextReaderLeadTerms, EnDashColonAndSeveralWords) {
  const Result r =
      read_notes("Notes\n\n- Bukharin \xE2\x80\x93 the favourite\n- NEP: a retreat\n- Zionev and Kamenev - friends\n");
  const model::List& list = list_at(r.doc.blocks, 0);
  const model::ByteRange expected[] = {{0, 8}, {0, 3}, {0, 18}};
  for (std::size_t i = 0; i < 3; ++i) {
    const model::TextBlock& text = paragraph_at(list.items[i].blocks, 0).content;
    ASSERT_EQ(text.spans().size(), 1u) << text.text();
    EXPECT_EQ(text.spans()[0].range, expected[i]) << text.text();
  }
}

TEST(TextReaderLeadTerms, NoTermForHyphenatedWordsSentencesOrLongPhrases) {
  const Result r = read_notes(
      "Notes\n\n- Brest-Litovsk was signed in 1918\n- He said, famously- no\n"
      "- One two three four five six - too long\n- Time 10:30 am\n");
  const model::List& list = list_at(r.doc.blocks, 0);
  ASSERT_EQ(list.items.size(), 4u);
  for (const model::ListItem& item : list.items)
    EXPECT_TRUE(paragraph_at(item.blocks, 0).content.spans().empty()) << paragraph_at(item.blocks, 0).content.text();
}

TEST(TextReaderLeadTerms, ParagraphsOutsideListsAreNotMarked) {
  const Result r = read_notes("Notes\n\nStalin- He was the grey blur.\n");
  EXPECT_TRUE(paragraph_at(r.doc.blocks, 0).content.spans().empty());
}

// --- ids and positions ---------------------------------------------------------------------

TEST(TextReaderBlocks, IdsNumberBlocksInReadingOrder) {
  const Result r = read_notes("Notes\n\nPart One\n\n- a\n  - b\n- c\n\nEnd.\n");
  std::vector<std::uint32_t> ids;
  std::function<void(const std::vector<model::Block>&)> walk = [&](const std::vector<model::Block>& blocks) {
    for (const model::Block& b : blocks) {
      ids.push_back(b.id);
      if (const auto* list = std::get_if<model::List>(&b.node))
        for (const model::ListItem& item : list->items) walk(item.blocks);
    }
  };
  walk(r.doc.blocks);
  EXPECT_EQ(ids, (std::vector<std::uint32_t>{1, 2, 3, 4, 5, 6, 7}));
}

TEST(TextReaderBlocks, SourcePositionsAreLineAndColumnOfTheContent) {
  const Result r =
      read_notes("Notes\n\n  Indented paragraph\n\n\t\xE2\x80\xA2 caf\xC3\xA9 item\n    \xE2\x80\xA2 second\n");
  ASSERT_EQ(r.doc.blocks.size(), 2u);
  EXPECT_EQ(r.doc.blocks[0].source, (SourcePos{3, 3}));
  const model::List& list = list_at(r.doc.blocks, 1);
  EXPECT_EQ(r.doc.blocks[1].source, (SourcePos{5, 2}));  // the tab is one column
  EXPECT_EQ(list.items[0].blocks[0].source, (SourcePos{5, 2}));
  EXPECT_EQ(list.items[1].blocks[0].source, (SourcePos{6, 5}));
}

TEST(TextReaderBlocks, ColumnsCountCodePoints) {
  const Result r = read_notes("Notes\n\n\xC3\xA9\xC3\xA9 Stalin:\n\nText.\n");
  // The ":" removed from the heading is at byte 19 but column 10: "éé" are two code points.
  ASSERT_EQ(removed(r, model::Removal::Kind::Marker), std::vector<std::string>{":"});
  for (const model::Removal& m : r.review.removals)
    if (m.kind == model::Removal::Kind::Marker) {
      EXPECT_EQ(m.begin, 18u);
      EXPECT_EQ(m.where, (SourcePos{3, 10}));
    }
}

// --- review fields -------------------------------------------------------------------------

TEST(TextReaderReview, EncodingBomAndNfcAreCarriedIntoTheReview) {
  const Result r = read(("\xEF\xBB\xBF"
                         "Cafe\xCC\x81\r\n"),
                        text_format(), boilerplate());
  EXPECT_EQ(r.review.encoding, "UTF-8");
  EXPECT_TRUE(r.review.byte_order_mark);
  EXPECT_TRUE(r.review.nfc_changed);
  EXPECT_EQ(r.review.line_endings, "CRLF");
  EXPECT_EQ(r.review.source_bytes, 7u);  // "Café\r\n" in NFC, without the mark
  EXPECT_EQ(r.source.text(), "Caf\xC3\xA9\r\n");
  EXPECT_EQ(r.doc.title.text(), "Caf\xC3\xA9");
}

TEST(TextReaderReview, Windows1252NotesAreReadAsText) {
  const std::string bytes =
      "Lenin\x92s testament\n\nThe caf\xE9 talk of \x93socialism in one country\x94 \x96 Stalin\x92s idea, "
      "set against Trotsky\x92s permanent revolution, won the support of most party members.\n";
  const Result r = read(bytes, text_format(), boilerplate());
  EXPECT_EQ(r.review.encoding, "windows-1252");
  EXPECT_EQ(r.doc.title.text(), "Lenin\xE2\x80\x99s testament");
  EXPECT_TRUE(test::accounting_problems(r, boilerplate()).empty());
}

}  // namespace
}  // namespace np::read
