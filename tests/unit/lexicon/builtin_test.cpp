#include <gtest/gtest.h>

#include <map>
#include <string>

#include "base/error.hpp"
#include "lexicon/lexicon.hpp"
#include "resources/resources.hpp"

namespace np::lexicon {
namespace {

/// Every form (name, alias, misspelling) of the built-in entries, with the entry it belongs to.
std::multimap<std::string, const Entry*> builtin_forms() {
  std::multimap<std::string, const Entry*> forms;
  for (const Lexicon& lex : builtins())
    for (const Entry& e : lex.entries) {
      forms.emplace(e.info.name, &e);
      for (const std::string& a : e.info.aliases) forms.emplace(a, &e);
    }
  return forms;
}

TEST(BuiltinLexicon, ParsesWithNoErrorsAndNoWarnings) {
  std::size_t count = 0;
  for (const resources::Resource& r : resources::all()) {
    if (!r.name.starts_with("lexicons/")) continue;
    ++count;
    const ParseResult result = parse(r.bytes, std::string(r.name));
    for (const Problem& p : result.problems)
      ADD_FAILURE() << format_location(std::string(r.name), p.where, p.message) << (p.error ? "" : " (warning)");
    EXPECT_TRUE(result.lexicon.has_value()) << r.name;
  }
  EXPECT_GE(count, 1u);
}

TEST(BuiltinLexicon, IsMarkedBuiltIn) {
  ASSERT_FALSE(builtins().empty());
  for (const Lexicon& lex : builtins()) {
    EXPECT_EQ(lex.origin, "built-in");
    for (const Entry& e : lex.entries) EXPECT_TRUE(e.builtin) << e.info.id;
  }
  EXPECT_EQ(builtins().front().id, "russia-1917-1953");
}

TEST(BuiltinLexicon, HasAtLeast60PeopleAnd100OtherEntities) {
  std::size_t people = 0, others = 0;
  for (const Lexicon& lex : builtins())
    for (const Entry& e : lex.entries) (e.info.kind == model::EntityKind::Person ? people : others) += 1;
  EXPECT_GE(people, 60u);
  EXPECT_GE(others, 100u);
}

TEST(BuiltinLexicon, EveryEntryHasADescription) {
  for (const Lexicon& lex : builtins())
    for (const Entry& e : lex.entries) EXPECT_FALSE(e.info.description.empty()) << e.info.id;
}

TEST(BuiltinLexicon, NamesTheMustShowPeople) {
  const auto forms = builtin_forms();
  for (const char* name : {"Stalin", "Trotsky", "Bukharin", "Zinoviev", "Kamenev", "Lenin"}) {
    const auto [first, last] = forms.equal_range(name);
    ASSERT_NE(first, last) << name << " is not a form of the built-in lexicon";
    EXPECT_EQ(std::distance(first, last), 1) << name << " is shared";
    EXPECT_EQ(first->second->info.kind, model::EntityKind::Person) << name;
  }
}

TEST(BuiltinLexicon, NamesTheMustShowConceptsAndEvents) {
  const auto forms = builtin_forms();
  for (const char* name : {"NEP", "Politburo", "Party Congress", "Central Committee", "General Secretary", "Rabkrin",
                           "Red Army", "October Revolution", "Civil War"}) {
    const auto [first, last] = forms.equal_range(name);
    ASSERT_NE(first, last) << name << " is not a form of the built-in lexicon";
    EXPECT_EQ(std::distance(first, last), 1) << name << " is shared";
    EXPECT_NE(first->second->info.kind, model::EntityKind::Person) << name;
  }
}

TEST(BuiltinLexicon, KnowsTheSeedMisspellings) {
  std::map<std::string, std::string> wrong;  // misspelling -> entity id
  for (const Lexicon& lex : builtins())
    for (const Entry& e : lex.entries)
      for (const std::string& m : e.misspellings) wrong[m] = e.info.id;
  EXPECT_EQ(wrong["Zionev"], "zinoviev");
  EXPECT_EQ(wrong["Bukarin"], "bukharin");
  EXPECT_EQ(wrong["Trotksy"], "trotsky");
}

TEST(BuiltinLexicon, PeopleHaveLifeDates) {
  for (const Lexicon& lex : builtins())
    for (const Entry& e : lex.entries)
      if (e.info.id == "stalin" || e.info.id == "lenin") {
        ASSERT_TRUE(e.info.born.has_value()) << e.info.id;
        ASSERT_TRUE(e.info.died.has_value()) << e.info.id;
      }
}

}  // namespace
}  // namespace np::lexicon
