#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "batch/limits.hpp"
#include "write/writer.hpp"

namespace np::batch {

enum class PackMode { Files, Course, Both };
enum class Verbosity { Quiet, Normal, Verbose };

/// `--shard K/N`: process the K-th of N deterministic shares of the inputs (1-based).
struct Shard {
  unsigned index = 1;
  unsigned count = 1;
};

/// Everything a run needs, parsed from the command line.
struct Options {
  std::vector<std::filesystem::path> paths{"input"};
  std::filesystem::path output{"output"};
  std::vector<std::filesystem::path> lexicons;
  bool builtin_lexicons = true;
  std::vector<const write::Format*> formats;  ///< empty: every format
  std::string language = "en";
  unsigned jobs = 0;  ///< 0: one per core
  PackMode pack = PackMode::Files;
  std::string title;                 ///< course pack title; default from the folder
  std::vector<std::string> authors;  ///< the packs' authors, instead of those the notes name
  std::filesystem::path order;       ///< course chapter order: one stem or path per line
  Shard shard;
  bool force = false;  ///< rebuild outputs even if up to date
  std::uint64_t max_bytes = kDefaultMaxBytes;
  write::Options write;
  Verbosity verbosity = Verbosity::Normal;
};

/// `notepress build`: every input to its outputs, skipping outputs that are up to date.
/// Messages go to `err` in input order, then a summary line. Returns the exit status:
/// 0 all good, 1 some input (or a lexicon) failed — the others were still processed.
int build(const Options& options, std::ostream& out, std::ostream& err);

/// `notepress check`: ingest, normalise and tag, then print each file's review report to
/// `out`; writes nothing. Same exit status as build.
int check(const Options& options, std::ostream& out, std::ostream& err);

/// `notepress tag` (the map step): each input to its tagged JSON under `output` (or, for a
/// single input and an output ending in ".json", to that file). Same exit status.
int tag(const Options& options, std::ostream& out, std::ostream& err);

/// `notepress pack` (the reduce step): a course pack from tagged JSON files (folders are
/// searched for *.json); byte-identical to `build --pack course` on the same inputs.
int pack_json(const std::vector<std::filesystem::path>& json, const Options& options, std::ostream& err);

}  // namespace np::batch
