#include "batch/inputs.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <system_error>
#include <unordered_set>

#include "base/utf8.hpp"
#include "unicode/icu.hpp"

namespace np::batch {
namespace fs = std::filesystem;
namespace {

bool is_hidden(const fs::path& name) {
  const std::string s = name.filename().string();
  return !s.empty() && s[0] == '.';
}

/// Output stems are made of the relative path's parts, made safe for any file system.
std::string safe_stem(const fs::path& relative) {
  std::string out;
  for (const fs::path& part : relative) {
    std::string piece = printable_path(part);
    for (char& c : piece)
      if (c == '?' || c == ':' || c == '\\' || c == '*' || c == '"' || c == '<' || c == '>' || c == '|') c = '_';
    if (piece.empty() || piece == "." || piece == "..") piece = "_";
    if (!out.empty()) out += '/';
    out += piece;
  }
  return out;
}

void add_file(Inputs& found, const fs::path& path, const fs::path& relative, bool explicit_file) {
  const read::Format* format = read::format_for(path, explicit_file);
  if (!format) {
    found.notes.push_back(printable_path(path) + ": skipped (not a notes file type)");
    return;
  }
  Input input;
  input.path = path.native();
  input.display = printable_path(path);
  input.stem = safe_stem(relative);
  std::string extension = path.extension().string();
  for (char& c : extension) c = utf8::ascii_lower(c);
  if (std::find(format->extensions.begin(), format->extensions.end(), extension) != format->extensions.end() &&
      !extension.empty())
    input.stem.resize(input.stem.size() - extension.size());
  input.format = format;
  found.files.push_back(std::move(input));
}

/// std::filesystem::path's order (component by component) for the clean paths a directory
/// walk gives: byte order with the separator below every other byte.
bool path_order(const std::string& a, const std::string& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    const auto rank = [](char c) { return c == '/' ? 0 : static_cast<unsigned char>(c) + 1; };
    return rank(x) < rank(y);
  });
}

void walk(Inputs& found, const fs::path& root, const fs::path& output) {
  std::error_code ec;
  const fs::path output_real = fs::weakly_canonical(output, ec);
  std::vector<std::string> files;  // strings, not paths (see Input::path)
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    found.errors.push_back(printable_path(root) + ": cannot read folder: " + ec.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      found.errors.push_back(printable_path(it->path()) + ": cannot read: " + ec.message());
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    if (is_hidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_directory(ec)) {
      std::error_code ec2;
      if (!output_real.empty() && fs::weakly_canonical(entry.path(), ec2) == output_real)
        it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(ec)) files.push_back(entry.path().native());
  }
  std::sort(files.begin(), files.end(), path_order);
  for (const std::string& file : files) {
    const fs::path path(file);
    add_file(found, path, path.lexically_relative(root), false);
  }
}

/// Makes stems unique (case-insensitively, as some file systems are): clashing inputs keep
/// their extension; any remaining clash gets "-2", "-3"...
void make_unique(Inputs& found) {
  auto key = [](const std::string& s) { return unicode::fold_case(s); };
  std::map<std::string, std::vector<std::size_t>> by_stem;
  for (std::size_t i = 0; i < found.files.size(); ++i) by_stem[key(found.files[i].stem)].push_back(i);
  for (auto& [stem, indexes] : by_stem) {
    if (indexes.size() < 2) continue;
    for (std::size_t i : indexes) {
      Input& input = found.files[i];
      const std::string extension = printable_path(fs::path(input.path).extension());
      if (!extension.empty()) {
        found.notes.push_back(input.display + ": output named " + input.stem + extension +
                              ".* because another input would also be " + input.stem + ".*");
        input.stem += extension;
      }
    }
  }
  std::set<std::string> taken;
  for (Input& input : found.files) {
    std::string stem = input.stem;
    for (int n = 2; !taken.insert(key(stem)).second; ++n) stem = input.stem + "-" + std::to_string(n);
    if (stem != input.stem) {
      found.notes.push_back(input.display + ": output named " + stem + ".* to keep it apart from another input");
      input.stem = stem;
    }
  }
}

}  // namespace

std::string printable_path(const fs::path& path) {
  const std::string raw = path.string();
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    const auto bad = utf8::find_invalid(std::string_view(raw).substr(i, 4));
    if (bad && *bad == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = utf8::next(raw, i);
    if (c < 0x20 || c == 0x7F)
      out += '?';
    else
      out.append(raw, start, i - start);
  }
  return out;
}

Inputs collect_inputs(const std::vector<fs::path>& paths, const fs::path& output) {
  Inputs found;
  // Canonical paths as strings: a std::filesystem::path also holds each of its components,
  // which at 10,000 inputs is megabytes of peak memory.
  std::unordered_set<std::string> seen;
  for (const fs::path& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      found.errors.push_back(printable_path(path) + ": no such file or folder");
      continue;
    }
    if (fs::is_directory(status)) {
      walk(found, path, output);
    } else {
      add_file(found, path, path.filename(), true);
    }
  }
  // The same file named twice (a folder and a file in it) is processed once.
  std::vector<Input> unique;
  for (Input& input : found.files) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(fs::path(input.path), ec);
    if (ec) real = input.path;
    if (seen.insert(std::move(real).native()).second) unique.push_back(std::move(input));
  }
  found.files = std::move(unique);
  make_unique(found);
  return found;
}

}  // namespace np::batch
