#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace np::batch {

/// A content hash (XXH3 128-bit) as 32 hex digits.
std::string content_hash(std::string_view bytes);

/// What the last build into an output folder made from what: output stem → hash of its
/// inputs, lexicons, options and notepress version. Kept in OUTPUT/.notepress-state so a
/// rebuild skips outputs that are up to date (content hashes, never timestamps).
class BuildState {
 public:
  explicit BuildState(std::filesystem::path output);

  /// Reads the state file; a missing or unreadable one means "nothing is up to date".
  void load();
  /// True if `stem` was last built from `hash`.
  bool up_to_date(const std::string& stem, const std::string& hash) const;
  void record(const std::string& stem, const std::string& hash);
  void forget(const std::string& stem);
  /// Writes the state atomically. Throws Error(Io).
  void save() const;

 private:
  std::filesystem::path file_;
  std::map<std::string, std::string> old_;
  std::map<std::string, std::string> new_;
};

}  // namespace np::batch
