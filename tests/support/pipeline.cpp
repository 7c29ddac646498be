#include "support/pipeline.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "lexicon/lexicon.hpp"
#include "model/walk.hpp"
#include "zip/archive.hpp"

namespace np::test {

std::filesystem::path source_dir() { return NP_SOURCE_DIR; }

std::filesystem::path shared_dir() {
  const std::filesystem::path dir = source_dir() / ".." / "shared";
  return std::filesystem::exists(dir / "tools") ? dir : std::filesystem::path();
}

const batch::Shared& shared() { return batch::builtin_shared(); }

pack::Chapter process(std::string_view bytes, std::string_view format, const std::string& name) {
  const read::Format* f = read::find_format(format);
  if (f == nullptr) throw std::invalid_argument("no input format " + std::string(format));
  batch::Pipeline pipeline(shared());
  Diagnostics diags;
  return pipeline.process_bytes(bytes, *f, name, name, diags);
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string zip_entry(const std::string& archive, std::string_view name) {
  for (zip::Entry& e : zip::read_entries(archive))
    if (e.name == name) return std::move(e.bytes);
  return {};
}

std::string all_text(const model::Document& doc) {
  std::string text;
  model::for_each_text(doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    text += block.text();
    text += '\n';
  });
  return text;
}

std::vector<std::filesystem::path> input_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "input"))
    if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace np::test
