#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "read/reader.hpp"

namespace np::batch {

/// A notes file to process.
struct Input {
  /// As found (relative to the working folder if given so). A string, not a path: a path also
  /// holds each of its components, hundreds of bytes per input in a batch of thousands.
  std::string path;
  std::string display;  ///< the path as shown in messages: valid UTF-8, no control characters
  std::string stem;     ///< output name without extension, "/"-separated, unique, never escapes
  const read::Format* format = nullptr;
};

/// The inputs found under the user's paths, with what went wrong finding them.
struct Inputs {
  std::vector<Input> files;
  std::vector<std::string> errors;  ///< one line each: a missing path, an unreadable folder
  std::vector<std::string> notes;   ///< skipped files and renamed outputs (for --verbose)
};

/// Finds the notes files under `paths`: files are taken as given (any extension is read as
/// text), folders are walked recursively in sorted order, skipping hidden entries, files of
/// formats notepress does not read, and `output` itself. Directory symlinks are not
/// followed (no loops). Output stems mirror the input tree; inputs whose stems would collide
/// ("a.txt" and "a.md") keep their extension in the stem, and further clashes get a suffix.
Inputs collect_inputs(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& output);

/// A path as it can be shown or stored: invalid UTF-8 bytes become U+FFFD and control
/// characters "?".
std::string printable_path(const std::filesystem::path& path);

}  // namespace np::batch
