#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "read/reader.hpp"

namespace np::batch {

/// A notes file to process.
struct Input {
  /// As found (relative to the working folder if given so). A string, not a path: a path also
  /// holds each of its components.
  std::string path;
  std::string display;  ///< the path as shown in messages: valid UTF-8, no control characters
  std::string stem;     ///< output name without extension, "/"-separated, unique, never escapes
  const read::Format* format = nullptr;
};

/// Finds the notes files under the user's paths one at a time, in the batch's order, so that
/// a batch of any size holds only the folders on the way to the current file (and the names
/// in each) instead of a list of every input.
///
/// - Paths are taken in the order given. Files are taken as given (any extension is read as
///   text); folders are walked recursively in path order (a folder's entries sorted by name,
///   each subfolder's files before the next entry), skipping hidden entries, files of formats
///   notepress does not read, `output` itself, and symbolic links to folders (no loops).
/// - Output stems mirror the tree below each folder given; a file given by name is named by
///   its file name. Names that would clash, case-insensitively as on some file systems, are
///   told apart within their folder (the files and folders given count as one folder):
///   clashing files keep their extension ("a.txt" and "a.md" give "a.txt.*" and "a.md.*"),
///   and a name still taken gets "-2", "-3"...
/// - A file is taken once however it is reached: a folder given inside another one, a file
///   given by name that a folder also holds (the first of them counts), a symbolic link to a
///   file that is taken under its own name anyway, or two links to one file.
class InputWalk {
 public:
  /// Receives one line: a path that cannot be read (`on_error`), or a skipped file or a
  /// renamed output (`on_note`).
  using Report = std::function<void(const std::string&)>;

  InputWalk(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& output, Report on_error = {},
            Report on_note = {});
  ~InputWalk();
  InputWalk(const InputWalk&) = delete;
  InputWalk& operator=(const InputWalk&) = delete;

  /// The next notes file; nullopt when there are no more.
  std::optional<Input> next();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Every input of a walk at once, with what went wrong finding them (for tests and small
/// batches; a batch walks instead).
struct Inputs {
  std::vector<Input> files;
  std::vector<std::string> errors;
  std::vector<std::string> notes;
};
Inputs collect_inputs(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& output);

/// A path as it can be shown or stored: invalid UTF-8 bytes become U+FFFD and control
/// characters "?".
std::string printable_path(const std::filesystem::path& path);

}  // namespace np::batch
