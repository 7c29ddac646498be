#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/source_pos.hpp"
#include "model/entity_info.hpp"

namespace np::lexicon {

/// One `[[entity]]` of a lexicon (docs/lexicon-format.md).
struct Entry {
  model::EntityInfo info;                 ///< id, kind, names, dates, description, links
  std::vector<std::string> misspellings;  ///< wrong forms, corrected in notes
  bool case_sensitive = false;
  std::string origin;    ///< id of the lexicon it came from
  bool builtin = false;  ///< from a built-in lexicon
  SourcePos where;       ///< position of the entry in its file
};

struct Lexicon {
  std::string id;
  std::string title;
  std::string language = "en";
  std::string description;
  std::string origin;  ///< "built-in" or the file it was read from
  std::vector<Entry> entries;
};

/// A problem found in a lexicon file, at a position in it.
struct Problem {
  bool error = true;  ///< false: a warning (the lexicon is still usable)
  SourcePos where;
  std::string message;
};

/// Result of reading a lexicon: the lexicon if it has no errors, and every problem found.
struct ParseResult {
  std::optional<Lexicon> lexicon;
  std::vector<Problem> problems;
};

/// Reads and validates a lexicon from TOML text. Never throws for bad content: every problem
/// is reported with its line and column. `origin` names the lexicon ("built-in", a path).
ParseResult parse(std::string_view text, const std::string& origin);

/// The largest lexicon file read.
inline constexpr std::uint64_t kMaxFileBytes = 64u << 20;

/// Validates lexicon `text` read from `file`; throws Error(Lexicon) with
/// `file:line:col: message` for the first error (all errors are listed, one per line, in the
/// message). Warnings go to `diags`.
Lexicon load(std::string_view text, const std::filesystem::path& file, Diagnostics& diags);

/// Reads lexicon `file` (at most kMaxFileBytes) and loads it; throws Error(Io) if it cannot be
/// read, else as load().
Lexicon load_file(const std::filesystem::path& file, Diagnostics& diags);

/// The built-in lexicons (parsed once per process).
std::span<const Lexicon> builtins();

/// Entries of `lexicons` merged in order: an entry with the id of an earlier one replaces it
/// (in the earlier one's position).
std::vector<Entry> merge(std::span<const Lexicon> lexicons);

}  // namespace np::lexicon
