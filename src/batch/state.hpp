#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace np::file_io {
class AtomicFile;
}

namespace np::batch {

/// A content hash (XXH3 128-bit) as 32 hex digits.
std::string content_hash(std::string_view bytes);

/// What the last build into an output folder made from what: output stem → hash of its
/// inputs, lexicons, options and notepress version. Kept in OUTPUT/.notepress-state so a
/// rebuild skips outputs that are up to date (content hashes, never timestamps).
///
/// A batch of many thousand files must not grow in memory with their number, so the old state
/// is held as 32 bytes per output (a hash of the stem and the output's hash) and the new one
/// is streamed to a temporary file as outputs are recorded, and renamed into place by save().
class BuildState {
 public:
  explicit BuildState(std::filesystem::path output);
  ~BuildState();
  BuildState(const BuildState&) = delete;
  BuildState& operator=(const BuildState&) = delete;

  /// Reads the state file; a missing or unreadable one means "nothing is up to date".
  void load();
  /// True if `stem` was last built from `hash` (a content_hash). Safe to call from several
  /// threads while another records.
  bool up_to_date(std::string_view stem, std::string_view hash) const;
  /// Adds `stem` to the new state. Write errors are kept for save() to report.
  void record(std::string_view stem, std::string_view hash);
  /// Puts the new state in place of the old, atomically: only what was recorded since load().
  /// Throws Error(Io).
  void save();

 private:
  using Key = std::array<std::uint64_t, 2>;
  struct Entry {
    Key stem;  ///< XXH3 128-bit hash of the stem
    Key hash;  ///< the output's content_hash, parsed
    friend bool operator<(const Entry& a, const Entry& b) noexcept { return a.stem < b.stem; }
  };
  void flush();

  std::filesystem::path file_;
  std::vector<Entry> old_;  ///< sorted by stem
  std::unique_ptr<file_io::AtomicFile> new_;
  std::string pending_;  ///< recorded lines not yet written
  std::string error_;    ///< the first write error
};

}  // namespace np::batch
