#pragma once

/// The only module that includes libzip.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "zip/deflate.hpp"

struct zip;
struct zip_source;

namespace np::zip {

/// Deflate is a request: entries under 1 KiB are stored whatever is asked.
enum class Compression : std::uint8_t { Store, Deflate };

/// An entry's bytes made ready ahead of adding them: deflated already if an archive would
/// deflate them, as they are if it would store them. A writer that renders many parts before
/// it can add any (the EPUB's pages, which the package document and navigation must follow)
/// then holds them compressed instead of as text. Adding it gives the same bytes as adding
/// the text with the same request would have. Text in a Prepared is added stored: make one
/// with prepare() only.
using Prepared = std::variant<std::string, Deflated>;
[[nodiscard]] Prepared prepare(std::string&& bytes, Compression compression = Compression::Deflate);

/// A ZIP archive built in memory. Entries are written in the order they are added, with no
/// extra fields and a fixed timestamp, so the same entries give the same bytes.
/// Nothing is written anywhere: `finish()` returns the archive's bytes.
///
/// Entries are deflated by zip::Deflater as they are added (libzip copies the compressed
/// bytes as they are), and a static entry is deflated once per process, not once per archive.
class Archive {
 public:
  /// `timestamp`: seconds since the Unix epoch for every entry (SOURCE_DATE_EPOCH).
  explicit Archive(std::int64_t timestamp);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  /// Adds an entry; the bytes are copied. Throws Error(Zip) on failure (duplicate name...).
  void add(const std::string& name, std::string_view bytes, Compression compression = Compression::Deflate);
  void add(const std::string& name, const char* bytes, Compression compression = Compression::Deflate) {
    add(name, std::string_view(bytes), compression);
  }

  /// Adds an entry, taking the bytes over: no copy is made (large generated parts).
  void add(const std::string& name, std::string&& bytes, Compression compression = Compression::Deflate);

  /// Adds an entry deflated beforehand (a large part compressed as it was written).
  void add(const std::string& name, Deflated&& entry);
  /// Adds an entry made ready by prepare().
  void add_prepared(const std::string& name, Prepared&& entry);

  /// Adds an entry whose bytes outlive the archive (static resources): no copy is made, and
  /// the same bytes are deflated only once per process.
  void add_static(const std::string& name, std::string_view bytes, Compression compression = Compression::Deflate);

  /// Closes the archive and returns its bytes. The archive cannot be used afterwards.
  [[nodiscard]] std::string finish();

 private:
  /// Adds `size` bytes at `data` as a stored entry; frees them (std::free) if `owned`.
  void add_stored(const std::string& name, void* data, std::size_t size, bool owned);
  /// Adds an entry whose deflated bytes outlive the archive.
  void add_deflated(const std::string& name, const Deflated& entry);
  /// Adds `source` (null: libzip could not make it) as entry `name`.
  void add_entry(const std::string& name, zip_source* source, bool deflated);
  [[noreturn]] void fail(const std::string& what) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// One entry of an archive read back (tests, golden files).
struct Entry {
  std::string name;
  bool stored = false;  ///< compression method 0
  std::string bytes;    ///< uncompressed content
};

/// Reads every entry of a ZIP archive held in memory, in central-directory order.
/// Throws Error(Zip) if the bytes are not a readable archive.
std::vector<Entry> read_entries(std::string_view bytes);

}  // namespace np::zip
