// Replays every input in tests/regression/ — crash inputs found by fuzzing (fuzz/) and other
// nasty files — through the code its name points at: "decode-*", "text-*", "markdown-*",
// "lexicon-*" or "pipeline-*" (first byte: 0 text, 1 Markdown). Each must be refused with an
// Error or processed into a valid model and outputs, never crash.

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "lexicon/lexicon.hpp"
#include "model/check.hpp"
#include "read/decode.hpp"
#include "read/reader.hpp"
#include "support/pipeline.hpp"
#include "write/writer.hpp"
#include "zip/archive.hpp"

namespace np {
namespace {

namespace fs = std::filesystem;

void replay(const fs::path& file) {
  const std::string name = file.filename().string();
  const std::string bytes = test::slurp(file);
  try {
    if (name.starts_with("decode-")) {
      (void)read::decode(bytes);
    } else if (name.starts_with("text-") || name.starts_with("markdown-")) {
      const read::Result r =
          read::read(bytes, read::formats()[name.starts_with("text-") ? 0 : 1], test::shared().boilerplate);
      EXPECT_TRUE(model::check(r.doc).empty()) << name;
    } else if (name.starts_with("lexicon-")) {
      (void)lexicon::parse(bytes, name);
    } else if (name.starts_with("pipeline-") && !bytes.empty()) {
      pack::Chapter chapter = test::process(std::string_view(bytes).substr(1), bytes[0] % 2 ? "markdown" : "text");
      EXPECT_TRUE(model::check(chapter.doc).empty()) << name;
      const std::string title = chapter.title;
      std::vector<pack::Chapter> one{std::move(chapter)};
      const pack::Pack pack = pack::build(std::move(one), title, "en", false);
      for (const write::Format& f : write::formats()) {
        const std::string out = write::render(f, pack, {});
        if (f.name == "docx" || f.name == "epub") {
          EXPECT_FALSE(zip::read_entries(out).empty()) << name;
        }
      }
    } else {
      ADD_FAILURE() << name << ": name it decode-*, text-*, markdown-*, lexicon-* or pipeline-*";
    }
  } catch (const Error&) {
    // A clear refusal is a fine answer.
  }
}

TEST(Regression, EveryKnownNastyInputIsHandled) {
  const fs::path dir = test::source_dir() / "tests" / "regression";
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    replay(entry.path());
    ++count;
  }
  EXPECT_GT(count, 0u);
}

}  // namespace
}  // namespace np
