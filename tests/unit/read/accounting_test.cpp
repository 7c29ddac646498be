// The all-characters-accounted-for test (issue 2): every byte of every input ends up in
// exactly one place, the document or the review's removals.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "base/file_io.hpp"
#include "model/walk.hpp"
#include "read/accounting.hpp"
#include "read/reader.hpp"
#include "support/read_accounting.hpp"

namespace np::read {
namespace {

namespace fs = std::filesystem;

const Format& format_named(std::string_view name) {
  for (const Format& f : formats())
    if (f.name == name) return f;
  throw std::logic_error("no format " + std::string(name));
}

std::string joined(const std::vector<std::string>& problems) {
  std::string out;
  for (const std::string& p : problems) out += "  " + p + "\n";
  return out;
}

/// Reads `bytes` as `format` and checks the accounting.
void expect_accounted(std::string_view bytes, std::string_view format, const std::string& label) {
  static const Boilerplate boilerplate;
  Result result;
  try {
    result = read(bytes, format_named(format), boilerplate);
  } catch (const Error& e) {
    ADD_FAILURE() << label << " (" << format << ") was refused: " << e.what();
    return;
  }
  const std::vector<std::string> problems = test::accounting_problems(result, boilerplate);
  EXPECT_TRUE(problems.empty()) << label << " (" << format << "):\n" << joined(problems);
}

std::vector<fs::path> input_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(NP_SOURCE_DIR) / "input"))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(AllCharactersAccountedFor, EveryFileInInput) {
  const std::vector<fs::path> files = input_files();
  ASSERT_GE(files.size(), 3u) << "input/ should hold the sample notes";
  for (const fs::path& file : files) {
    const Format* format = format_for(file, true);
    ASSERT_NE(format, nullptr) << file;
    const std::string bytes = file_io::read_file(file, 64u << 20);
    expect_accounted(bytes, format->name, file.filename().string());
    // Markdown syntax in a .txt file and plain text in a .md file must be accounted for too.
    expect_accounted(bytes, format->name == "text" ? "markdown" : "text", file.filename().string());
  }
}

TEST(AllCharactersAccountedFor, InputFilesProduceTextAndReportRemovals) {
  // Guards the test above against a reader that drops everything into removals.
  static const Boilerplate boilerplate;
  for (const fs::path& file : input_files()) {
    const std::string bytes = file_io::read_file(file, 64u << 20);
    const Result result = read(bytes, *format_for(file, true), boilerplate);
    std::size_t in_document = 0;
    model::for_each_text(result.doc, [&](const model::TextBlock& block, const model::TextPlace&) {
      for (const model::SourceSegment& s : block.segments()) in_document += s.length;
    });
    EXPECT_GT(in_document * 10, result.source.text().size() * 8) << file << ": most bytes are notes";
    EXPECT_FALSE(result.doc.blocks.empty()) << file;
  }
}

TEST(AllCharactersAccountedFor, HandWrittenTrickyTexts) {
  const std::vector<std::string> cases = {
      "",
      "\n\n\n",
      "   \t  ",
      "One line without an end",
      "\xEF\xBB\xBF"
      "BOM title\r\n\r\n\xE2\x80\xA2 bullet one\r\n\xE2\x80\xA2 bullet two\r\n",
      "Title\r\rOld Mac line ends\rcontinued here\r",
      "Title\xC2\x85\xC2\x85Paragraph after NEL\xC2\x85next line\xE2\x80\xA8"
      "after LS\xE2\x80\xA9"
      "after PS",
      "Heading:\n- a\n  - nested with two spaces\n\t- nested with a tab\n    continuation\n- b\n",
      "Notes\n\n\tTabbed paragraph\twith\ttabs inside\n\n1. one\n2) two\na) alpha\n(b) beta\niv. roman\n",
      "Control\x01 characters\x07 in\x1B a line\x7F here\n\nand \x0C form feed\n" + std::string(1000, 'x'),
      "Share this:\nNo comments have yet been made.\nLog in to comment\n\nReal text.\n",
      "Trailing spaces   \nand\xC2\xA0\xC2\xA0no-break\xC2\xA0spaces\xC2\xA0\xC2\xA0\n\xC2\xA0\n",
      "TITLE\n=====\n\nSub\n---\n\n# Hash heading\n## Deeper ##\n\n---\n\nafter rule\n",
      "Stalin- He was General Secretary\n\xE2\x80\x93 en dash bullet\n\xE2\x80\x94 em dash bullet\n",
      "How did Stalin win?\nBy being underestimated.\n\nKey terms -\n* NEP - New Economic Policy\n",
      "\xE3\x80\x80\xE3\x80\x80Ideographic indent\xE3\x80\x80\n",
      "Line with \xEF\xBF\xBE noncharacter and \xC2\x9F C1 control\n" + std::string(1000, 'x'),
      "#\n##   \n#  \n- \n* \n1.\n",
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    expect_accounted(cases[i], "text", "case " + std::to_string(i));
    expect_accounted(cases[i], "markdown", "case " + std::to_string(i));
  }
}

TEST(AllCharactersAccountedFor, HandWrittenTrickyMarkdown) {
  const std::vector<std::string> cases = {
      "# Title\n\nSome *emphasis*, **strong**, `code`, and [a link](http://example.com \"t\").\n",
      "Entities: &amp; &lt;b&gt; &nbsp; &#8217; &#x2014; &unknown; &#0; &#xD800;\n",
      "&nbsp;\n\n&nbsp;&nbsp;\n\nText\n",
      "<script>alert(1)</script>\n\n<div>html block</div>\n\n]]> <!-- comment -->\n",
      "- tight\n- list\n  - nested\n    1. ordered\n\n- loose\n\n  second paragraph\n",
      "3. starts at three\n4. four\n",
      "> quoted\n> > nested quote\n\n```cpp\nint main() {}\n```\n\n~~~\nfenced\n~~~\n",
      "Setext\n======\n\nSub\n---\n\n***\n\nhard  \nbreak\\\nhere\n",
      "**Share this:**\n\nShare this:\n\nNo comments\nhave yet been made\n\nReal notes.\n",
      "![alt text](img.png) ~~struck~~ www.example.com <http://x.y> \\*escaped\\*\n",
      "Line\r\nwith CRLF\r\n\r\n- item\r\n",
      "* [ ] task\n* [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
      "    indented four spaces\n\n\tindented tab\n",
      "Link [ref][r] and [r].\n\n[r]: http://example.com\n",
      "- \n- \n\n1. \n",
      "Trotsky- *organiser* of the Red Army\n\n- Zinoviev: **Leningrad** boss\n",
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    expect_accounted(cases[i], "markdown", "markdown case " + std::to_string(i));
    expect_accounted(cases[i], "text", "markdown case " + std::to_string(i));
  }
}

/// Generates a messy notes file from a fixed seed: headings in every style, bullets with
/// every marker and indentation, wrapped paragraphs, boilerplate, control characters,
/// Markdown syntax and every line ending.
std::string generate_notes(unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](const std::vector<std::string>& options) -> const std::string& {
    return options[std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(rng)];
  };
  auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; };
  static const std::vector<std::string> kWords = {"Stalin",
                                                  "Trotsky",
                                                  "Bukharin",
                                                  "the",
                                                  "NEP",
                                                  "Politburo",
                                                  "kulaks",
                                                  "1928",
                                                  "grain",
                                                  "Lenin's",
                                                  "caf\xC3\xA9",
                                                  "\xE2\x80\x9Cquoted\xE2\x80\x9D",
                                                  "Zionev",
                                                  "and",
                                                  "Brest-Litovsk",
                                                  "\xD0\x9B\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xBD",
                                                  "*emphasis*",
                                                  "**strong**",
                                                  "`code`",
                                                  "[link](http://x.org)",
                                                  "&amp;",
                                                  "&nbsp;",
                                                  "<b>",
                                                  "]]>",
                                                  "\\*",
                                                  "_under_",
                                                  "1923\xE2\x80\x93"
                                                  "24",
                                                  "->",
                                                  "\xF0\x9F\x98\x80",
                                                  "a\tb",
                                                  "x\xC2\xA0y"};
  static const std::vector<std::string> kEndings = {"\n", "\n", "\n", "\r\n", "\r", "\xC2\x85", "\xE2\x80\xA8"};
  static const std::vector<std::string> kIndents = {"", "", "  ", "    ", "\t", "\t\t", " \t", "\xC2\xA0", "      "};
  static const std::vector<std::string> kMarkers = {
      "\xE2\x80\xA2 ", "- ",   "* ",  "+ ", "\xE2\x80\x93 ", "1. ", "2) ",    "a) ", "(b) ",         "iv. ",
      "\xE2\x97\xA6",  "10. ", "A) ", "# ", "## ",           "> ",  "- [ ] ", "```", "\xE2\x97\x8F "};
  static const std::vector<std::string> kBoilerplate = {"No comments have yet been made",
                                                        "Share this:",
                                                        "Log in to comment",
                                                        "Back to top",
                                                        "Read more...",
                                                        "  LOADING  ",
                                                        "Posted by admin",
                                                        "<br>"};
  static const std::vector<std::string> kSuffixes = {"", "", "", ":", " -", "-", "?", ".", "   ", "\xE2\x80\x94"};
  static const std::vector<std::string> kControls = {"\x01", "\x07", "\x1B", "\x7F", "\x0C", "\x0B", "\xC2\x9F"};

  std::string out = chance(20) ? "\xEF\xBB\xBF" : "";
  const std::string eol = pick(kEndings);
  const int lines = std::uniform_int_distribution<int>(1, 40)(rng);
  int controls = 0;  // few enough that the decoder takes the file for text
  for (int l = 0; l < lines; ++l) {
    const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
    if (kind == 0) {
      // blank line, maybe with spaces
      out += chance(30) ? pick(kIndents) : "";
    } else if (kind == 1) {
      out += pick(kBoilerplate);
    } else if (kind == 2) {
      out += chance(50) ? "=====" : "-----";
    } else {
      out += pick(kIndents);
      if (kind >= 6) out += pick(kMarkers);
      const int words = std::uniform_int_distribution<int>(1, 14)(rng);
      for (int w = 0; w < words; ++w) {
        if (w > 0) out += chance(5) ? "  " : " ";
        std::string word = pick(kWords);
        if (chance(15)) {
          for (char& c : word)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        }
        out += word;
        if (controls < 4 && chance(3)) {
          out += pick(kControls);
          ++controls;
        }
      }
      out += pick(kSuffixes);
    }
    out += chance(90) ? eol : pick(kEndings);
  }
  if (controls > 0) {
    // Text files hold few control characters: give these enough text around them.
    for (int w = 0; w < 200; ++w) out += w % 12 == 11 ? "words.\n" : "words ";
  }
  return out;
}

TEST(AllCharactersAccountedFor, GeneratedMessyNotes) {
  for (unsigned seed = 1; seed <= 400; ++seed) {
    const std::string notes = generate_notes(seed);
    expect_accounted(notes, "text", "seed " + std::to_string(seed));
    expect_accounted(notes, "markdown", "seed " + std::to_string(seed));
    if (::testing::Test::HasFailure()) break;  // one failing seed is enough to debug
  }
}

TEST(AccountingHelpers, LineEndingStyle) {
  EXPECT_EQ(line_ending_style(""), "none");
  EXPECT_EQ(line_ending_style("no end"), "none");
  EXPECT_EQ(line_ending_style("a\nb\n"), "LF");
  EXPECT_EQ(line_ending_style("a\r\nb\r\n"), "CRLF");
  EXPECT_EQ(line_ending_style("a\rb\r"), "CR");
  EXPECT_EQ(line_ending_style("a\r\nb\n"), "mixed");
}

TEST(AccountingHelpers, CompleteRemovalsFillsGapsAndMergesWhitespace) {
  const Source source(std::string("ab  cd\n#ef"));
  model::Document doc;
  doc.title.append_from_source("ab", 0);
  model::Paragraph p;
  p.content.append_from_source("cd", 4);
  doc.blocks.push_back({std::move(p), {}});
  const std::vector<model::Removal> removals =
      complete_removals(source, doc, {{model::Removal::Kind::Whitespace, 6, 7, {}}}, model::Removal::Kind::Markup);
  ASSERT_EQ(removals.size(), 3u);
  EXPECT_EQ(removals[0].kind, model::Removal::Kind::Whitespace);
  EXPECT_EQ(removals[0].begin, 2u);
  EXPECT_EQ(removals[0].end, 4u);
  EXPECT_EQ(removals[0].where, (SourcePos{1, 3}));
  EXPECT_EQ(removals[0].text, "");
  EXPECT_EQ(removals[1].begin, 6u);
  EXPECT_EQ(removals[1].end, 7u);
  EXPECT_EQ(removals[2].kind, model::Removal::Kind::Markup);
  EXPECT_EQ(removals[2].begin, 7u);
  EXPECT_EQ(removals[2].end, 10u);
  EXPECT_EQ(removals[2].text, "#ef");
  EXPECT_EQ(removals[2].where, (SourcePos{2, 1}));
}

TEST(AccountingHelpers, CheckerFindsGapsOverlapsAndWrongText) {
  // The checker itself must be able to fail.
  static const Boilerplate boilerplate;
  Result result;
  result.source = Source(std::string("abcdef"));
  result.doc.title.append_from_source("abc", 0);
  result.review.removals.push_back({model::Removal::Kind::Whitespace, 2, 4, {}});
  const std::vector<std::string> problems = test::accounting_problems(result, boilerplate);
  const std::string all = joined(problems);
  EXPECT_NE(all.find("byte 2 \"cdef\" claimed twice"), std::string::npos) << all;
  EXPECT_NE(all.find("is not whitespace"), std::string::npos) << all;
  EXPECT_NE(all.find("bytes [4, 6) \"ef\" are neither in the document nor removed"), std::string::npos) << all;

  Result wrong;
  wrong.source = Source(std::string("xyz"));
  wrong.doc.title.append_from_source("abc", 0);
  EXPECT_NE(joined(test::accounting_problems(wrong, boilerplate)).find("differs from the source"), std::string::npos);

  Result fake_boilerplate;
  fake_boilerplate.source = Source(std::string("Stalin"));
  fake_boilerplate.review.removals.push_back({model::Removal::Kind::Boilerplate, 0, 6, {1, 1}, "Stalin"});
  EXPECT_NE(joined(test::accounting_problems(fake_boilerplate, boilerplate)).find("is not on the list"),
            std::string::npos);
}

}  // namespace
}  // namespace np::read
