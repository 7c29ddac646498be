#include "support/run.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "support/pipeline.hpp"

namespace np::test {

std::string quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

Ran run_notepress(const std::string& args, const std::filesystem::path& cwd) {
  TempDir temp;
  const auto out = temp.path() / "out", err = temp.path() / "err";
  const std::string command = "cd " + quote(cwd.string()) + " && " + quote(NP_BINARY) + " " + args + " >" +
                              quote(out.string()) + " 2>" + quote(err.string());
  const int raw = std::system(command.c_str());
  Ran ran;
  ran.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  ran.out = slurp(out);
  ran.err = slurp(err);
  return ran;
}

::testing::AssertionResult succeeded(const Ran& ran) {
  if (ran.status == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "notepress exited with " << ran.status << "; its stderr:\n" << ran.err;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "notepress-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) std::abort();
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& bytes) const {
  const auto file = path_ / name;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << bytes;
  out.close();
  // A test's own input that could not be written must not pass for notepress's failure.
  if (!out) throw std::runtime_error("cannot write the test input " + file.string());
  return file;
}

}  // namespace np::test
