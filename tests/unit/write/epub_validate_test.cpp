// Integration: EPUBCheck (through shared/tools/check-epub, where any warning fails) on the
// hand-built sample packs and on the packs `notepress build` makes from input/. Skipped when
// the checker or Java is not installed (check-epub exits 3), or the binary is not built.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "unit/write/epub_sample_pack.hpp"
#include "write/writer.hpp"

namespace np::write::epub {
namespace {

namespace fs = std::filesystem;

struct Result {
  int status = -1;
  std::string output;
};

Result run(const std::string& command) {
  Result result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
    result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string quote(const fs::path& p) { return "'" + p.string() + "'"; }

fs::path tools_dir() {
#ifdef NP_SHARED_TOOLS
  return NP_SHARED_TOOLS;
#else
  return "/work/shared/tools";
#endif
}

fs::path scratch(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("np-epub-" + std::to_string(getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

/// Runs check-epub on `file`; skips the test if the checker cannot run here.
void expect_clean(const fs::path& file) {
  const fs::path checker = tools_dir() / "check-epub";
  if (!fs::exists(checker)) GTEST_SKIP() << checker << " not found";
  const Result r = run(quote(checker) + " " + quote(file));
  if (r.status == 3) GTEST_SKIP() << "EPUBCheck is not installed: " << r.output;
  EXPECT_EQ(r.status, 0) << file << "\n" << r.output;
}

TEST(EpubCheck, SamplePacksHaveNoErrorsOrWarnings) {
  const fs::path dir = scratch("sample");
  for (bool course : {false, true}) {
    const fs::path file = dir / (course ? "course.epub" : "single.epub");
    std::ofstream(file, std::ios::binary) << write_epub(testing::sample_pack(course), Options{});
    expect_clean(file);
    if (HasFatalFailure() || IsSkipped()) break;
  }
  fs::remove_all(dir);
}

TEST(EpubCheck, PacksBuiltFromInputHaveNoErrorsOrWarnings) {
#if defined(NP_BINARY) && defined(NP_SOURCE_DIR)
  const fs::path binary = NP_BINARY;
  const fs::path input = fs::path(NP_SOURCE_DIR) / "input";
  if (!fs::exists(binary) || !fs::exists(input)) GTEST_SKIP() << "no notepress binary or input/";
  const fs::path out = scratch("input");
  const Result built =
      run(quote(binary) + " build " + quote(input) + " -o " + quote(out) + " --format epub");
  ASSERT_EQ(built.status, 0) << built.output;
  int books = 0;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(out))
    if (e.path().extension() == ".epub") {
      ++books;
      SCOPED_TRACE(e.path().string());
      expect_clean(e.path());
      if (IsSkipped()) return;
    }
  EXPECT_GT(books, 0) << built.output;
  fs::remove_all(out);
#else
  GTEST_SKIP() << "built outside CMake: no notepress binary";
#endif
}

}  // namespace
}  // namespace np::write::epub
