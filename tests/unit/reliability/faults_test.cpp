// Faults: a full disk, a killed run, an unusable output folder, a vanished input. Earlier
// outputs stay intact and no half-written archive is ever left behind.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "base/error.hpp"
#include "support/pipeline.hpp"
#include "support/run.hpp"
#include "zip/archive.hpp"

namespace np {
namespace {

namespace fs = std::filesystem;
using test::run_notepress;
using test::TempDir;

/// Every archive in `folder` reads back whole, and no temporary file is left.
void expect_only_whole_outputs(const fs::path& folder) {
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".docx") || name.ends_with(".epub")) {
      EXPECT_NO_THROW(zip::read_entries(test::slurp(entry.path()))) << entry.path() << " is damaged";
    }
    if (name.ends_with(".json")) {
      EXPECT_TRUE(test::slurp(entry.path()).ends_with("}\n")) << entry.path();
    }
  }
}

void write_many_notes(const TempDir& dir, int count) {
  const std::string notes = test::slurp(test::source_dir() / "input" / "power-struggle.txt");
  for (int i = 0; i < count; ++i) dir.write("notes/n" + std::to_string(1000 + i) + ".txt", notes);
}

TEST(Faults, AFullDiskFailsCleanly) {
  TempDir dir;
  write_many_notes(dir, 20);
  const fs::path disk = dir.path() / "disk";
  fs::create_directories(disk);
  if (::mount("notepress-test", disk.c_str(), "tmpfs", 0, "size=400k") != 0)
    GTEST_SKIP() << "cannot mount a small tmpfs here (" << std::strerror(errno) << "); run as root to test a full disk";
  const test::Ran ran = run_notepress("build notes -o disk -j 2", dir.path());
  EXPECT_EQ(ran.status, 1);
  EXPECT_NE(ran.err.find("No space left on device"), std::string::npos) << ran.err;
  expect_only_whole_outputs(disk);
  std::size_t temporaries = 0;
  for (const auto& entry : fs::recursive_directory_iterator(disk))
    temporaries += entry.path().filename().string().find(".tmp-") != std::string::npos;
  EXPECT_EQ(temporaries, 0u);
  ::umount(disk.c_str());
}

TEST(Faults, AKilledRunLeavesOnlyWholeOutputs) {
  TempDir dir;
  write_many_notes(dir, 300);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::chdir(dir.path().c_str());
    ::execl(NP_BINARY, NP_BINARY, "build", "notes", "-o", "out", "-q", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Kill it mid-run, once some outputs exist.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    std::error_code ec;
    if (fs::exists(dir.path() / "out" / "n1010.epub", ec)) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  expect_only_whole_outputs(dir.path() / "out");
  // The next run finishes the job and tidies what the killed one left.
  EXPECT_TRUE(test::succeeded(run_notepress("build notes -o out -q", dir.path())));
  for (const auto& entry : fs::recursive_directory_iterator(dir.path() / "out"))
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
}

TEST(Faults, AnUnusableOutputFolderIsOneClearError) {
  TempDir dir;
  dir.write("notes/a.txt", "Notes\n\nStalin and Lenin in 1917.\n");
  dir.write("plain-file", "x");
  const test::Ran ran = run_notepress("build notes -o plain-file/out", dir.path());
  EXPECT_EQ(ran.status, 1);
  EXPECT_EQ(ran.err.rfind("plain-file/out: cannot use as output folder: ", 0), 0u) << ran.err;
}

TEST(Faults, AnInputThatVanishesIsAnErrorNamingIt) {
  batch::Pipeline pipeline(test::shared());
  batch::Input input;
  input.path = "/nonexistent/notes.txt";
  input.display = "notes.txt";
  input.stem = "notes";
  input.format = &read::formats()[0];
  Diagnostics diags;
  try {
    pipeline.process(input, diags);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "notes.txt: cannot open: No such file or directory");
  }
}

TEST(Faults, InputsAreNeverModified) {
  TempDir dir;
  for (const auto& file : test::input_files()) dir.write("in/" + file.filename().string(), test::slurp(file));
  std::vector<std::string> before;
  for (const auto& file : test::input_files()) before.push_back(test::slurp(dir.path() / "in" / file.filename()));
  ASSERT_TRUE(test::succeeded(run_notepress("build in -o in/out -q", dir.path())));  // output inside the input folder
  std::size_t i = 0;
  for (const auto& file : test::input_files())
    EXPECT_EQ(test::slurp(dir.path() / "in" / file.filename()), before[i++]) << file;
  // A second build must not take the first one's outputs for notes.
  const test::Ran again = run_notepress("build in -o in/out --force", dir.path());
  EXPECT_NE(again.err.find(std::to_string(test::input_files().size()) + " files"), std::string::npos) << again.err;
}

}  // namespace
}  // namespace np
