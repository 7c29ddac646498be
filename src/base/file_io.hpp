#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/sink.hpp"

namespace np::file_io {

/// Reads a whole regular file, opened read-only. Throws Error(Io) naming the file when it
/// cannot be opened or read, and Error(Limit) when it is larger than `max_bytes`.
std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes);

/// Writes `bytes` to `path` atomically: to a hidden temporary file in the same folder, which
/// is then renamed over `path` (not fsynced: atomic against a crash of the process, not
/// durable against a power cut). On any failure the temporary file is removed, `path` is left
/// as it was, and Error(Io) is thrown. Creates missing parent folders.
void write_atomic(const std::filesystem::path& path, std::string_view bytes);

/// write_atomic as a stream: bytes are written to the hidden temporary file as they come, and
/// commit() renames it over `path`. Destroyed without commit() (an error on the way), the
/// temporary file is removed and `path` is left as it was. Throws Error(Io) naming `path`.
class AtomicFile final : public Sink {
 public:
  /// Creates missing parent folders and the temporary file.
  explicit AtomicFile(const std::filesystem::path& path);
  ~AtomicFile() override;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view bytes) override;
  /// Closes the file and renames it into place. Nothing can be written afterwards.
  void commit();

 private:
  [[noreturn]] void fail(const std::string& what, int err);

  std::filesystem::path path_;
  std::string temp_;
  int fd_ = -1;
};

/// Human-readable size ("4.0 MiB").
std::string format_size(std::uint64_t bytes);

}  // namespace np::file_io
