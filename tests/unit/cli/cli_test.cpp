// The command line, run as users run it: exit codes, messages, what is written and what not.

#include <gtest/gtest.h>

#include "support/pipeline.hpp"
#include "support/run.hpp"

namespace np {
namespace {

using test::quote;
using test::run_notepress;
using test::TempDir;

const std::string kNotes =
    "Stalin and Trotsky\n\nWho won?\n\n• stalin- General Secretary from 1922\n• Trotsky led the red army\n";

TEST(Cli, PrintsItsVersion) {
  const test::Ran ran = run_notepress("--version");
  EXPECT_EQ(ran.status, 0);
  EXPECT_EQ(ran.out.rfind("notepress ", 0), 0u);
}

TEST(Cli, EveryCommandHasHelp) {
  for (const char* command : {"--help", "build --help", "check --help", "lexicon --help", "lexicon lint --help"}) {
    const test::Ran ran = run_notepress(command);
    EXPECT_EQ(ran.status, 0) << command;
    EXPECT_NE(ran.out.find("Usage"), std::string::npos) << command;
  }
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_notepress("").status, 2);
  EXPECT_EQ(run_notepress("frobnicate").status, 2);
  const test::Ran ran = run_notepress("build --format docx,pdf");
  EXPECT_EQ(ran.status, 2);
  EXPECT_EQ(ran.err, "notepress: unknown format 'pdf' (choose from docx,epub,json,report)\n");
  EXPECT_EQ(run_notepress("build --pack everything").status, 2);
}

TEST(Cli, BuildWritesEveryFormatAndKeepsGoingAfterABadFile) {
  TempDir dir;
  dir.write("notes/good.txt", kNotes);
  dir.write("notes/picture.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const test::Ran ran = run_notepress("build notes -o out", dir.path());
  EXPECT_EQ(ran.status, 1);
  EXPECT_NE(ran.err.find("notes/picture.txt: this is a PNG image, not a notes file\n"), std::string::npos) << ran.err;
  for (const char* ext : {".docx", ".epub", ".json", ".report.md"})
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / ("good" + std::string(ext)))) << ext;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out" / "picture.docx"));
  EXPECT_NE(ran.err.find("2 files: 1 done, 1 failed"), std::string::npos) << ran.err;
}

TEST(Cli, MissingInputIsAnErrorNamingIt) {
  TempDir dir;
  const test::Ran ran = run_notepress("build nowhere.txt -o out", dir.path());
  EXPECT_EQ(ran.status, 1);
  EXPECT_NE(ran.err.find("nowhere.txt: no such file or folder\n"), std::string::npos) << ran.err;
}

TEST(Cli, EmptyFilesAreRefusedClearly) {
  TempDir dir;
  dir.write("empty.txt", "");
  dir.write("blank.txt", "  \n\n\t\n");
  const test::Ran ran = run_notepress("build empty.txt blank.txt -o out", dir.path());
  EXPECT_EQ(ran.status, 1);
  EXPECT_NE(ran.err.find("empty.txt: no notes: the file is empty\n"), std::string::npos) << ran.err;
  EXPECT_NE(ran.err.find("blank.txt: no notes: the file holds only whitespace, markup or boilerplate\n"),
            std::string::npos)
      << ran.err;
}

TEST(Cli, CheckPrintsTheReportAndWritesNothing) {
  TempDir dir;
  dir.write("input/a.txt", kNotes);
  const test::Ran ran = run_notepress("check", dir.path());
  EXPECT_EQ(ran.status, 0) << ran.err;
  EXPECT_NE(ran.out.find("# Review report"), std::string::npos);
  EXPECT_NE(ran.out.find("| `stalin` | `Stalin` | case |"), std::string::npos) << ran.out;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "output"));
}

TEST(Cli, NeverModifiesInputsAndBuildsAreReproducible) {
  TempDir dir;
  const auto input = dir.write("in/a.txt", kNotes);
  // One file with three jobs: its formats are rendered in parallel; with one, one by one.
  ASSERT_TRUE(test::succeeded(run_notepress("build in -o one -q -j 3", dir.path())));
  ASSERT_TRUE(test::succeeded(run_notepress("build in -o two -q -j 1", dir.path())));
  EXPECT_EQ(test::slurp(input), kNotes);
  for (const char* ext : {".docx", ".epub", ".json", ".report.md"})
    EXPECT_EQ(test::slurp(dir.path() / "one" / ("a" + std::string(ext))),
              test::slurp(dir.path() / "two" / ("a" + std::string(ext))))
        << ext;
}

TEST(Cli, AuthorOptionNamesThePacksAuthorsAndRebuildsThem) {
  TempDir dir;
  dir.write("in/a.md", "---\nauthor: Ann Lee\n---\n# A\n\nStalin and Lenin in 1917.\n");
  dir.write("in/b.txt", kNotes);
  ASSERT_TRUE(test::succeeded(run_notepress("build in -o out -q -f json --pack both", dir.path())));
  const auto authors_of = [&](const char* name) {
    const std::string json = test::slurp(dir.path() / "out" / name);
    const std::size_t at = json.find("\"authors\":");
    return at == std::string::npos ? std::string() : json.substr(at, json.find(']', at) + 1 - at);
  };
  EXPECT_EQ(authors_of("a.json"), "\"authors\":[\"Ann Lee\"]");
  EXPECT_EQ(authors_of("b.json"), "\"authors\":[]");
  EXPECT_EQ(authors_of("course.json"), "\"authors\":[]");  // the chapters do not agree
  const test::Ran again =
      run_notepress("build in -o out -f json --pack both --author 'Cy Dee' --author Bo", dir.path());
  ASSERT_TRUE(test::succeeded(again));
  EXPECT_NE(again.err.find("2 done"), std::string::npos) << again.err;
  for (const char* name : {"a.json", "b.json", "course.json"})
    EXPECT_EQ(authors_of(name), "\"authors\":[\"Cy Dee\",\"Bo\"]") << name;
}

TEST(Cli, CollidingOutputNamesKeepTheirExtensions) {
  TempDir dir;
  dir.write("in/a.txt", kNotes);
  dir.write("in/a.md", "# A\n\nStalin and Lenin in 1917.\n");
  const test::Ran ran = run_notepress("build in -o out --format json", dir.path());
  EXPECT_EQ(ran.status, 0) << ran.err;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "a.txt.json"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "a.md.json"));
}

TEST(Cli, LexiconListShowsTheBuiltInLexicon) {
  const test::Ran ran = run_notepress("lexicon list");
  EXPECT_EQ(ran.status, 0);
  EXPECT_NE(ran.out.find("russia-1917-1953"), std::string::npos);
}

TEST(Cli, LexiconLintReportsEveryProblemWithLineAndColumn) {
  TempDir dir;
  dir.write("bad.toml",
            "[lexicon]\nid = \"t\"\ntitle = \"T\"\n\n[[entity]]\nid = \"x\"\ntype = \"wizard\"\nname = \"X\"\n\n"
            "[[entity]]\nid = \"y\"\ntype = \"person\"\nname = \"Y\"\naliases = [\"\"]\nparent = \"nobody\"\n");
  const test::Ran ran = run_notepress("lexicon lint bad.toml", dir.path());
  EXPECT_EQ(ran.status, 1);
  EXPECT_NE(
      ran.err.find("bad.toml:7:8: error: unknown type 'wizard': use person, place, organisation, event or concept"),
      std::string::npos)
      << ran.err;
  EXPECT_NE(ran.err.find("bad.toml:14:12: error: empty form in 'aliases'"), std::string::npos) << ran.err;
  EXPECT_NE(ran.err.find("error: 'y' has unknown parent 'nobody'"), std::string::npos) << ran.err;
}

TEST(Cli, ABrokenUserLexiconStopsTheRunWithItsPosition) {
  TempDir dir;
  dir.write("in/a.txt", kNotes);
  dir.write("mine.toml", "[lexicon]\nid = \"m\"\ntitle = \"M\"\n[[entity]\nid = 3\n");
  const test::Ran ran = run_notepress("build in -o out --lexicon mine.toml", dir.path());
  EXPECT_EQ(ran.status, 1);
  EXPECT_EQ(ran.err.rfind("mine.toml:4:", 0), 0u) << ran.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out"));
}

TEST(Cli, AUserLexiconAddsAndOverridesEntries) {
  TempDir dir;
  dir.write("in/a.txt", "Notes\n\nKoba met Ivan Petrov, and Lenin met Petrov too.\n");
  dir.write("mine.toml",
            "[lexicon]\nid = \"mine\"\ntitle = \"Mine\"\n\n[[entity]]\nid = \"petrov\"\ntype = \"person\"\n"
            "name = \"Ivan Petrov\"\naliases = [\"Petrov\"]\ndescription = \"A local hero.\"\n\n"
            "[[entity]]\nid = \"stalin\"\ntype = \"person\"\nname = \"Koba\"\n");
  const test::Ran ran = run_notepress("build in -o out --format json --lexicon mine.toml", dir.path());
  ASSERT_EQ(ran.status, 0) << ran.err;
  const std::string json = test::slurp(dir.path() / "out" / "a.json");
  EXPECT_NE(json.find("\"id\":\"petrov\""), std::string::npos);
  EXPECT_NE(json.find("\"name\":\"Koba\""), std::string::npos);
}

}  // namespace
}  // namespace np
