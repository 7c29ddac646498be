#include "batch/inputs.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

#include "base/utf8.hpp"
#include "unicode/icu.hpp"

namespace np::batch {
namespace fs = std::filesystem;
namespace {

bool is_hidden(std::string_view name) { return !name.empty() && name[0] == '.'; }

/// One part of an output name: printable and safe on any file system.
std::string safe_piece(const fs::path& name) {
  std::string piece = printable_path(name);
  for (char& c : piece)
    if (c == '?' || c == ':' || c == '\\' || c == '*' || c == '"' || c == '<' || c == '>' || c == '|') c = '_';
  if (piece.empty() || piece == "." || piece == "..") piece = "_";
  return piece;
}

/// The extension of `name` if its format is known by it ("a.TXT" as text): output names drop
/// it. Empty otherwise.
std::string known_extension(const fs::path& name, const read::Format& format) {
  std::string lower = name.extension().string();
  for (char& c : lower) c = utf8::ascii_lower(c);
  if (std::find(format.extensions.begin(), format.extensions.end(), lower) == format.extensions.end()) return {};
  return lower;
}

/// The canonical form of `path` as a string; empty if it cannot be had.
std::string real_path(const fs::path& path) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(path, ec);
  return ec ? std::string() : std::move(real).native();
}

/// A file or folder in a folder being walked, or given by the user.
struct Entry {
  std::string path;                      ///< as found
  std::size_t name_from = 0;             ///< where its file name begins in `path`
  std::string name;                      ///< output name: a file's stem or a folder's name, unique in its folder
  const read::Format* format = nullptr;  ///< files only
  bool folder = false;
  int root = -1;  ///< the argument it comes from
};

/// A folder being walked: its entries, sorted, and how far the walk is through them.
struct Level {
  std::string prefix;  ///< output stem of the folder, with a final "/" (empty at the top)
  std::vector<Entry> entries;
  std::size_t next = 0;
};

/// One of the user's paths.
struct Arg {
  std::string canonical;
  bool folder = false;
  bool kept = false;  ///< walked (folder) or taken (file): not a repeat of an earlier one
};

/// An entry for `path`, of which the last `name_size` bytes are its file name.
Entry make_entry(std::string path, std::size_t name_size, const read::Format* format, bool folder, int root) {
  Entry e;
  e.name_from = path.size() - name_size;
  e.path = std::move(path);
  e.format = format;
  e.folder = folder;
  e.root = root;
  return e;
}

}  // namespace

struct InputWalk::Impl {
  Impl(const std::vector<fs::path>& paths, const fs::path& output, Report on_error, Report on_note);

  void error(const std::string& message) const {
    if (on_error) on_error(message);
  }
  void note(const std::string& message) const {
    if (on_note) on_note(message);
  }
  /// True if walking argument `root` reaches the canonical path `target`: it lies below the
  /// folder, and no part of the way is hidden or the output folder.
  bool reaches(const Arg& root, const std::string& target) const;
  /// True if a kept folder argument takes the canonical file `target` under its own name.
  bool taken_by_a_walk(const std::string& target) const;
  /// Adds the walkable entries of `folder` (of argument `root`) to `entries`.
  void list(const fs::path& folder, int root, std::vector<Entry>& entries);
  /// Adds the file at `path` if it is a notes file not taken elsewhere.
  void add_file(const fs::directory_entry& entry, int root, std::vector<Entry>& entries);
  /// Gives the entries of one folder names that do not clash (see InputWalk).
  void name_entries(std::vector<Entry>& entries, const std::string& prefix) const;

  Report on_error, on_note;
  std::string output_real;
  std::vector<Arg> args;
  std::set<std::string> link_targets;  ///< files taken through a symbolic link
  std::vector<Level> stack;
};

InputWalk::Impl::Impl(const std::vector<fs::path>& paths, const fs::path& output, Report on_error_, Report on_note_)
    : on_error(std::move(on_error_)), on_note(std::move(on_note_)), output_real(real_path(output)) {
  Level top;
  args.resize(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const fs::path& path = paths[i];
    Arg& arg = args[i];
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      error(printable_path(path) + ": no such file or folder");
      continue;
    }
    arg.canonical = real_path(path);
    arg.folder = fs::is_directory(status);
    // A repeat of an earlier path, or inside an earlier folder that reaches it, is taken there.
    bool repeat = false;
    for (std::size_t j = 0; j < i && !repeat; ++j) {
      if (!args[j].kept) continue;
      if (args[j].canonical == arg.canonical) repeat = true;
      if (args[j].folder && arg.folder && reaches(args[j], arg.canonical)) repeat = true;
      if (args[j].folder && !arg.folder && reaches(args[j], arg.canonical) &&
          read::format_for(fs::path(arg.canonical), false))
        repeat = true;
    }
    arg.kept = !repeat;
  }
  // Listed once every path is judged: a link in the first folder may point into the second.
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const fs::path& path = paths[i];
    if (!args[i].kept) continue;
    if (args[i].folder) {
      list(path, static_cast<int>(i), top.entries);
    } else {
      const read::Format* format = read::format_for(path, true);  // any file given by name is read as text
      if (!format) continue;
      top.entries.push_back(
          make_entry(path.native(), path.filename().native().size(), format, false, static_cast<int>(i)));
    }
  }
  // The top level is every path given, in the order given: folders' entries are sorted among
  // themselves only.
  name_entries(top.entries, {});
  stack.push_back(std::move(top));
}

bool InputWalk::Impl::reaches(const Arg& root, const std::string& target) const {
  if (root.canonical.empty() || target.empty()) return false;
  const fs::path relative = fs::path(target).lexically_relative(root.canonical);
  if (relative.empty() || relative == ".") return false;
  fs::path way(root.canonical);
  for (const fs::path& part : relative) {
    const std::string& name = part.native();
    if (name == ".." || is_hidden(name)) return false;
    way /= part;
    if (!output_real.empty() && way.native() == output_real) return false;
  }
  return true;
}

bool InputWalk::Impl::taken_by_a_walk(const std::string& target) const {
  if (!read::format_for(fs::path(target), false)) return false;
  for (const Arg& arg : args)
    if (arg.kept && arg.folder && reaches(arg, target)) return true;
  return false;
}

void InputWalk::Impl::add_file(const fs::directory_entry& entry, int root, std::vector<Entry>& entries) {
  const fs::path& path = entry.path();
  const read::Format* format = read::format_for(path, false);
  if (!format) {
    note(printable_path(path) + ": skipped (not a notes file type)");
    return;
  }
  std::error_code ec;
  const std::string name = path.filename().native();
  if (entry.is_symlink(ec)) {
    // A link to a file taken anyway (by a walk, or given by name), or already taken through
    // another link, would only repeat it.
    const std::string target = real_path(path);
    if (taken_by_a_walk(target) || link_targets.contains(target)) return;
    for (const Arg& arg : args)
      if (arg.kept && !arg.folder && arg.canonical == target) return;
    link_targets.insert(target);
  } else {
    // A file given by name before this folder was taken then.
    for (int i = 0; i < root; ++i) {
      const Arg& arg = args[static_cast<std::size_t>(i)];
      if (arg.kept && !arg.folder && fs::path(arg.canonical).filename().native() == name &&
          real_path(path) == arg.canonical)
        return;
    }
  }
  entries.push_back(make_entry(path.native(), name.size(), format, false, root));
}

void InputWalk::Impl::list(const fs::path& folder, int root, std::vector<Entry>& entries) {
  std::error_code ec;
  fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    error(printable_path(folder) + ": cannot read folder: " + ec.message());
    return;
  }
  std::vector<std::pair<std::string, fs::directory_entry>> found;  // by name
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      error(printable_path(folder) + ": cannot read: " + ec.message());
      break;
    }
    std::string name = it->path().filename().native();
    if (!is_hidden(name)) found.emplace_back(std::move(name), *it);
  }
  // By name, byte by byte: walking depth first in this order gives std::filesystem::path's
  // order of whole paths (component by component). Sorted before anything is judged, so that
  // which of two links to one file is taken does not depend on the file system's order.
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [name, entry] : found) {
    std::error_code type_ec;
    if (entry.is_directory(type_ec)) {
      if (entry.is_symlink(type_ec)) continue;  // not followed: no loops, no repeats
      const std::string real = real_path(entry.path());
      if (!output_real.empty() && real == output_real) continue;
      // A folder given before this one was walked then.
      bool walked = false;
      for (int i = 0; i < root && !walked; ++i) {
        const Arg& arg = args[static_cast<std::size_t>(i)];
        walked = arg.kept && arg.folder && arg.canonical == real;
      }
      if (!walked) entries.push_back(make_entry(entry.path().native(), name.size(), nullptr, true, root));
    } else if (entry.is_regular_file(type_ec)) {
      add_file(entry, root, entries);
    }
  }
}

void InputWalk::Impl::name_entries(std::vector<Entry>& entries, const std::string& prefix) const {
  auto key = [](const std::string& s) { return unicode::fold_case(s); };
  // Files: their name without a known extension; clashing ones keep it.
  std::map<std::string, std::vector<std::size_t>> by_stem;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Entry& e = entries[i];
    const fs::path name(std::string_view(e.path).substr(e.name_from));
    e.name = safe_piece(name);
    if (e.folder) continue;
    e.name.resize(e.name.size() - known_extension(name, *e.format).size());
    by_stem[key(e.name)].push_back(i);
  }
  for (const auto& [folded, indexes] : by_stem) {
    if (indexes.size() < 2) continue;
    for (std::size_t i : indexes) {
      Entry& e = entries[i];
      const std::string extension = printable_path(fs::path(e.path).extension());
      if (extension.empty()) continue;
      note(printable_path(e.path) + ": output named " + prefix + e.name + extension +
           ".* because another input would also be " + prefix + e.name + ".*");
      e.name += extension;
    }
  }
  // Then a number for any name still taken: files and folders apart (a file's outputs have
  // extensions, a folder's are inside it).
  std::set<std::string> taken_files, taken_folders;
  for (Entry& e : entries) {
    std::set<std::string>& taken = e.folder ? taken_folders : taken_files;
    std::string name = e.name;
    for (int n = 2; !taken.insert(key(name)).second; ++n) name = e.name + "-" + std::to_string(n);
    if (name == e.name) continue;
    note(printable_path(e.path) + (e.folder ? ": outputs put in " : ": output named ") + prefix + name +
         (e.folder ? "/" : ".*") + " to keep them apart from another input's");
    e.name = std::move(name);
  }
}

InputWalk::InputWalk(const std::vector<fs::path>& paths, const fs::path& output, Report on_error, Report on_note)
    : impl_(std::make_unique<Impl>(paths, output, std::move(on_error), std::move(on_note))) {}

InputWalk::~InputWalk() = default;

std::optional<Input> InputWalk::next() {
  std::vector<Level>& stack = impl_->stack;
  while (!stack.empty()) {
    Level& level = stack.back();
    if (level.next == level.entries.size()) {
      stack.pop_back();
      continue;
    }
    Entry& entry = level.entries[level.next++];
    if (entry.folder) {
      Level inner;
      inner.prefix = level.prefix + entry.name + "/";
      impl_->list(fs::path(entry.path), entry.root, inner.entries);
      impl_->name_entries(inner.entries, inner.prefix);
      stack.push_back(std::move(inner));  // invalidates `level` and `entry`
      continue;
    }
    Input input;
    input.display = printable_path(fs::path(entry.path));
    input.stem = level.prefix + entry.name;
    input.path = std::move(entry.path);
    input.format = entry.format;
    return input;
  }
  return std::nullopt;
}

Inputs collect_inputs(const std::vector<fs::path>& paths, const fs::path& output) {
  Inputs found;
  InputWalk walk(
      paths, output, [&](const std::string& e) { found.errors.push_back(e); },
      [&](const std::string& n) { found.notes.push_back(n); });
  while (std::optional<Input> input = walk.next()) found.files.push_back(std::move(*input));
  return found;
}

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

}  // namespace np::batch
