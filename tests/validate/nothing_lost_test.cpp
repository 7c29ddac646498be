// "Nothing lost", as a property over many generated notes files: every sentence of the input
// comes out, in order, in the DOCX, the EPUB and the JSON, each read back by an independent
// reader (../shared/tools/docx-text and epub-text, which use pandoc). The generated notes are
// messy in structure (bullets, nesting, hard wrapping, indentation, CRLF, boilerplate) but
// hold no words the normalisers would change, so the sentences must survive verbatim; the
// undo and accounting tests cover the changes and removals themselves.

#include <gtest/gtest.h>

#include <random>

#include "support/pipeline.hpp"
#include "support/run.hpp"

namespace np {
namespace {

namespace fs = std::filesystem;

const char* const kSubjects[] = {"The harvest", "A new plan",       "The committee", "Every village", "The railway",
                                 "Our teacher", "The first report", "A later study", "The army",      "Most workers"};
const char* const kVerbs[] = {"changed", "reached", "described", "ignored", "questioned", "supported", "measured"};
const char* const kObjects[] = {"the grain quota",    "the new factories", "the price of bread", "the river trade",
                                "the census results", "the long winter",   "the party rules",    "the coal output"};

std::string sentence(std::mt19937& rng, int serial) {
  auto pick = [&](const auto& list) { return std::string(list[rng() % std::size(list)]); };
  return pick(kSubjects) + " " + pick(kVerbs) + " " + pick(kObjects) + " in case " + std::to_string(serial) + ".";
}

/// One generated notes file and the sentences it holds, in order.
struct Generated {
  std::string text;
  std::vector<std::string> sentences;
};

Generated generate(unsigned seed) {
  std::mt19937 rng(seed);
  Generated g;
  const std::string eol = seed % 3 == 0 ? "\r\n" : "\n";
  int serial = static_cast<int>(seed) * 1000;
  auto add = [&](const std::string& prefix, int count, bool wrap) {
    std::string line = prefix;
    for (int i = 0; i < count; ++i) {
      const std::string s = sentence(rng, serial++);
      g.sentences.push_back(s);
      line += (i ? " " : "") + s;
      if (wrap && i % 2 == 1 && i + 1 < count) {
        g.text += line + eol;
        line = std::string(prefix.size(), ' ');
      }
    }
    g.text += line + eol;
  };
  g.text += "Notes number " + std::to_string(seed) + eol + eol;
  for (int section = 0; section < 3 + static_cast<int>(rng() % 3); ++section) {
    g.text += "Section " + std::to_string(section + 1) + (rng() % 2 ? ":" : "") + eol + eol;
    add("", 1 + static_cast<int>(rng() % 4), true);
    g.text += eol;
    const char* bullets[] = {"- ", "* ", "\xE2\x80\xA2 ", "1. "};
    const std::string bullet = bullets[rng() % 4];
    for (int item = 0; item < 2 + static_cast<int>(rng() % 4); ++item) {
      add(std::string(rng() % 2 ? 2 : 0, ' ') + bullet, 1 + static_cast<int>(rng() % 2), false);
      if (rng() % 3 == 0) add("      - ", 1, false);
    }
    g.text += eol;
    if (rng() % 4 == 0) g.text += "Share this:" + eol + eol;
  }
  return g;
}

std::string squash(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// Every sentence in `text`, in order.
void expect_in_order(const std::vector<std::string>& sentences, const std::string& text, const std::string& what) {
  const std::string haystack = squash(text);
  std::size_t at = 0;
  for (const std::string& s : sentences) {
    const std::size_t found = haystack.find(s, at);
    ASSERT_NE(found, std::string::npos) << what << ": missing or out of order: " << s;
    at = found + s.size();
  }
}

std::string read_back(const std::string& tool, const fs::path& file) {
  const test::TempDir out;
  const std::string command = test::quote(std::string(NP_SHARED_TOOLS) + "/" + tool) + " " +
                              test::quote(file.string()) + " > " + test::quote((out.path() / "t").string()) + " 2>&1";
  if (std::system(command.c_str()) != 0) return "";
  return test::slurp(out.path() / "t");
}

TEST(NothingLost, EverySentenceReachesEveryOutputInOrder) {
  if (std::system("command -v pandoc >/dev/null 2>&1") != 0 || !fs::exists(std::string(NP_SHARED_TOOLS) + "/docx-text"))
    GTEST_SKIP() << "pandoc or ../shared/tools is missing";
  const test::TempDir dir;
  std::vector<Generated> files;
  for (unsigned seed = 1; seed <= 24; ++seed) {
    files.push_back(generate(seed));
    dir.write("notes/n" + std::to_string(seed) + ".txt", files.back().text);
  }
  const test::Ran ran = test::run_notepress("build notes -o out -q", dir.path());
  ASSERT_EQ(ran.status, 0) << ran.err;
  for (unsigned seed = 1; seed <= files.size(); ++seed) {
    const Generated& g = files[seed - 1];
    const fs::path stem = dir.path() / "out" / ("n" + std::to_string(seed));
    expect_in_order(g.sentences, test::slurp(stem.string() + ".json"), stem.string() + ".json");
    expect_in_order(g.sentences, read_back("docx-text", stem.string() + ".docx"), stem.string() + ".docx");
    expect_in_order(g.sentences, read_back("epub-text", stem.string() + ".epub"), stem.string() + ".epub");
  }
}

}  // namespace
}  // namespace np
