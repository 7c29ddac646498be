// Golden tests for whole packs. Each folder tests/golden/packs/<case>/ holds one notes file
// (input.txt, input.md, ...) and expected/ with the outputs to compare: notes.json,
// notes.report.md, and archives stored exploded as folders (notes.docx/, notes.epub/) with a
// MANIFEST of entries in order and every XML part pretty-printed, so diffs are reviewable.
// Only the formats present in expected/ are compared.
//
//   UPDATE_GOLDEN=1   rewrite the expected outputs that exist
//   UPDATE_GOLDEN=all write every format
// then review with `git diff`.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/diagnostics.hpp"
#include "pack/pack.hpp"
#include "support/pipeline.hpp"
#include "write/writer.hpp"
#include "xml/xml.hpp"
#include "zip/archive.hpp"

namespace np {
namespace {

namespace fs = std::filesystem;
using Tree = std::map<std::string, std::string>;  // relative path → content

bool is_xml(const std::string& name) {
  for (const char* ext : {".xml", ".xhtml", ".opf", ".ncx", ".rels"})
    if (name.ends_with(ext)) return true;
  return false;
}

/// An archive as a tree: MANIFEST plus each entry, XML pretty-printed.
void explode(const std::string& prefix, const std::string& bytes, Tree& tree) {
  std::string manifest;
  for (const zip::Entry& entry : zip::read_entries(bytes)) {
    manifest += entry.name + "\t" + (entry.stored ? "stored" : "deflated") + "\n";
    tree[prefix + "/" + entry.name] = is_xml(entry.name) ? xml::pretty(entry.bytes, entry.name) : entry.bytes;
  }
  tree[prefix + "/MANIFEST"] = manifest;
}

Tree render(const fs::path& input) {
  const read::Format* format = read::format_for(input, true);
  const pack::Chapter chapter = test::process(test::slurp(input), format->name, "notes");
  const std::string title = chapter.title;
  std::vector<pack::Chapter> chapters{chapter};
  const pack::Pack pack = pack::build(std::move(chapters), title, "en", false);
  Tree tree;
  for (const write::Format& f : write::formats()) {
    const std::string bytes = write::render(f, pack, write::Options{});
    const std::string name = "notes" + std::string(f.extension);
    if (f.name == "docx" || f.name == "epub")
      explode(name, bytes, tree);
    else if (f.name == "json")
      tree[name] = nlohmann::ordered_json::parse(bytes).dump(2) + "\n";  // compact on disk; indented for review
    else
      tree[name] = bytes;
  }
  return tree;
}

Tree read_tree(const fs::path& root) {
  Tree tree;
  if (!fs::exists(root)) return tree;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file())
      tree[entry.path().lexically_relative(root).generic_string()] = test::slurp(entry.path());
  return tree;
}

/// The top-level output names under expected/ ("notes.json", "notes.docx").
std::vector<std::string> pinned(const Tree& expected) {
  std::vector<std::string> names;
  for (const auto& [path, content] : expected) {
    const std::string top = path.substr(0, path.find('/'));
    if (std::find(names.begin(), names.end(), top) == names.end()) names.push_back(top);
  }
  return names;
}

bool under(const std::string& path, const std::vector<std::string>& tops) {
  const std::string top = path.substr(0, path.find('/'));
  return std::find(tops.begin(), tops.end(), top) != tops.end();
}

std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool ga = static_cast<bool>(std::getline(a, la)), gb = static_cast<bool>(std::getline(b, lb));
    if (!ga && !gb) return "(identical lines; different line ends?)";
    if (la != lb || ga != gb)
      return "line " + std::to_string(line) + ":\n  expected: " + (ga ? la : "<end>") +
             "\n  actual:   " + (gb ? lb : "<end>");
  }
}

class GoldenPack : public testing::Test {
 public:
  explicit GoldenPack(fs::path dir) : dir_(std::move(dir)) {}
  void TestBody() override {
    fs::path input;
    for (const auto& entry : fs::directory_iterator(dir_))
      if (entry.path().stem() == "input") input = entry.path();
    ASSERT_FALSE(input.empty()) << "no input.* in " << dir_;
    const Tree actual = render(input);
    const fs::path expected_dir = dir_ / "expected";
    const Tree expected = read_tree(expected_dir);
    const char* update = std::getenv("UPDATE_GOLDEN");
    if (update != nullptr && *update != '\0') {
      const std::vector<std::string> tops = std::string(update) == "all" ? pinned(actual) : pinned(expected);
      for (const std::string& top : tops) fs::remove_all(expected_dir / top);
      for (const auto& [path, content] : actual) {
        if (!under(path, tops)) continue;
        fs::create_directories((expected_dir / path).parent_path());
        std::ofstream(expected_dir / path, std::ios::binary) << content;
      }
      GTEST_SKIP() << "rewrote " << expected_dir;
    }
    ASSERT_FALSE(expected.empty()) << "nothing pinned in " << expected_dir << " (run with UPDATE_GOLDEN=all)";
    const std::vector<std::string> tops = pinned(expected);
    for (const auto& [path, content] : expected) {
      auto it = actual.find(path);
      if (it == actual.end()) {
        ADD_FAILURE() << path << " is no longer produced";
        continue;
      }
      EXPECT_TRUE(it->second == content) << path << " differs at " << first_difference(content, it->second);
    }
    for (const auto& [path, content] : actual)
      if (under(path, tops) && !expected.count(path)) ADD_FAILURE() << path << " is new (not in expected/)";
  }

 private:
  fs::path dir_;
};

void register_cases() {
  const fs::path root = test::source_dir() / "tests" / "golden" / "packs";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  for (const fs::path& dir : cases) {
    const std::string name = dir.filename().string();
    testing::RegisterTest("GoldenPack", name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                          [dir]() -> testing::Test* { return new GoldenPack(dir); });
  }
}

}  // namespace
}  // namespace np

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  np::register_cases();
  return RUN_ALL_TESTS();
}
