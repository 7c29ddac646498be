// Faults: a full disk, a killed run, no threads to be had, an unusable output folder, a
// vanished input. Earlier outputs stay intact and no half-written archive is ever left behind.

#include <grp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
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

/// Runs `notepress ARGS...` in `cwd` as user nobody, allowed `processes` processes and
/// threads in all (RLIMIT_NPROC): a container's process limit. Returns the exit status, or
/// -1 if it cannot be arranged here (not root, or nobody already runs processes).
int run_with_process_limit(const fs::path& cwd, rlim_t processes, std::vector<const char*> args) {
  if (::geteuid() != 0) return -1;
  args.insert(args.begin(), NP_BINARY);
  args.push_back(nullptr);
  const pid_t child = ::fork();
  if (child < 0) return -1;
  if (child == 0) {
    // LeakSanitizer needs a thread of its own to look for leaks at exit.
    const char* asan = std::getenv("ASAN_OPTIONS");
    ::setenv("ASAN_OPTIONS", (std::string(asan ? asan : "") + ":detect_leaks=0").c_str(), 1);
    const rlimit limit{processes, processes};
    const gid_t nobody = 65534;
    if (::chdir(cwd.c_str()) != 0 || ::setrlimit(RLIMIT_NPROC, &limit) != 0 || ::setgroups(0, nullptr) != 0 ||
        ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
      ::_exit(126);
    ::execv(NP_BINARY, const_cast<char* const*>(args.data()));
    ::_exit(126);  // EAGAIN: nobody is over the limit already
  }
  // A run that waits for a thread it could not start would never end.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  int status = 0;
  while (::waitpid(child, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(child, SIGKILL);
      ::waitpid(child, &status, 0);
      ADD_FAILURE() << "notepress hung when it could not start threads";
      return -2;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!WIFEXITED(status)) return -2;
  return WEXITSTATUS(status) == 126 ? -1 : WEXITSTATUS(status);
}

TEST(Faults, NoThreadsToBeHadMakesARunSlowerNotFailed) {
  TempDir dir;
  write_many_notes(dir, 30);
  fs::permissions(dir.path(), fs::perms::all);
  fs::permissions(dir.path() / "notes", fs::perms::all);
  ASSERT_TRUE(test::succeeded(run_notepress("build notes -o normal --pack both -q", dir.path())));
  // One process and no thread besides; then one worker thread and no more.
  for (const rlim_t processes : {1, 2}) {
    const std::string out = "limited" + std::to_string(processes);
    const int status = run_with_process_limit(dir.path(), processes,
                                              {"build", "notes", "-o", out.c_str(), "--pack", "both", "-q", "-j", "4"});
    if (status == -1) GTEST_SKIP() << "cannot limit a user's processes here (needs root and a user nobody)";
    ASSERT_EQ(status, 0) << processes;
    std::size_t compared = 0;
    for (const auto& entry : fs::directory_iterator(dir.path() / "normal")) {
      if (!entry.is_regular_file() || entry.path().filename().string().starts_with(".")) continue;
      EXPECT_TRUE(test::slurp(entry.path()) == test::slurp(dir.path() / out / entry.path().filename()))
          << entry.path().filename() << " with " << processes;
      ++compared;
    }
    EXPECT_EQ(compared, 31u * 4u);
  }
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
