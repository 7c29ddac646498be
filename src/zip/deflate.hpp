#pragma once

/// DEFLATE for ZIP entries, done ahead of the archive: a part is compressed as it is written,
/// so a large part is held compressed, never whole as text. The only module that includes zlib.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace np::zip {

/// An entry's bytes deflated: a raw DEFLATE stream (RFC 1951) and what the ZIP entry records.
struct Deflated {
  std::string data;        ///< the compressed bytes
  std::uint32_t crc = 0;   ///< CRC-32 of the uncompressed bytes
  std::uint64_t size = 0;  ///< size of the uncompressed bytes
};

/// Deflates bytes as they are written. Same bytes in the same pieces give the same output.
/// zlib's state (about 270 KB) is kept per thread and reset, not made afresh, for each entry.
class Deflater {
 public:
  Deflater();
  ~Deflater();
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  /// Compresses `bytes` after those already written. Throws Error(Zip) if zlib fails.
  void write(std::string_view bytes);
  /// Ends the stream and returns it. The object cannot be written to afterwards.
  [[nodiscard]] Deflated finish() &&;

  struct Stream;  ///< zlib's state (opaque)

 private:
  void run(int flush);

  std::unique_ptr<Stream> stream_;
  Deflated out_;
  std::size_t used_ = 0;  // bytes of out_.data filled
  bool finished_ = false;
};

/// `bytes` deflated in one go.
[[nodiscard]] Deflated deflate(std::string_view bytes);

}  // namespace np::zip
