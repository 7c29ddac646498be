// batch::collect_inputs: folders walked in path order, hidden files and the output folder
// skipped, stems mirroring the tree.

#include "batch/inputs.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run.hpp"

namespace np::batch {
namespace {

namespace fs = std::filesystem;

TEST(CollectInputs, WalksInTheOrderOfFilesystemPathsNotOfTheirStrings) {
  // As strings "a-b.txt" < "a.txt" < "a/b.txt" < "ab.txt"; as paths, "a" (the folder) comes
  // before "a-b.txt", since paths compare component by component.
  test::TempDir dir;
  for (const char* name : {"ab.txt", "a-b.txt", "a/b.txt", "a/c/d.txt", "a.txt", "a b.txt", ".hidden.txt"})
    dir.write(name, "Notes\n");
  dir.write("out/old.txt", "Notes\n");
  const Inputs inputs = collect_inputs({dir.path()}, dir.path() / "out");
  ASSERT_TRUE(inputs.errors.empty());

  std::vector<fs::path> expected;
  for (const char* name : {"ab.txt", "a-b.txt", "a/b.txt", "a/c/d.txt", "a.txt", "a b.txt"})
    expected.push_back(dir.path() / name);
  std::sort(expected.begin(), expected.end());
  std::vector<fs::path> got;
  for (const Input& input : inputs.files) got.emplace_back(input.path);
  EXPECT_EQ(got, expected);
  std::vector<std::string> stems;
  for (const Input& input : inputs.files) stems.push_back(input.stem());
  EXPECT_EQ(stems, (std::vector<std::string>{"a/b", "a/c/d", "a b", "a-b", "a", "ab"}));
}

TEST(CollectInputs, ClashingOutputNamesKeepTheirExtensionThenGetANumber) {
  // "A.txt", "a.md" and "a.txt" would all be "a.*" on a case-insensitive file system: all keep
  // their extension, and "a.txt", still clashing with "A.txt", gets "-2".
  test::TempDir dir;
  for (const char* name : {"a.txt", "a.md", "A.txt", "b.txt", "sub/b.txt"}) dir.write(name, "Notes\n");
  const Inputs inputs = collect_inputs({dir.path()}, dir.path() / "out");
  std::vector<std::string> stems;
  for (const Input& input : inputs.files) stems.push_back(input.stem());
  EXPECT_EQ(stems, (std::vector<std::string>{"A.txt", "a.md", "a.txt-2", "b", "sub/b"}));
  EXPECT_EQ(inputs.notes.size(), 4u);  // three kept extensions, one number
}

TEST(CollectInputs, AFileNamedTwiceIsTakenOnceAndNamedByItsFileName) {
  test::TempDir dir;
  dir.write("notes/x/a.txt", "Notes\n");
  dir.write("notes/b.TXT", "Notes\n");
  const Inputs inputs =
      collect_inputs({dir.path() / "notes", dir.path() / "notes/x/a.txt", dir.path() / "notes/x/"}, dir.path() / "out");
  ASSERT_EQ(inputs.files.size(), 2u);
  EXPECT_EQ(inputs.files[0].stem(), "b");  // the extension's case does not matter
  EXPECT_EQ(inputs.files[1].stem(), "x/a");
  EXPECT_EQ(inputs.files[1].display(), (dir.path() / "notes/x/a.txt").string());

  const Inputs by_name = collect_inputs({dir.path() / "notes/x/a.txt"}, dir.path() / "out");
  ASSERT_EQ(by_name.files.size(), 1u);
  EXPECT_EQ(by_name.files[0].stem(), "a");
}

}  // namespace
}  // namespace np::batch
