#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "read/reader.hpp"

namespace np::batch {

/// A notes file to process. A batch holds one for every input while it runs, so it is kept
/// small: the path as found and how to name its outputs; the rest is derived when needed.
struct Input {
  /// As found (relative to the working folder if given so). A string, not a path: a path also
  /// holds each of its components, hundreds of bytes per input in a batch of thousands.
  std::string path;
  /// Where the part of `path` that names the outputs begins: the path below the folder that
  /// was walked, or the file name of a file given by name.
  std::uint32_t relative_from = 0;
  /// Output names that would clash: keep the extension ("a.txt" and "a.md" give "a.txt.*" and
  /// "a.md.*"), and if they still clash, add "-N" (N ≥ 2; 0 means no suffix).
  bool keep_extension = false;
  std::uint32_t suffix = 0;
  const read::Format* format = nullptr;

  /// The path as shown in messages: valid UTF-8, no control characters.
  std::string display() const;
  /// Output name without extension: "/"-separated, unique within the batch, never escapes
  /// the output folder.
  std::string stem() const;
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
