#include "support/run.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

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
  std::ofstream(file, std::ios::binary) << bytes;
  return file;
}

}  // namespace np::test
