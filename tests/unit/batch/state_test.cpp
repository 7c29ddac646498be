// batch::BuildState: what was built from what, kept across runs in OUTPUT/.notepress-state.

#include "batch/state.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/error.hpp"
#include "support/run.hpp"

namespace np::batch {
namespace {

namespace fs = std::filesystem;

std::size_t hidden_files(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) n += entry.path().filename().string()[0] == '.';
  return n;
}

TEST(BuildState, RemembersWhatWasRecordedAndSavedOnly) {
  test::TempDir dir;
  const std::string h1 = content_hash("one"), h2 = content_hash("two");
  {
    BuildState state(dir.path());
    state.load();  // no file yet: nothing is up to date
    EXPECT_FALSE(state.up_to_date("a", h1));
    state.record("a", h1);
    state.record("sub/b", h2);
    EXPECT_FALSE(state.up_to_date("a", h1)) << "the new state counts from the next run on";
    state.save();
  }
  BuildState state(dir.path());
  state.load();
  EXPECT_TRUE(state.up_to_date("a", h1));
  EXPECT_TRUE(state.up_to_date("sub/b", h2));
  EXPECT_FALSE(state.up_to_date("a", h2));
  EXPECT_FALSE(state.up_to_date("sub/a", h1));
  EXPECT_FALSE(state.up_to_date("a", "not a hash"));

  // A run that records but never saves (killed, or failed) leaves the old state and no
  // temporary file; one that saves replaces the state with what it recorded.
  {
    BuildState abandoned(dir.path());
    abandoned.load();
    for (int i = 0; i < 5000; ++i) abandoned.record("file-" + std::to_string(i), h2);  // more than one flush
  }
  EXPECT_EQ(hidden_files(dir.path()), 1u);
  state.record("c", h2);
  state.save();
  BuildState after(dir.path());
  after.load();
  EXPECT_TRUE(after.up_to_date("c", h2));
  EXPECT_FALSE(after.up_to_date("a", h1));
}

TEST(BuildState, ManyOutputsRoundTrip) {
  test::TempDir dir;
  {
    BuildState state(dir.path());
    for (int i = 0; i < 20000; ++i) state.record("dir/file-" + std::to_string(i), content_hash(std::to_string(i)));
    state.save();
  }
  BuildState state(dir.path());
  state.load();
  for (int i = 0; i < 20000; i += 997)
    EXPECT_TRUE(state.up_to_date("dir/file-" + std::to_string(i), content_hash(std::to_string(i)))) << i;
  EXPECT_FALSE(state.up_to_date("dir/file-20000", content_hash("20000")));
}

TEST(BuildState, AStateThatCannotBeWrittenIsAnErrorAtSave) {
  test::TempDir dir;
  dir.write("file", "x");
  BuildState state(dir.path() / "file");  // its "folder" is a file
  state.load();
  state.record("a", content_hash("a"));
  EXPECT_THROW(state.save(), Error);
}

}  // namespace
}  // namespace np::batch
