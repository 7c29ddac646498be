#include "zip/deflate.hpp"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <limits>
#include <vector>

#include "base/error.hpp"

namespace np::zip {
namespace {

/// Fastest level of each library: a fraction of the CPU of zlib's default (6) or libzip's (9)
/// on notes-sized XML, for a few per cent of size (measured in bench/README.md).
constexpr int kLevel = 1;

/// Parts up to this size are deflated whole by libdeflate, which is about 1.7 times as fast
/// as zlib at its fastest level and compresses a little better. Larger parts (the body of a
/// big note or a course pack) stream through zlib, so they are never held whole as text.
constexpr std::size_t kWholeUpTo = std::size_t{8} << 20;

/// zlib: raw DEFLATE (no zlib header), the largest window, zlib's default memory level.
constexpr int kWindowBits = -15;
constexpr int kMemLevel = 8;
/// zlib counts in uInt: feed it at most this much at a time.
constexpr std::size_t kMaxStep = std::numeric_limits<uInt>::max() / 2;

/// libdeflate's compressor for this thread (it holds ~100 KB of tables: made once).
libdeflate_compressor& whole_compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
      libdeflate_alloc_compressor(kLevel), &libdeflate_free_compressor);
  if (!compressor) throw std::bad_alloc();
  return *compressor;
}

}  // namespace

struct Deflater::Stream {
  z_stream z{};

  Stream() {
    if (deflateInit2(&z, kLevel, Z_DEFLATED, kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY) != Z_OK)
      throw Error(ErrorKind::Zip, "cannot start zlib's deflate");
  }
  ~Stream() { deflateEnd(&z); }
  Stream(const Stream&) = delete;
  Stream& operator=(const Stream&) = delete;
};

namespace {

/// zlib streams left by finished Deflaters on this thread, ready for the next large part.
std::vector<std::unique_ptr<Deflater::Stream>>& idle_streams() {
  thread_local std::vector<std::unique_ptr<Deflater::Stream>> idle;
  return idle;
}

}  // namespace

Deflater::Deflater() = default;

Deflater::~Deflater() {
  // A stream is put back only once reset, so a failed one is never reused.
  if (stream_ && deflateReset(&stream_->z) == Z_OK && idle_streams().size() < 2)
    idle_streams().push_back(std::move(stream_));
}

void Deflater::write(std::string_view bytes) {
  if (finished_) throw Error(ErrorKind::Zip, "deflate stream already finished");
  out_.crc = libdeflate_crc32(out_.crc, bytes.data(), bytes.size());
  out_.size += bytes.size();
  if (!stream_) {
    if (pending_.size() + bytes.size() <= kWholeUpTo) {
      pending_.append(bytes);
      return;
    }
    // Too large to hold: stream it, starting with what was held.
    auto& idle = idle_streams();
    if (idle.empty()) {
      stream_ = std::make_unique<Stream>();
    } else {
      stream_ = std::move(idle.back());
      idle.pop_back();
    }
    feed(pending_);
    std::string().swap(pending_);
  }
  feed(bytes);
}

void Deflater::feed(std::string_view bytes) {
  while (!bytes.empty()) {
    const std::size_t step = std::min(bytes.size(), kMaxStep);
    stream_->z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream_->z.avail_in = static_cast<uInt>(step);
    run(Z_NO_FLUSH);
    bytes.remove_prefix(step);
  }
}

void Deflater::run(int flush) {
  z_stream& z = stream_->z;
  for (;;) {
    if (used_ == out_.data.size()) {
      // Grow by half (at least 64 KiB): XML deflates to a tenth or less, so this is seldom.
      out_.data.resize(std::max<std::size_t>(out_.data.size() + out_.data.size() / 2, 64 * 1024));
    }
    const std::size_t room = std::min(out_.data.size() - used_, kMaxStep);
    z.next_out = reinterpret_cast<Bytef*>(out_.data.data() + used_);
    z.avail_out = static_cast<uInt>(room);
    const int status = deflate(&z, flush);
    used_ += room - z.avail_out;
    if (status == Z_STREAM_END) return;
    if (status != Z_OK && status != Z_BUF_ERROR) throw Error(ErrorKind::Zip, "zlib's deflate failed");
    // Done when zlib took all the input and had output room left (for Z_NO_FLUSH).
    if (flush == Z_NO_FLUSH && z.avail_in == 0 && z.avail_out != 0) return;
  }
}

Deflated Deflater::finish() && {
  if (finished_) throw Error(ErrorKind::Zip, "deflate stream already finished");
  finished_ = true;
  if (!stream_) {
    libdeflate_compressor& compressor = whole_compressor();
    out_.data.resize(libdeflate_deflate_compress_bound(&compressor, pending_.size()));
    const std::size_t size =
        libdeflate_deflate_compress(&compressor, pending_.data(), pending_.size(), out_.data.data(), out_.data.size());
    if (size == 0) throw Error(ErrorKind::Zip, "libdeflate failed");  // cannot happen with a bound-sized buffer
    out_.data.resize(size);
    std::string().swap(pending_);
    return std::move(out_);
  }
  stream_->z.next_in = nullptr;
  stream_->z.avail_in = 0;
  run(Z_FINISH);
  out_.data.resize(used_);
  // Give back a large part's unused room (the growth by half).
  if (out_.data.capacity() - used_ > (std::size_t{1} << 20)) out_.data.shrink_to_fit();
  return std::move(out_);
}

Deflated deflate(std::string_view bytes) {
  Deflater deflater;
  deflater.write(bytes);
  return std::move(deflater).finish();
}

}  // namespace np::zip
