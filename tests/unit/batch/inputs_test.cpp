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
  for (const Input& input : inputs.files) stems.push_back(input.stem);
  EXPECT_EQ(stems, (std::vector<std::string>{"a/b", "a/c/d", "a b", "a-b", "a", "ab"}));
}

TEST(CollectInputs, ClashingOutputNamesKeepTheirExtensionThenGetANumber) {
  // "A.txt", "a.md" and "a.txt" would all be "a.*" on a case-insensitive file system: all keep
  // their extension, and "a.txt", still clashing with "A.txt", gets "-2".
  test::TempDir dir;
  for (const char* name : {"a.txt", "a.md", "A.txt", "b.txt", "sub/b.txt"}) dir.write(name, "Notes\n");
  const Inputs inputs = collect_inputs({dir.path()}, dir.path() / "out");
  std::vector<std::string> stems;
  for (const Input& input : inputs.files) stems.push_back(input.stem);
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
  EXPECT_EQ(inputs.files[0].stem, "b");  // the extension's case does not matter
  EXPECT_EQ(inputs.files[1].stem, "x/a");
  EXPECT_EQ(inputs.files[1].display, (dir.path() / "notes/x/a.txt").string());

  const Inputs by_name = collect_inputs({dir.path() / "notes/x/a.txt"}, dir.path() / "out");
  ASSERT_EQ(by_name.files.size(), 1u);
  EXPECT_EQ(by_name.files[0].stem, "a");
}

/// The stems of what `paths` (relative to `dir`) give, in order.
std::vector<std::string> stems_of(const test::TempDir& dir, const std::vector<std::string>& paths) {
  std::vector<fs::path> full;
  for (const std::string& p : paths) full.push_back(dir.path() / p);
  std::vector<std::string> stems;
  for (const Input& input : collect_inputs(full, dir.path() / "out").files) stems.push_back(input.stem);
  return stems;
}

TEST(CollectInputs, EachFileOnceWhicheverPathsReachIt) {
  test::TempDir dir;
  dir.write("notes/x/a.txt", "Notes\n");
  dir.write("notes/b.txt", "Notes\n");
  using Stems = std::vector<std::string>;
  // A file given before a folder holding it is taken first, under its file name.
  EXPECT_EQ(stems_of(dir, {"notes/x/a.txt", "notes"}), (Stems{"a", "b"}));
  // A folder inside one given earlier is not walked again; given first, it is skipped later.
  EXPECT_EQ(stems_of(dir, {"notes", "notes/x"}), (Stems{"b", "x/a"}));
  EXPECT_EQ(stems_of(dir, {"notes/x", "notes"}), (Stems{"a", "b"}));
  EXPECT_EQ(stems_of(dir, {"notes", "./notes/../notes"}), (Stems{"b", "x/a"}));
  // Files and folders given by name are named apart like the entries of one folder.
  dir.write("other/b.txt", "Notes\n");
  dir.write("other/x/c.txt", "Notes\n");
  EXPECT_EQ(stems_of(dir, {"notes", "other"}), (Stems{"b.txt", "x/a", "b.txt-2", "x-2/c"}));
}

TEST(CollectInputs, LinksNeitherRepeatFilesNorLoop) {
  test::TempDir dir;
  dir.write("notes/b.txt", "Notes\n");
  dir.write("elsewhere/c.txt", "Notes\n");
  fs::create_symlink(dir.path() / "notes/b.txt", dir.path() / "notes/a-link-to-b.txt");
  fs::create_symlink(dir.path() / "elsewhere/c.txt", dir.path() / "notes/c1.txt");
  fs::create_symlink(dir.path() / "elsewhere/c.txt", dir.path() / "notes/c2.txt");
  fs::create_directory_symlink(dir.path() / "elsewhere", dir.path() / "notes/linked-folder");
  fs::create_directory_symlink(dir.path() / "notes", dir.path() / "notes/loop");
  // b.txt is taken under its own name; c.txt, outside, through its first link only.
  EXPECT_EQ(stems_of(dir, {"notes"}), (std::vector<std::string>{"b", "c1"}));
  // ...and under its own name too when its folder is given as well, even after the links.
  EXPECT_EQ(stems_of(dir, {"notes", "elsewhere"}), (std::vector<std::string>{"b", "c"}));
}

TEST(CollectInputs, FoldersWhoseNamesClashAreToldApart) {
  test::TempDir dir;
  dir.write("notes/Week 1/a.txt", "Notes\n");
  dir.write("notes/week 1/a.txt", "Notes\n");
  dir.write("notes/.git/x.txt", "Notes\n");
  dir.write("notes/picture.png", "png");
  const Inputs inputs = collect_inputs({dir.path() / "notes"}, dir.path() / "out");
  std::vector<std::string> stems;
  for (const Input& input : inputs.files) stems.push_back(input.stem);
  EXPECT_EQ(stems, (std::vector<std::string>{"Week 1/a", "week 1-2/a"}));
  ASSERT_EQ(inputs.notes.size(), 2u);
  EXPECT_NE(inputs.notes[0].find("picture.png: skipped"), std::string::npos) << inputs.notes[0];
  EXPECT_NE(inputs.notes[1].find("week 1: outputs put in week 1-2/"), std::string::npos) << inputs.notes[1];
}

TEST(CollectInputs, FindsFilesOnlyAsTheyAreAskedFor) {
  // A walk holds only the folders on its way: a folder is listed when the walk gets there.
  test::TempDir dir;
  dir.write("notes/a/1.txt", "Notes\n");
  dir.write("notes/b/2.txt", "Notes\n");
  InputWalk walk({dir.path() / "notes"}, dir.path() / "out");
  ASSERT_EQ(walk.next()->stem, "a/1");
  dir.write("notes/b/1.txt", "Notes\n");  // added after the walk started, in a folder not yet listed
  EXPECT_EQ(walk.next()->stem, "b/1");
  EXPECT_EQ(walk.next()->stem, "b/2");
  EXPECT_FALSE(walk.next());
}

TEST(CollectInputs, MissingPathsAreErrorsAndTheRestIsFound) {
  test::TempDir dir;
  dir.write("notes/a.txt", "Notes\n");
  const Inputs inputs = collect_inputs({dir.path() / "missing", dir.path() / "notes"}, dir.path() / "out");
  ASSERT_EQ(inputs.errors.size(), 1u);
  EXPECT_NE(inputs.errors[0].find("missing: no such file or folder"), std::string::npos) << inputs.errors[0];
  ASSERT_EQ(inputs.files.size(), 1u);
}

}  // namespace
}  // namespace np::batch
