#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "write/writer.hpp"

namespace np::batch {

enum class PackMode { Files, Course, Both };
enum class Verbosity { Quiet, Normal, Verbose };

/// Everything a build or check run needs, parsed from the command line.
struct Options {
  std::vector<std::filesystem::path> paths{"input"};
  std::filesystem::path output{"output"};
  std::vector<std::filesystem::path> lexicons;
  bool builtin_lexicons = true;
  std::vector<const write::Format*> formats;  ///< empty: every format
  std::string language = "en";
  unsigned jobs = 0;                          ///< 0: one per core
  PackMode pack = PackMode::Files;
  std::string title;                          ///< course pack title; default from the folder
  std::uint64_t max_bytes = 64u << 20;
  write::Options write;
  Verbosity verbosity = Verbosity::Normal;
};

/// `notepress build`: every input to its outputs. Messages go to `err` in input order, then
/// a summary line. Returns the exit status: 0 all good, 1 some input (or a lexicon) failed.
int build(const Options& options, std::ostream& out, std::ostream& err);

/// `notepress check`: ingest, normalise and tag, then print each file's review report to
/// `out`; writes nothing. Same exit status as build.
int check(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace np::batch
