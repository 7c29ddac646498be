#include "zip/deflate.hpp"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>
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

/// zlib's state for one stream.
struct ZStream {
  z_stream z{};

  ZStream() {
    if (deflateInit2(&z, kLevel, Z_DEFLATED, kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY) != Z_OK)
      throw Error(ErrorKind::Zip, "cannot start zlib's deflate");
  }
  ~ZStream() { deflateEnd(&z); }
  ZStream(const ZStream&) = delete;
  ZStream& operator=(const ZStream&) = delete;
};

/// zlib states left by finished parts on this thread, reset and ready for the next large part.
std::vector<std::unique_ptr<ZStream>>& idle_streams() {
  thread_local std::vector<std::unique_ptr<ZStream>> idle;
  return idle;
}

}  // namespace

class Deflater::Streamer {
 public:
  Streamer() {
    auto& idle = idle_streams();
    if (idle.empty()) {
      stream_ = std::make_unique<ZStream>();
    } else {
      stream_ = std::move(idle.back());
      idle.pop_back();
    }
    block_.reserve(kBlock);
    try {
      worker_ = std::thread([this] { work(); });
    } catch (const std::system_error&) {
      // No thread to spare (a process limit): deflate each block on the writer's thread.
    }
  }

  ~Streamer() {
    if (worker_.joinable()) {
      {
        const std::lock_guard lock(mutex_);
        closing_ = abandoned_ = true;
      }
      changed_.notify_all();
      worker_.join();
    }
    // A stream is put back only once reset, so a failed one is never reused.
    if (deflateReset(&stream_->z) == Z_OK && idle_streams().size() < 2) idle_streams().push_back(std::move(stream_));
  }

  Streamer(const Streamer&) = delete;
  Streamer& operator=(const Streamer&) = delete;

  void write(std::string_view bytes) {
    while (!bytes.empty()) {
      const std::size_t take = std::min(bytes.size(), kBlock - block_.size());
      block_.append(bytes.substr(0, take));
      bytes.remove_prefix(take);
      if (block_.size() == kBlock) hand_over();
    }
  }

  std::string finish() {
    if (!block_.empty()) hand_over();
    if (!worker_.joinable()) return finish_stream();
    {
      const std::lock_guard lock(mutex_);
      closing_ = true;
    }
    changed_.notify_all();
    worker_.join();
    if (failure_) std::rethrow_exception(failure_);
    return finish_stream();  // the worker is done: this thread owns the stream again
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 20;
  static constexpr std::size_t kWaiting = 4;

  std::string finish_stream() {
    stream_->z.next_in = nullptr;
    stream_->z.avail_in = 0;
    run(Z_FINISH);
    out_.resize(used_);
    // Give back the unused room of the growth by half.
    if (out_.capacity() - used_ > (std::size_t{1} << 20)) out_.shrink_to_fit();
    return std::move(out_);
  }

  /// Queues the current block for the worker, waiting while kWaiting blocks already wait;
  /// deflates it here if there is no worker.
  void hand_over() {
    if (!worker_.joinable()) {
      feed(block_);
      block_.clear();
      return;
    }
    std::exception_ptr failure;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return queue_.size() < kWaiting || failure_; });
      failure = failure_;
      if (!failure) queue_.push_back(std::move(block_));
    }
    if (failure) std::rethrow_exception(failure);
    changed_.notify_all();
    block_ = std::string();
    block_.reserve(kBlock);
  }

  /// The worker: deflates the blocks in order until the queue is closed and empty.
  void work() {
    for (;;) {
      std::string block;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
        if (abandoned_ || queue_.empty()) return;
        block = std::move(queue_.front());
        queue_.pop_front();
      }
      changed_.notify_all();  // room for the next block
      try {
        feed(block);
      } catch (...) {
        const std::lock_guard lock(mutex_);
        failure_ = std::current_exception();
        changed_.notify_all();
        return;
      }
    }
  }

  void feed(std::string_view bytes) {
    while (!bytes.empty()) {
      const std::size_t step = std::min(bytes.size(), kMaxStep);
      stream_->z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
      stream_->z.avail_in = static_cast<uInt>(step);
      run(Z_NO_FLUSH);
      bytes.remove_prefix(step);
    }
  }

  void run(int flush) {
    z_stream& z = stream_->z;
    for (;;) {
      if (used_ == out_.size()) {
        // Grow by half (at least 1 MiB): XML deflates to a tenth or less, so this is seldom.
        out_.resize(std::max<std::size_t>(out_.size() + out_.size() / 2, kBlock));
      }
      const std::size_t room = std::min(out_.size() - used_, kMaxStep);
      z.next_out = reinterpret_cast<Bytef*>(out_.data() + used_);
      z.avail_out = static_cast<uInt>(room);
      const int status = deflate(&z, flush);
      used_ += room - z.avail_out;
      if (status == Z_STREAM_END) return;
      if (status != Z_OK && status != Z_BUF_ERROR) throw Error(ErrorKind::Zip, "zlib's deflate failed");
      // Done when zlib took all the input and had output room left (for Z_NO_FLUSH).
      if (flush == Z_NO_FLUSH && z.avail_in == 0 && z.avail_out != 0) return;
    }
  }

  std::unique_ptr<ZStream> stream_;
  std::string block_;  // filling, on the writer's thread
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> queue_;  // full blocks waiting for the worker
  bool closing_ = false;           // no more blocks will come
  bool abandoned_ = false;         // stop without deflating what waits
  std::exception_ptr failure_;     // the worker's error
  std::string out_;                // deflated bytes, on the worker's thread until it is joined
  std::size_t used_ = 0;
  std::thread worker_;
};

Deflater::Deflater() = default;
Deflater::~Deflater() = default;

void Deflater::write(std::string_view bytes) {
  if (finished_) throw Error(ErrorKind::Zip, "deflate stream already finished");
  out_.crc = libdeflate_crc32(out_.crc, bytes.data(), bytes.size());
  out_.size += bytes.size();
  if (!streamer_) {
    if (pending_.size() + bytes.size() <= kWholeUpTo) {
      pending_.append(bytes);
      return;
    }
    // Too large to hold: stream it, starting with what was held.
    streamer_ = std::make_unique<Streamer>();
    streamer_->write(pending_);
    std::string().swap(pending_);
  }
  streamer_->write(bytes);
}

Deflated Deflater::finish() && {
  if (finished_) throw Error(ErrorKind::Zip, "deflate stream already finished");
  finished_ = true;
  if (streamer_) {
    out_.data = streamer_->finish();
    streamer_.reset();
    return std::move(out_);
  }
  libdeflate_compressor& compressor = whole_compressor();
  out_.data.resize(libdeflate_deflate_compress_bound(&compressor, pending_.size()));
  const std::size_t size =
      libdeflate_deflate_compress(&compressor, pending_.data(), pending_.size(), out_.data.data(), out_.data.size());
  if (size == 0) throw Error(ErrorKind::Zip, "libdeflate failed");  // cannot happen with a bound-sized buffer
  out_.data.resize(size);
  std::string().swap(pending_);
  return std::move(out_);
}

Deflated deflate(std::string_view bytes) {
  Deflater deflater;
  deflater.write(bytes);
  return std::move(deflater).finish();
}

}  // namespace np::zip
