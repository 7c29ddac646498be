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

/// The extension of `path` if it is one its format is known by ("a.TXT" as text): output
/// names drop it.
std::string_view known_extension(std::string_view path, const read::Format& format) {
  const std::string extension = fs::path(path).extension().string();
  if (extension.empty()) return {};
  std::string lower = extension;
  for (char& c : lower) c = utf8::ascii_lower(c);
  if (std::find(format.extensions.begin(), format.extensions.end(), lower) == format.extensions.end()) return {};
  return path.substr(path.size() - extension.size());
}

/// `relative` is the part of `path` that names the outputs (see Input::relative_from).
void add_file(Inputs& found, std::string path, const fs::path& relative, bool explicit_file) {
  const read::Format* format = read::format_for(fs::path(path), explicit_file);
  if (!format) {
    found.notes.push_back(printable_path(path) + ": skipped (not a notes file type)");
    return;
  }
  Input input;
  const std::string& tail = relative.native();
  input.relative_from = path.ends_with(tail)
                            ? static_cast<std::uint32_t>(path.size() - tail.size())
                            : static_cast<std::uint32_t>(path.size() - fs::path(path).filename().native().size());
  input.path = std::move(path);
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
  for (std::string& file : files) {
    const fs::path relative = fs::path(file).lexically_relative(root);
    add_file(found, std::move(file), relative, false);
  }
}

/// Makes stems unique (case-insensitively, as some file systems are): clashing inputs keep
/// their extension; any remaining clash gets "-2", "-3"...
void make_unique(Inputs& found) {
  auto key = [](const std::string& s) { return unicode::fold_case(s); };
  std::vector<std::string> stems;
  stems.reserve(found.files.size());
  std::map<std::string, std::vector<std::size_t>> by_stem;
  for (std::size_t i = 0; i < found.files.size(); ++i) {
    stems.push_back(found.files[i].stem());
    by_stem[key(stems.back())].push_back(i);
  }
  for (auto& [folded, indexes] : by_stem) {
    if (indexes.size() < 2) continue;
    for (std::size_t i : indexes) {
      Input& input = found.files[i];
      const std::string extension = printable_path(fs::path(input.path).extension());
      if (!extension.empty()) {
        found.notes.push_back(input.display() + ": output named " + stems[i] + extension +
                              ".* because another input would also be " + stems[i] + ".*");
        input.keep_extension = true;
        stems[i] += extension;
      }
    }
  }
  by_stem.clear();
  std::set<std::string> taken;
  for (std::size_t i = 0; i < found.files.size(); ++i) {
    Input& input = found.files[i];
    std::uint32_t n = 2;
    for (std::string stem = stems[i]; !taken.insert(key(stem)).second; ++n) stem = stems[i] + "-" + std::to_string(n);
    if (n > 2) {
      input.suffix = n - 1;
      found.notes.push_back(input.display() + ": output named " + input.stem() +
                            ".* to keep it apart from another input");
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
      add_file(found, path.native(), path.filename(), true);
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
  found.files.shrink_to_fit();
  return found;
}

std::string Input::display() const { return printable_path(fs::path(path)); }

std::string Input::stem() const {
  const std::string_view whole(path);
  std::string out = safe_stem(fs::path(whole.substr(relative_from)));
  if (format) out.resize(out.size() - known_extension(whole, *format).size());
  if (keep_extension) out += printable_path(fs::path(path).extension());
  if (suffix > 0) out += "-" + std::to_string(suffix);
  return out;
}

}  // namespace np::batch
