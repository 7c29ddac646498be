#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/error.hpp"
#include "lexicon/lexicon.hpp"

namespace np::lexicon {
namespace {

const std::string kHeader = "[lexicon]\nid = \"test\"\ntitle = \"Test\"\n\n";  // entities start on line 5

/// "E 6:8: message" / "W 5:1: message", one per problem, in order.
std::vector<std::string> problems_of(const std::string& toml) {
  const ParseResult result = parse(toml, "test.toml");
  std::vector<std::string> out;
  for (const Problem& p : result.problems)
    out.push_back(std::string(p.error ? "E " : "W ") + std::to_string(p.where.line) + ":" +
                  std::to_string(p.where.column) + ": " + p.message);
  return out;
}

using Problems = std::vector<std::string>;

TEST(LexiconParse, ValidLexiconWithEveryKey) {
  const ParseResult r = parse(kHeader + R"([[entity]]
id = "stalin"
type = "person"
name = "Joseph Stalin"
aliases = ["Stalin", "Koba"]
misspellings = ["Stalen"]
born = "18 December 1878"
died = "5 March 1953"
description = "General Secretary."
related = ["lenin"]

[[entity]]
id = "lenin"
type = "person"
name = "Vladimir Ilyich Lenin"
index = "Lenin, V. I."

[[entity]]
id = "nep"
type = "concept"
name = "New Economic Policy"
date = "1921-1928"
parent = "lenin"
case_sensitive = true
)",
                              "test.toml");
  ASSERT_TRUE(r.lexicon.has_value());
  EXPECT_TRUE(r.problems.empty());
  const Lexicon& lex = *r.lexicon;
  EXPECT_EQ(lex.id, "test");
  EXPECT_EQ(lex.title, "Test");
  EXPECT_EQ(lex.language, "en");
  ASSERT_EQ(lex.entries.size(), 3u);
  const Entry& stalin = lex.entries[0];
  EXPECT_EQ(stalin.info.id, "stalin");
  EXPECT_EQ(stalin.info.kind, model::EntityKind::Person);
  EXPECT_EQ(stalin.info.name, "Joseph Stalin");
  EXPECT_EQ(stalin.info.index, "Stalin, Joseph");  // default for people
  EXPECT_EQ(stalin.info.aliases, (std::vector<std::string>{"Stalin", "Koba"}));
  EXPECT_EQ(stalin.misspellings, std::vector<std::string>{"Stalen"});
  ASSERT_TRUE(stalin.info.born.has_value());
  EXPECT_EQ(stalin.info.born->value, "1878-12-18");
  ASSERT_TRUE(stalin.info.died.has_value());
  EXPECT_EQ(stalin.info.died->value, "1953-03-05");
  EXPECT_EQ(stalin.info.related, std::vector<std::string>{"lenin"});
  EXPECT_EQ(stalin.origin, "test");
  EXPECT_EQ(stalin.where, (SourcePos{5, 1}));
  EXPECT_EQ(lex.entries[1].info.index, "Lenin, V. I.");
  const Entry& nep = lex.entries[2];
  EXPECT_EQ(nep.info.index, "New Economic Policy");  // default for non-people: the name
  EXPECT_EQ(nep.info.parent, "lenin");
  EXPECT_TRUE(nep.case_sensitive);
  ASSERT_TRUE(nep.info.date.has_value());
  EXPECT_EQ(nep.info.date->start, "1921-01-01");
  EXPECT_EQ(nep.info.date->end, "1928-12-31");
}

TEST(LexiconParse, DefaultIndexOfPeopleIsSurnameFirst) {
  const ParseResult r = parse(kHeader +
                                  "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"Nikolai \xC3\x8Bzhov\"\n\n"
                                  "[[entity]]\nid = \"b\"\ntype = \"person\"\nname = \"Nicholas II\"\n\n"
                                  "[[entity]]\nid = \"c\"\ntype = \"person\"\nname = \"Lenin\"\n\n"
                                  "[[entity]]\nid = \"d\"\ntype = \"person\"\nname = \"Ludwig van\"\n",
                              "x");
  ASSERT_TRUE(r.lexicon.has_value());
  EXPECT_EQ(r.lexicon->entries[0].info.index, "\xC3\x8Bzhov, Nikolai");  // a non-ASCII capital
  EXPECT_EQ(r.lexicon->entries[1].info.index, "Nicholas II");
  EXPECT_EQ(r.lexicon->entries[2].info.index, "Lenin");
  EXPECT_EQ(r.lexicon->entries[3].info.index, "Ludwig van");
}

TEST(LexiconParse, WindowsEditorFileWithBomAndCrLf) {
  const ParseResult r = parse(
      "\xEF\xBB\xBF[lexicon]\r\nid = \"t\"\r\ntitle = \"T\"\r\n\r\n[[entity]]\r\nid = \"a\"\r\n"
      "type = \"person\"\r\nname = \"A\"\r\nnick = 1\r\n",
      "x");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, (SourcePos{9, 1}));
  EXPECT_EQ(r.problems[0].message, "unknown key 'nick' in [[entity]]");
}

TEST(LexiconParse, LanguageIsCanonicalised) {
  const ParseResult r = parse("[lexicon]\nid = \"x\"\ntitle = \"X\"\nlanguage = \"en_GB\"\n", "x.toml");
  ASSERT_TRUE(r.lexicon);
  EXPECT_EQ(r.lexicon->language, "en-GB");
}

TEST(LexiconParse, TomlSyntaxError) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = = \"a\"\n"),
            Problems{"E 6:6: Error while parsing value: could not determine value type"});
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\nname = 1\n"),
            Problems{"E 6:8: Error while parsing string: unescaped control characters other than TAB (U+0009) "
                     "are explicitly prohibited"});
  EXPECT_FALSE(parse(kHeader + "[[entity]\n", "x").lexicon.has_value());
}

TEST(LexiconParse, UnknownKeys) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"A\"\nnick = \"x\"\n"),
            Problems{"E 9:1: unknown key 'nick' in [[entity]]"});
  EXPECT_EQ(problems_of("[lexicon]\nid = \"t\"\ntitle = \"T\"\nauthor = \"me\"\n"),
            Problems{"E 4:1: unknown key 'author' in [lexicon]"});
  EXPECT_EQ(problems_of("other = 1\n" + kHeader),
            Problems{"E 1:1: unknown top-level key 'other': expected [lexicon] and [[entity]]"});
}

TEST(LexiconParse, WrongTypesAreAllReported) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = 5\naliases = \"Koba\"\n"
                                  "misspellings = [\"x\", 3]\ncase_sensitive = \"yes\"\n"),
            (Problems{"E 8:8: 'name' must be a string", "E 9:11: 'aliases' must be an array of strings",
                      "E 10:22: 'misspellings' must contain only strings",
                      "E 11:18: 'case_sensitive' must be true or false"}));
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = 7\ntype = \"person\"\nname = \"A\"\n"),
            Problems{"E 6:6: 'id' must be a string"});
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"event\"\nname = \"A\"\ndate = 1917\n"),
            Problems{"E 9:8: 'date' must be a string such as \"25 October 1917\""});
}

TEST(LexiconParse, MissingIdTypeAndName) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\ndescription = \"nothing else\"\n"),
            (Problems{"E 5:1: missing required key 'id'", "E 5:1: missing required key 'type'",
                      "E 5:1: missing required key 'name'"}));
}

TEST(LexiconParse, MissingOrBrokenHeader) {
  EXPECT_EQ(problems_of("[[entity]]\nid = \"a\"\ntype = \"concept\"\nname = \"A\"\n"),
            Problems{"E 1:1: missing [lexicon] table with id and title"});
  EXPECT_EQ(problems_of("[lexicon]\nid = \"Bad_Id\"\nlanguage = \"!!\"\n"),
            (Problems{"E 1:1: missing required key 'title'", "E 2:6: invalid lexicon id 'Bad_Id'",
                      "E 3:12: '!!' is not a BCP 47 language tag"}));
}

TEST(LexiconParse, InvalidId) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"Bad Id\"\ntype = \"person\"\nname = \"A\"\n"),
            Problems{"E 6:6: invalid id 'Bad Id': use lower-case letters, digits, '-' and '_'"});
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"-lead\"\ntype = \"person\"\nname = \"A\"\n"),
            Problems{"E 6:6: invalid id '-lead': use lower-case letters, digits, '-' and '_'"});
  // Underscores and digits are fine in entity ids.
  EXPECT_TRUE(problems_of(kHeader + "[[entity]]\nid = \"a_1-b\"\ntype = \"person\"\nname = \"A\"\n").empty());
}

TEST(LexiconParse, UnknownType) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"thing\"\nname = \"A\"\n"),
            Problems{"E 7:8: unknown type 'thing': use person, place, organisation, event or concept"});
}

TEST(LexiconParse, EmptyNameAndEmptyAlias) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"concept\"\nname = \" \"\n"),
            Problems{"E 8:8: empty name"});
  EXPECT_EQ(
      problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"A\"\naliases = [\"ok\", \"  \"]\n"),
      Problems{"E 9:18: empty form in 'aliases'"});
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"A\"\nmisspellings = [\"\"]\n"),
            Problems{"E 9:17: empty form in 'misspellings'"});
}

TEST(LexiconParse, DuplicateId) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"A\"\n\n"
                                  "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"B\"\n"),
            Problems{"E 10:1: duplicate id 'a' (first at line 5)"});
}

TEST(LexiconParse, SharedFormIsAWarning) {
  const std::string toml = kHeader +
                           "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"A\"\naliases = [\"Koba\"]\n\n"
                           "[[entity]]\nid = \"b\"\ntype = \"person\"\nname = \"B\"\naliases = [\"koba\"]\n";
  EXPECT_EQ(problems_of(toml),
            Problems{"W 11:1: form 'koba' of 'b' is also a form of 'a': neither will be tagged there"});
  EXPECT_TRUE(parse(toml, "x").lexicon.has_value()) << "warnings keep the lexicon usable";
}

TEST(LexiconParse, RepeatedFormWithinOneEntryIsFine) {
  EXPECT_TRUE(
      problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"Stalin\"\naliases = [\"stalin\"]\n")
          .empty());
}

TEST(LexiconParse, MisspellingThatIsAnEnglishWordIsAWarning) {
  const std::string toml = kHeader +
                           "[[entity]]\nid = \"stalin\"\ntype = \"person\"\nname = \"Stalin\"\n"
                           "misspellings = [\"Steel\", \"Stalen\"]\n";
  EXPECT_EQ(problems_of(toml),
            Problems{"W 5:1: misspelling 'Steel' of 'stalin' is an English word and will never be corrected"});
  EXPECT_TRUE(parse(toml, "x").lexicon.has_value());
}

TEST(LexiconParse, BadDate) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"A\"\nborn = \"sometime\"\n"),
            Problems{"E 9:8: cannot read 'sometime' as a date"});
}

TEST(LexiconParse, BornOnANonPersonIsAWarning) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"concept\"\nname = \"A\"\nborn = \"1900\"\n"),
            Problems{"W 5:1: 'born' and 'died' are for people; 'a' is a concept"});
}

TEST(LexiconParse, UnknownParentAndRelated) {
  EXPECT_EQ(
      problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"concept\"\nname = \"A\"\nparent = \"zz\"\n"
                            "related = [\"b\", \"yy\"]\n\n[[entity]]\nid = \"b\"\ntype = \"concept\"\nname = \"B\"\n"),
      (Problems{"E 5:1: 'a' has unknown parent 'zz'", "E 5:1: 'a' is related to unknown id 'yy'"}));
}

TEST(LexiconParse, ParentCycleIsReportedAtEachMember) {
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"concept\"\nname = \"A\"\nparent = \"b\"\n\n"
                                  "[[entity]]\nid = \"b\"\ntype = \"concept\"\nname = \"B\"\nparent = \"a\"\n\n"
                                  "[[entity]]\nid = \"c\"\ntype = \"concept\"\nname = \"C\"\nparent = \"a\"\n"),
            (Problems{"E 5:1: cycle of 'parent' references through 'a'",
                      "E 11:1: cycle of 'parent' references through 'b'"}));
  EXPECT_EQ(problems_of(kHeader + "[[entity]]\nid = \"a\"\ntype = \"concept\"\nname = \"A\"\nparent = \"a\"\n"),
            Problems{"E 5:1: cycle of 'parent' references through 'a'"});
}

TEST(LexiconParse, EntityMustBeAnArrayOfTables) {
  EXPECT_EQ(problems_of("entity = 5\n" + kHeader), Problems{"E 1:10: 'entity' must be written as [[entity]] tables"});
  EXPECT_EQ(problems_of(kHeader + "[entity]\nid = \"a\"\n"),
            Problems{"E 5:1: 'entity' must be written as [[entity]] tables"});
}

TEST(LexiconParse, ProblemsAreSortedByPosition) {
  const Problems problems = problems_of(kHeader +
                                        "[[entity]]\nid = \"a\"\ntype = \"person\"\nname = \"A\"\nzz = 1\n\n"
                                        "[[entity]]\nid = \"B\"\ntype = \"x\"\nname = \"B\"\n");
  EXPECT_EQ(problems, (Problems{"E 9:1: unknown key 'zz' in [[entity]]",
                                "E 12:6: invalid id 'B': use lower-case letters, digits, '-' and '_'",
                                "E 13:8: unknown type 'x': use person, place, organisation, event or concept"}));
}

TEST(LexiconParse, EmptyLexiconIsValid) {
  const ParseResult r = parse(kHeader, "x");
  ASSERT_TRUE(r.lexicon.has_value());
  EXPECT_TRUE(r.lexicon->entries.empty());
}

// --- load_file -----------------------------------------------------------------------------

class LexiconFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("np-lexicon-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path write(const std::string& name, const std::string& text) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(LexiconFile, LoadsAndPassesWarningsToDiagnostics) {
  const auto path = write("ok.toml", kHeader +
                                         "[[entity]]\nid = \"stalin\"\ntype = \"person\"\nname = \"Stalin\"\n"
                                         "misspellings = [\"Steel\"]\n");
  Diagnostics diags;
  const Lexicon lex = load_file(path, diags);
  EXPECT_EQ(lex.entries.size(), 1u);
  EXPECT_EQ(lex.origin, path.string());
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message,
            path.string() + ":5:1: misspelling 'Steel' of 'stalin' is an English word and will never be corrected");
}

TEST_F(LexiconFile, ErrorNamesFileLineAndColumnOfEveryError) {
  const auto path = write("bad.toml", kHeader + "[[entity]]\nid = \"a\"\ntype = \"thing\"\nname = \"A\"\nnick = 1\n");
  Diagnostics diags;
  try {
    (void)load_file(path, diags);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Lexicon);
    EXPECT_EQ(std::string(e.what()),
              path.string() + ":7:8: unknown type 'thing': use person, place, organisation, event or concept\n" +
                  path.string() + ":9:1: unknown key 'nick' in [[entity]]");
    ASSERT_TRUE(e.where().has_value());
    EXPECT_EQ(*e.where(), (SourcePos{7, 8}));
    EXPECT_EQ(e.file(), path);
  }
}

TEST_F(LexiconFile, SyntaxErrorMessage) {
  const auto path = write("syntax.toml", "[lexicon\n");
  Diagnostics diags;
  try {
    (void)load_file(path, diags);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Lexicon);
    EXPECT_TRUE(std::string(e.what()).starts_with(path.string() + ":1:")) << e.what();
  }
}

TEST_F(LexiconFile, MissingFile) {
  Diagnostics diags;
  try {
    (void)load_file(dir_ / "missing.toml", diags);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_EQ(std::string(e.what()), (dir_ / "missing.toml").string() + ": cannot open: No such file or directory");
  }
}

// --- merge ---------------------------------------------------------------------------------

Entry entry(const std::string& id, const std::string& name, const std::string& origin) {
  Entry e;
  e.info.id = id;
  e.info.name = name;
  e.origin = origin;
  return e;
}

TEST(LexiconMerge, LaterEntriesReplaceEarlierOnesInPlace) {
  Lexicon builtin;
  builtin.entries = {entry("lenin", "Lenin", "built-in"), entry("stalin", "Stalin", "built-in"),
                     entry("trotsky", "Trotsky", "built-in")};
  Lexicon user;
  user.entries = {entry("kirov", "Sergei Kirov", "mine"), entry("stalin", "J. V. Stalin", "mine")};
  const std::vector<Lexicon> lexicons{builtin, user};
  const std::vector<Entry> merged = merge(lexicons);
  ASSERT_EQ(merged.size(), 4u);
  EXPECT_EQ(merged[0].info.id, "lenin");
  EXPECT_EQ(merged[1].info.id, "stalin");
  EXPECT_EQ(merged[1].info.name, "J. V. Stalin");
  EXPECT_EQ(merged[1].origin, "mine");
  EXPECT_EQ(merged[2].info.id, "trotsky");
  EXPECT_EQ(merged[3].info.id, "kirov");
}

TEST(LexiconMerge, LastOfSeveralOverridesWins) {
  Lexicon a, b, c;
  a.entries = {entry("x", "first", "a")};
  b.entries = {entry("x", "second", "b")};
  c.entries = {entry("x", "third", "c")};
  const std::vector<Lexicon> lexicons{a, b, c};
  const std::vector<Entry> merged = merge(lexicons);
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].info.name, "third");
}

}  // namespace
}  // namespace np::lexicon
