#include "base/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "base/error.hpp"

namespace np::file_io {
namespace {

std::string errno_text(int err) { return std::strerror(err); }

/// Closes a POSIX file descriptor on scope exit.
class Fd {
 public:
  explicit Fd(int fd) noexcept : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const noexcept { return fd_; }

 private:
  int fd_;
};

}  // namespace

std::string format_size(std::uint64_t bytes) {
  const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024 && unit < 4) {
    value /= 1024;
    ++unit;
  }
  char buffer[32];
  if (unit == 0)
    std::snprintf(buffer, sizeof buffer, "%llu bytes", static_cast<unsigned long long>(bytes));
  else
    std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
  return buffer;
}

std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) throw Error(ErrorKind::Io, "cannot open: " + errno_text(errno), path);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) throw Error(ErrorKind::Io, "cannot stat: " + errno_text(errno), path);
  if (S_ISDIR(info.st_mode)) throw Error(ErrorKind::Io, "is a folder, not a file", path);
  if (!S_ISREG(info.st_mode)) throw Error(ErrorKind::Io, "not a regular file", path);
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size > max_bytes)
    throw Error(ErrorKind::Limit,
                "file is " + format_size(size) + "; the limit is " + format_size(max_bytes) + " (--max-size)", path);
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(size));
  std::size_t done = 0;
  for (;;) {
    if (done == bytes.size()) {
      // The file may have grown since fstat: read on until EOF, still within the limit.
      if (bytes.size() >= max_bytes + 1) break;
      bytes.resize(bytes.size() + 65536);
    }
    const ssize_t got = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw Error(ErrorKind::Io, "cannot read: " + errno_text(errno), path);
    }
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  bytes.resize(done);
  if (done > max_bytes) throw Error(ErrorKind::Limit, "file grew past the limit of " + format_size(max_bytes), path);
  return bytes;
}

void write_atomic(const std::filesystem::path& path, std::string_view bytes) {
  AtomicFile file(path);
  file.write(bytes);
  file.commit();
}

AtomicFile::AtomicFile(const std::filesystem::path& path) : path_(path) {
  const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw Error(ErrorKind::Io, "cannot create folder " + folder.string() + ": " + ec.message(), path);

  // ".<name>.tmp-XXXXXX", with <name> cut short so the whole stays within NAME_MAX (255 bytes):
  // a target with a 250-byte name must not fail for want of a temporary name.
  constexpr std::size_t kNameMax = 255;
  constexpr std::string_view kSuffix = ".tmp-XXXXXX";
  std::string name = ".";
  name += path.filename().string().substr(0, kNameMax - 1 - kSuffix.size());
  name += kSuffix;
  temp_ = (folder / name).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0) throw Error(ErrorKind::Io, "cannot create a temporary file: " + errno_text(errno), path);
}

AtomicFile::~AtomicFile() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlink(temp_.c_str());
}

void AtomicFile::fail(const std::string& what, int err) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temp_.c_str());
  throw Error(ErrorKind::Io, what + ": " + errno_text(err), path_);
}

void AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0) throw Error(ErrorKind::Io, "cannot write: the file is already closed", path_);
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t put = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (put < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", errno);
    }
    done += static_cast<std::size_t>(put);
  }
}

void AtomicFile::commit() {
  if (fd_ < 0) throw Error(ErrorKind::Io, "cannot commit: the file is already closed", path_);
  if (::fchmod(fd_, 0644) != 0) fail("cannot set permissions", errno);
  // No fsync: the rename is atomic against crashes of notepress itself (kill -9, a full disk),
  // which is the promise; syncing every output doubled the time of a batch of small files.
  // After a power cut, the newest outputs may be empty; a rebuild redoes them.
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw Error(ErrorKind::Io, "cannot write: " + errno_text(err), path_);
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw Error(ErrorKind::Io, "cannot rename into place: " + errno_text(err), path_);
  }
}

}  // namespace np::file_io
