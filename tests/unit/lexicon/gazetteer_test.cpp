#include "lexicon/gazetteer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace np::lexicon {
namespace {

Entry make(const std::string& id, model::EntityKind kind, const std::string& name,
           std::vector<std::string> aliases = {}, std::vector<std::string> misspellings = {},
           const std::string& origin = "mine", bool builtin = false) {
  Entry e;
  e.info.id = id;
  e.info.kind = kind;
  e.info.name = name;
  e.info.aliases = std::move(aliases);
  e.misspellings = std::move(misspellings);
  e.origin = origin;
  e.builtin = builtin;
  return e;
}

using K = model::EntityKind;

/// A small lexicon covering every matching rule.
std::vector<Entry> sample_entries() {
  return {
      make("stalin", K::Person, "Joseph Stalin", {"Stalin", "Koba"}, {"Stalen"}),
      make("stalin-constitution", K::Concept, "Stalin Constitution"),
      make("zinoviev", K::Person, "Grigory Zinoviev", {"Zinoviev"}, {"Zionev"}),
      make("left", K::Organisation, "Left Opposition", {"Left"}),
      make("october-revolution", K::Event, "October Revolution"),
      make("five-year-plans", K::Concept, "Five-Year Plan"),
      make("kulaks", K::Concept, "kulak"),
      make("tax", K::Concept, "tax"),
      make("testament", K::Concept, "Lenin's Testament"),
      make("koba-film", K::Concept, "Koba the Dread", {"Koba"}),
  };
}

class GazetteerTest : public ::testing::Test {
 protected:
  GazetteerTest() : gazetteer_(sample_entries(), breaker_) {}

  /// "[matched text]=form" for each hit, in order.
  std::vector<std::string> hits(const std::string& text) {
    last_hits_.clear();
    tokens_.clear();
    breaker_.words(text, tokens_);
    gazetteer_.match(text, tokens_, last_hits_);
    std::vector<std::string> out;
    for (const Hit& h : last_hits_)
      out.push_back("[" + text.substr(h.range.begin, h.range.end - h.range.begin) + "]=" + h.pattern->text);
    return out;
  }

  std::string id_of(const Hit& hit) const { return gazetteer_.entries()[hit.pattern->entries.front()].info.id; }

  unicode::TextBreaker breaker_;
  Gazetteer gazetteer_;
  std::vector<unicode::Token> tokens_;
  std::vector<Hit> last_hits_;
};

using Hits = std::vector<std::string>;

TEST_F(GazetteerTest, FindsEveryFormKind) {
  EXPECT_EQ(hits("Joseph Stalin, also Koba the Georgian, or Stalen."),
            (Hits{"[Joseph Stalin]=Joseph Stalin", "[Koba]=Koba", "[Stalen]=Stalen"}));
  EXPECT_EQ(last_hits_[0].pattern->kind, FormKind::Name);
  EXPECT_EQ(last_hits_[2].pattern->kind, FormKind::Misspelling);
}

TEST_F(GazetteerTest, LongestMatchWins) {
  EXPECT_EQ(hits("The Stalin Constitution of 1936 was Stalin's."),
            (Hits{"[Stalin Constitution]=Stalin Constitution", "[Stalin]=Stalin"}));
  EXPECT_EQ(last_hits_[0].first_token, 1u);
  EXPECT_EQ(last_hits_[0].token_count, 2u);
  EXPECT_EQ(id_of(last_hits_[0]), "stalin-constitution");
  // "Koba the Dread" beats the shorter, ambiguous "Koba".
  EXPECT_EQ(hits("He read Koba the Dread."), Hits{"[Koba the Dread]=Koba the Dread"});
}

TEST_F(GazetteerTest, MatchesWholeWordsOnly) { EXPECT_TRUE(hits("Stalinism and destalinisation").empty()); }

TEST_F(GazetteerTest, CaseInsensitiveForOrdinaryForms) {
  EXPECT_EQ(hits("the october revolution and the OCTOBER REVOLUTION"),
            (Hits{"[october revolution]=October Revolution", "[OCTOBER REVOLUTION]=October Revolution"}));
  EXPECT_EQ(hits("stalin"), Hits{"[stalin]=Stalin"});
}

TEST_F(GazetteerTest, EnglishWordFormsNeedExactCaseAndNoSentenceStart) {
  EXPECT_TRUE(hits("He left the party in 1927.").empty());
  EXPECT_TRUE(hits("Left wing ideas spread.").empty()) << "sentence-initial";
  EXPECT_TRUE(hits("It was over. Left behind, he wept.").empty()) << "sentence-initial";
  EXPECT_TRUE(hits("the LEFT and the left").empty());
  EXPECT_EQ(hits("Then the Left opposed him."), Hits{"[Left]=Left"});
  EXPECT_TRUE(last_hits_[0].pattern->exact_case);
  // The full name is not an English word: ordinary rules.
  EXPECT_EQ(hits("the left opposition"), Hits{"[left opposition]=Left Opposition"});
}

TEST_F(GazetteerTest, ExactCaseFormsTakeInflectionsToo) {
  EXPECT_EQ(hits("He took the Left's policy."), Hits{"[Left]=Left"});
  EXPECT_EQ(last_hits_[0].inflection, Inflection::Possessive);
  EXPECT_EQ(hits("He took the Lefts policy."), Hits{"[Lefts]=Left"});
  EXPECT_EQ(last_hits_[0].inflection, Inflection::BareS);
  EXPECT_TRUE(hits("He took the lefts policy.").empty());
}

TEST_F(GazetteerTest, PossessivesWithStraightAndCurlyApostrophes) {
  EXPECT_EQ(hits("Stalin's rise and Stalin\xE2\x80\x99s fall"), (Hits{"[Stalin]=Stalin", "[Stalin]=Stalin"}));
  for (const Hit& h : last_hits_) {
    EXPECT_EQ(h.inflection, Inflection::Possessive);
    EXPECT_EQ(h.inflected_token, h.first_token);
  }
}

TEST_F(GazetteerTest, BareSIsAPossessiveMissingItsApostropheOrAPlural) {
  EXPECT_EQ(hits("Stalins rise"), Hits{"[Stalins]=Stalin"});
  EXPECT_EQ(last_hits_[0].inflection, Inflection::BareS);
  EXPECT_EQ(hits("the kulaks resisted, every kulak"), (Hits{"[kulaks]=kulak", "[kulak]=kulak"}));
  EXPECT_EQ(last_hits_[0].inflection, Inflection::BareS);
  EXPECT_EQ(last_hits_[1].inflection, Inflection::None);
  EXPECT_EQ(hits("new taxes"), Hits{"[taxes]=tax"});
  EXPECT_EQ(last_hits_[0].inflection, Inflection::PluralEs);
}

TEST_F(GazetteerTest, MissingApostropheInsideAForm) {
  EXPECT_EQ(hits("Lenins Testament was read out."), Hits{"[Lenins Testament]=Lenin's Testament"});
  EXPECT_EQ(last_hits_[0].inflection, Inflection::BareS);
  EXPECT_EQ(last_hits_[0].inflected_token, 0u);
  EXPECT_EQ(hits("Lenin\xE2\x80\x99s testament"), Hits{"[Lenin\xE2\x80\x99s testament]=Lenin's Testament"});
  EXPECT_EQ(last_hits_[0].inflection, Inflection::None);
}

TEST_F(GazetteerTest, GapsMaySwapSpacesAndHyphensButNothingElse) {
  EXPECT_EQ(hits("the five year plan"), Hits{"[five year plan]=Five-Year Plan"});
  EXPECT_EQ(hits("the Five-Year Plan"), Hits{"[Five-Year Plan]=Five-Year Plan"});
  EXPECT_EQ(hits("the five-year-plan"), Hits{"[five-year-plan]=Five-Year Plan"});
  EXPECT_EQ(hits("the October  Revolution"), Hits{"[October  Revolution]=October Revolution"});
  EXPECT_EQ(hits("October\xC2\xA0Revolution"), Hits{"[October\xC2\xA0Revolution]=October Revolution"});
  EXPECT_TRUE(hits("in October. Revolution followed").empty());
  EXPECT_TRUE(hits("in October, Revolution followed").empty());
}

TEST_F(GazetteerTest, SharedFormsGiveOneHitWithBothEntries) {
  EXPECT_EQ(hits("They called him Koba."), Hits{"[Koba]=Koba"});
  ASSERT_EQ(last_hits_[0].pattern->entries.size(), 2u);
  EXPECT_EQ(gazetteer_.entries()[last_hits_[0].pattern->entries[0]].info.id, "stalin");
  EXPECT_EQ(gazetteer_.entries()[last_hits_[0].pattern->entries[1]].info.id, "koba-film");
}

TEST_F(GazetteerTest, MisspellingsCarryTheNearestCorrectForm) {
  EXPECT_EQ(hits("Zionev and Kamenev"), Hits{"[Zionev]=Zionev"});
  EXPECT_EQ(last_hits_[0].pattern->correction, "Zinoviev");
  EXPECT_EQ(hits("Stalen"), Hits{"[Stalen]=Stalen"});
  EXPECT_EQ(last_hits_[0].pattern->correction, "Stalin");
}

TEST_F(GazetteerTest, HitsDoNotOverlapAndComeInTextOrder) {
  EXPECT_EQ(hits("Koba, Zinoviev, Stalin Constitution, kulak"),
            (Hits{"[Koba]=Koba", "[Zinoviev]=Zinoviev", "[Stalin Constitution]=Stalin Constitution", "[kulak]=kulak"}));
  for (std::size_t i = 1; i < last_hits_.size(); ++i) EXPECT_LE(last_hits_[i - 1].range.end, last_hits_[i].range.begin);
}

TEST_F(GazetteerTest, FindById) {
  ASSERT_NE(gazetteer_.find("zinoviev"), nullptr);
  EXPECT_EQ(gazetteer_.find("zinoviev")->info.name, "Grigory Zinoviev");
  EXPECT_EQ(gazetteer_.find("nobody"), nullptr);
}

TEST_F(GazetteerTest, KeyOfFoldsCaseAndCurlyApostrophes) {
  EXPECT_EQ(Gazetteer::key_of("Stalin\xE2\x80\x99s"), "stalin's");
  EXPECT_EQ(Gazetteer::key_of("K\xC3\x89RENSKY"), "k\xC3\xA9rensky");
}

TEST(GazetteerExactCase, CaseSensitiveEntriesMatchOnlyTheirCapitals) {
  unicode::TextBreaker breaker;
  Entry cheka = make("cheka", K::Organisation, "Cheka");
  cheka.case_sensitive = true;
  const Gazetteer gazetteer({cheka}, breaker);
  auto count = [&](const std::string& text) {
    std::vector<unicode::Token> tokens;
    breaker.words(text, tokens);
    std::vector<Hit> out;
    gazetteer.match(text, tokens, out);
    return out.size();
  };
  EXPECT_EQ(count("the Cheka arrested him"), 1u);
  EXPECT_EQ(count("the cheka arrested him"), 0u);
  EXPECT_EQ(count("Cheka agents came."), 0u) << "never at the start of a sentence";
}

TEST(GazetteerRelevance, GenericFormsCountOnlyWhereTheirLexiconIsRelevant) {
  unicode::TextBreaker breaker;
  const Gazetteer gazetteer({make("civil-war", K::Event, "Civil War", {}, {}, "built-in", true),
                             make("trotsky", K::Person, "Trotsky", {}, {}, "built-in", true),
                             make("lenin", K::Person, "Lenin", {}, {}, "built-in", true),
                             make("show-trial", K::Event, "show trial", {}, {}, "mine", false)},
                            breaker);
  auto run = [&](const std::string& text) {
    std::vector<unicode::Token> tokens;
    breaker.words(text, tokens);
    std::vector<Hit> out;
    gazetteer.match(text, tokens, out);
    return out;
  };
  ASSERT_EQ(gazetteer.origin_count(), 2u);

  // An American history essay: "civil war" alone does not make the Russian lexicon relevant.
  const std::vector<Hit> american = run("After the civil war the show trial began.");
  ASSERT_EQ(american.size(), 2u);
  EXPECT_TRUE(american[0].pattern->generic);
  const std::vector<bool> off = gazetteer.relevant_origins(american);
  EXPECT_FALSE(off[gazetteer.origin_of(0)]);
  EXPECT_TRUE(off[gazetteer.origin_of(3)]) << "a user's lexicon is always relevant";
  EXPECT_FALSE(gazetteer.counts(american[0], off));
  EXPECT_TRUE(gazetteer.counts(american[1], off));

  // Two distinct non-generic built-in entities make it relevant.
  const std::vector<Hit> russian = run("Trotsky and Lenin won the Civil War.");
  ASSERT_EQ(russian.size(), 3u);
  const std::vector<bool> on = gazetteer.relevant_origins(russian);
  EXPECT_TRUE(on[gazetteer.origin_of(0)]);
  EXPECT_TRUE(gazetteer.counts(russian[2], on));

  // The same entity twice is still one entity.
  const std::vector<bool> once = gazetteer.relevant_origins(run("Trotsky, Trotsky and the Civil War."));
  EXPECT_FALSE(once[gazetteer.origin_of(0)]);
  EXPECT_TRUE(gazetteer.relevant_origins(run("Trotsky, Trotsky and the Civil War."), 1)[gazetteer.origin_of(0)]);
}

TEST(GazetteerStartsSentence, AfterStopsQuotesAndBrackets) {
  const std::string text = "Left. (\"Left\" and Left: Left; \xE2\x80\x9CLeft";
  EXPECT_TRUE(starts_sentence(text, 0));
  EXPECT_TRUE(starts_sentence(text, 8));    // after '. ("'
  EXPECT_FALSE(starts_sentence(text, 18));  // after "and "
  EXPECT_TRUE(starts_sentence(text, 24));   // after ": "
  EXPECT_TRUE(starts_sentence(text, 33));   // after "; “"
  EXPECT_FALSE(starts_sentence("the Left", 4));
}

TEST(GazetteerBuiltins, TheMustShowFormsResolveToOneEntity) {
  unicode::TextBreaker breaker;
  std::vector<Lexicon> lexicons(builtins().begin(), builtins().end());
  const Gazetteer gazetteer(merge(lexicons), breaker);
  const std::string text =
      "Stalin, Trotsky, Bukharin, Zinoviev, Kamenev and Lenin; the NEP, the Politburo, the Party Congress, "
      "the Central Committee, the General Secretary, Rabkrin, the Red Army, the October Revolution and the "
      "Civil War. Zionev and Bukarin.";
  std::vector<unicode::Token> tokens;
  breaker.words(text, tokens);
  std::vector<Hit> out;
  gazetteer.match(text, tokens, out);
  std::vector<std::string> found;
  for (const Hit& h : out) {
    EXPECT_EQ(h.pattern->entries.size(), 1u) << h.pattern->text;
    found.push_back(text.substr(h.range.begin, h.range.end - h.range.begin));
  }
  EXPECT_EQ(found,
            (std::vector<std::string>{"Stalin", "Trotsky", "Bukharin", "Zinoviev", "Kamenev", "Lenin", "NEP",
                                      "Politburo", "Party Congress", "Central Committee", "General Secretary",
                                      "Rabkrin", "Red Army", "October Revolution", "Civil War", "Zionev", "Bukarin"}));
  EXPECT_EQ(out[15].pattern->correction, "Zinoviev");
  EXPECT_EQ(out[16].pattern->correction, "Bukharin");
}

}  // namespace
}  // namespace np::lexicon
