#include "normalise/undo.hpp"

#include <gtest/gtest.h>

#include "base/diagnostics.hpp"
#include "normalise/layout.hpp"
#include "normalise/spelling.hpp"
#include "read/reader.hpp"
#include "support/pipeline.hpp"

namespace np {
namespace {

/// Reads `bytes`, normalises a copy, undoes the changes and compares with the text as read.
void expect_round_trip(const std::string& bytes, const read::Format& format, const std::string& what) {
  read::Result read = read::read(bytes, format, test::shared().boilerplate);
  const std::string as_read = test::all_text(read.doc);
  model::Review review;
  Diagnostics diags;
  model::FileContext context{[&](std::uint32_t o) { return read.source.position(o); }, review, diags};
  normalise::LayoutTidy layout;
  normalise::Spelling spelling(*test::shared().gazetteer);
  layout.apply(read.doc, context);
  spelling.apply(read.doc, context);
  const std::string normalised = test::all_text(read.doc);
  ASSERT_TRUE(normalise::undo(read.doc, review.changes)) << what;
  EXPECT_EQ(test::all_text(read.doc), as_read) << what;
  if (!review.changes.empty()) {
    EXPECT_NE(normalised, as_read) << what;
  }
}

TEST(UndoChanges, RestoresEveryInputFileExactly) {
  for (const auto& file : test::input_files()) {
    const read::Format* format = read::format_for(file, true);
    ASSERT_NE(format, nullptr);
    expect_round_trip(test::slurp(file), *format, file.string());
  }
}

TEST(UndoChanges, RestoresTheSeedNotes) {
  if (test::shared_dir().empty()) GTEST_SKIP() << "../shared is not here";
  for (const auto& entry : std::filesystem::directory_iterator(test::shared_dir() / "seeds"))
    expect_round_trip(test::slurp(entry.path()), read::formats()[0], entry.path().string());
}

TEST(UndoChanges, RestoresOverlappingRuleClasses) {
  // Layout, misspelling, possessive and case changes in one block.
  expect_round_trip("  • stalin-  Bukarins  plans , Zionevs rise and the october revolution .\n", read::formats()[0],
                    "mixed");
}

TEST(UndoChanges, RefusesChangesThatNoLongerMatch) {
  model::Document doc;
  doc.title = model::TextBlock("Stalin's Russia");
  model::Change change;
  change.block = 0;
  change.offset = 0;
  change.original = "Stalins";
  change.replacement = "Trotsky's";
  EXPECT_FALSE(normalise::undo(doc, std::span(&change, 1)));
}

}  // namespace
}  // namespace np
