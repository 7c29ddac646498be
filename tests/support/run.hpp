#pragma once

// Runs the real notepress binary (NP_BINARY) for integration tests.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace np::test {

struct Ran {
  int status = -1;  ///< exit status
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs `notepress ARGS` (ARGS already shell-quoted) in `cwd`.
Ran run_notepress(const std::string& args, const std::filesystem::path& cwd = std::filesystem::current_path());

/// Success if `ran` exited with 0; otherwise a failure that shows its status and stderr, so
/// a run that fails only on some machine says why.
::testing::AssertionResult succeeded(const Ran& ran);

/// Quotes one argument for sh.
std::string quote(const std::string& arg);

/// A fresh empty folder under the system temp folder, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  /// Writes `bytes` to path()/name, creating folders.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

}  // namespace np::test
