#pragma once

/// DEFLATE for ZIP entries, done ahead of the archive: a large part is compressed as it is
/// written, so it is held compressed, never whole as text. The only module that includes zlib
/// and libdeflate.

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

/// Deflates bytes as they are written. The same bytes give the same output, in whatever pieces
/// they come. A part of up to 8 MiB is held and deflated whole by libdeflate (faster than
/// zlib); a larger one streams through zlib on a thread of its own (the writer making the part
/// and its compression then use two cores), handed over in 1 MiB blocks, at most four waiting.
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

  class Streamer;  ///< zlib on its own thread (opaque)

 private:
  std::string pending_;                 // bytes held until finish() (no streamer_ yet)
  std::unique_ptr<Streamer> streamer_;  // once the part outgrew what is held
  Deflated out_;
  bool finished_ = false;
};

/// `bytes` deflated in one go.
[[nodiscard]] Deflated deflate(std::string_view bytes);

}  // namespace np::zip
