// Integration: EPUBCheck (through shared/tools/check-epub, where any warning fails) on the
// hand-built sample packs and on the packs `notepress build` makes from input/. Skipped when
// the checker or Java is not installed (check-epub exits 3), or the binary is not built.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <vector>

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
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
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
  const fs::path dir = fs::temp_directory_path() / ("np-epub-" + std::to_string(getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

/// Runs check-epub on every file at once (EPUBCheck's JVM start-up dominates); skips the
/// test if the checker cannot run here.
void expect_clean(const std::vector<fs::path>& files) {
  const fs::path checker = tools_dir() / "check-epub";
  if (!fs::exists(checker)) GTEST_SKIP() << checker << " not found";
  std::vector<std::future<Result>> checks;
  for (const fs::path& file : files)
    checks.push_back(std::async(std::launch::async, [&, file] { return run(quote(checker) + " " + quote(file)); }));
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Result r = checks[i].get();
    if (r.status == 3) GTEST_SKIP() << "EPUBCheck is not installed: " << r.output;
    EXPECT_EQ(r.status, 0) << files[i] << "\n" << r.output;
  }
}

TEST(EpubCheck, SamplePacksHaveNoErrorsOrWarnings) {
  const fs::path dir = scratch("sample");
  std::vector<fs::path> files;
  for (bool course : {false, true}) {
    files.push_back(dir / (course ? "course.epub" : "single.epub"));
    std::ofstream(files.back(), std::ios::binary) << write_epub(testing::sample_pack(course), Options{});
  }
  expect_clean(files);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace np::write::epub
