// The packs built from input/ (and the seed notes, when ../shared is here) pass the
// independent checkers, and every paragraph of the cleaned notes is in the DOCX and the EPUB,
// in order, as pandoc reads them back.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include "batch/tagged_json.hpp"
#include "model/walk.hpp"
#include "support/pipeline.hpp"
#include "support/run.hpp"

namespace np {
namespace {

namespace fs = std::filesystem;

bool have_tools() {
  return fs::exists(std::string(NP_SHARED_TOOLS) + "/check-docx") &&
         std::system(
             "command -v pandoc >/dev/null 2>&1 && command -v soffice >/dev/null 2>&1 && "
             "test -f /usr/share/java/epubcheck.jar") == 0;
}

/// Runs a checker; returns its exit status and puts its last line in `summary`.
int run_tool(const std::string& tool, const std::string& args, std::string& output) {
  const test::TempDir out;
  const std::string command = test::quote(std::string(NP_SHARED_TOOLS) + "/" + tool) + " " + args + " > " +
                              test::quote((out.path() / "o").string()) + " 2>&1";
  const int raw = std::system(command.c_str());
  output = test::slurp(out.path() / "o");
  return WEXITSTATUS(raw);
}

/// Pandoc turns quotes curly and collapses spaces; compare modulo that.
std::string plain(const std::string& text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = std::string_view(text).substr(i);
    char c = text[i];
    if (rest.starts_with("\xE2\x80\x98") || rest.starts_with("\xE2\x80\x99"))
      c = '\'', i += 2;
    else if (rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x9D"))
      c = '"', i += 2;
    else if (rest.starts_with("\xC2\xA0"))
      c = ' ', i += 1;
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

void expect_paragraphs_in_order(const fs::path& json, const std::string& text, const std::string& what) {
  const std::string haystack = plain(text);
  std::size_t at = 0;
  for (const pack::Chapter& chapter : batch::read_chapters(test::slurp(json))) {
    model::for_each_text(chapter.doc, [&](const model::TextBlock& block, const model::TextPlace& place) {
      if (block.empty() || place.role == model::TextPlace::Role::Title) return;
      const std::string needle = plain(std::string(block.text()));
      const std::size_t found = haystack.find(needle, at);
      EXPECT_NE(found, std::string::npos) << what << ": missing or out of order: " << needle;
      if (found != std::string::npos) at = found + needle.size();
    });
  }
}

class BuiltPacks : public testing::Test {
 protected:
  void SetUp() override {
    if (!have_tools()) GTEST_SKIP() << "checkers not installed (see ../shared/tools/README.md)";
    dir_ = std::make_unique<test::TempDir>();
    std::string paths = test::quote((test::source_dir() / "input").string());
    if (!test::shared_dir().empty()) paths += " " + test::quote((test::shared_dir() / "seeds").string());
    const test::Ran ran = test::run_notepress("build " + paths + " -o out -q --pack both", dir_->path());
    ASSERT_EQ(ran.status, 0) << ran.err;
  }
  std::vector<fs::path> outputs(const std::string& extension) const {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir_->path() / "out"))
      if (e.path().extension() == extension) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
  }
  std::unique_ptr<test::TempDir> dir_;
};

TEST_F(BuiltPacks, EveryDocxPassesCheckDocx) {
  for (const fs::path& docx : outputs(".docx")) {
    std::string output;
    EXPECT_EQ(run_tool("check-docx", "-q --timeout 600 " + test::quote(docx.string()), output), 0) << output;
  }
}

TEST_F(BuiltPacks, EveryEpubPassesEpubCheck) {
  for (const fs::path& epub : outputs(".epub")) {
    std::string output;
    EXPECT_EQ(run_tool("check-epub", test::quote(epub.string()), output), 0) << output;
  }
}

TEST_F(BuiltPacks, TheEpubsOpenInCalibre) {
  if (std::system("command -v ebook-convert >/dev/null 2>&1") != 0) GTEST_SKIP() << "calibre is not installed";
  for (const fs::path& epub : outputs(".epub")) {
    std::string output;
    EXPECT_EQ(run_tool("check-epub", "--calibre " + test::quote(epub.string()), output), 0) << output;
  }
}

TEST_F(BuiltPacks, EveryParagraphIsInTheDocxAndTheEpubInOrder) {
  for (const fs::path& json : outputs(".json")) {
    for (const char* format : {"docx", "epub"}) {
      fs::path archive = json;
      archive.replace_extension(format);
      std::string text;
      ASSERT_EQ(run_tool(std::string(format) + "-text", test::quote(archive.string()), text), 0) << text;
      expect_paragraphs_in_order(json, text, archive.string());
    }
  }
}

}  // namespace
}  // namespace np
