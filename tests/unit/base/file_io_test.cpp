#include "base/file_io.hpp"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/error.hpp"

namespace np::file_io {
namespace {

namespace fs = std::filesystem;

/// A fresh folder under the system temporary folder, removed afterwards.
class FileIoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("np-file-io-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }
  void put(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  static std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  /// Names in the folder, sorted.
  std::vector<std::string> listing() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
};

TEST_F(FileIoTest, ReadFileReturnsBytesVerbatim) {
  const std::string bytes = std::string("line\r\nnul\0byte \xFF\n", 17);
  put(dir_ / "a.txt", bytes);
  EXPECT_EQ(read_file(dir_ / "a.txt", 1024), bytes);
}

TEST_F(FileIoTest, ReadFileReadsEmptyFile) {
  put(dir_ / "empty.txt", "");
  EXPECT_EQ(read_file(dir_ / "empty.txt", 1024), "");
}

TEST_F(FileIoTest, ReadFileAtExactlyTheLimitSucceeds) {
  put(dir_ / "ten.txt", "0123456789");
  EXPECT_EQ(read_file(dir_ / "ten.txt", 10), "0123456789");
}

TEST_F(FileIoTest, ReadFileOfMissingFileNamesFileAndReason) {
  const fs::path path = dir_ / "missing.txt";
  try {
    (void)read_file(path, 1024);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_EQ(e.file(), path);
    EXPECT_EQ(e.message(), "cannot open: No such file or directory");
    EXPECT_EQ(std::string(e.what()), path.string() + ": cannot open: No such file or directory");
  }
}

TEST_F(FileIoTest, ReadFileRefusesAFolder) {
  try {
    (void)read_file(dir_, 1024);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_EQ(std::string(e.what()), dir_.string() + ": is a folder, not a file");
  }
}

TEST_F(FileIoTest, ReadFileRefusesFilesOverTheLimitWithSizes) {
  put(dir_ / "big.txt", std::string(3000, 'x'));
  try {
    (void)read_file(dir_ / "big.txt", 1024);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Limit);
    EXPECT_EQ(std::string(e.what()),
              (dir_ / "big.txt").string() + ": file is 2.9 KiB; the limit is 1.0 KiB (--max-size)");
  }
  put(dir_ / "eleven.txt", "01234567890");
  try {
    (void)read_file(dir_ / "eleven.txt", 10);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.message(), "file is 11 bytes; the limit is 10 bytes (--max-size)");
  }
}

TEST_F(FileIoTest, ReadFileRefusesDevices) {
  try {
    (void)read_file("/dev/null", 1024);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "/dev/null: not a regular file");
  }
}

TEST(FormatSize, BytesThenBinaryUnitsWithOneDecimal) {
  EXPECT_EQ(format_size(0), "0 bytes");
  EXPECT_EQ(format_size(1023), "1023 bytes");
  EXPECT_EQ(format_size(1024), "1.0 KiB");
  EXPECT_EQ(format_size(1536), "1.5 KiB");
  EXPECT_EQ(format_size(4u << 20), "4.0 MiB");
  EXPECT_EQ(format_size(200ull << 20), "200.0 MiB");
  EXPECT_EQ(format_size(3ull << 30), "3.0 GiB");
  EXPECT_EQ(format_size(5ull << 40), "5.0 TiB");
  EXPECT_EQ(format_size(2048ull << 40), "2048.0 TiB");
}

TEST_F(FileIoTest, WriteAtomicCreatesFileAndFolders) {
  const fs::path path = dir_ / "out" / "deeper" / "notes.json";
  write_atomic(path, "{}\n");
  EXPECT_EQ(slurp(path), "{}\n");
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
}

TEST_F(FileIoTest, WriteAtomicReplacesExistingFileAndLeavesNoTemporary) {
  const fs::path path = dir_ / "notes.json";
  put(path, "old contents that are longer than the new ones");
  write_atomic(path, "new");
  EXPECT_EQ(slurp(path), "new");
  EXPECT_EQ(listing(), std::vector<std::string>{"notes.json"});
}

TEST_F(FileIoTest, WriteAtomicWritesEmptyAndBinaryBytes) {
  write_atomic(dir_ / "empty", "");
  EXPECT_TRUE(fs::exists(dir_ / "empty"));
  EXPECT_EQ(fs::file_size(dir_ / "empty"), 0u);
  const std::string binary("a\0b\xFF", 4);
  write_atomic(dir_ / "bin", binary);
  EXPECT_EQ(slurp(dir_ / "bin"), binary);
  EXPECT_EQ(listing(), (std::vector<std::string>{"bin", "empty"}));
}

TEST_F(FileIoTest, WriteAtomicWritesLargeFiles) {
  std::string big(3u << 20, 'x');
  for (std::size_t i = 0; i < big.size(); i += 4093) big[i] = static_cast<char>('a' + i % 26);
  write_atomic(dir_ / "big.txt", big);
  EXPECT_EQ(read_file(dir_ / "big.txt", 4u << 20), big);
}

TEST_F(FileIoTest, WriteAtomicRelativePathWritesIntoCurrentFolder) {
  const fs::path before = fs::current_path();
  fs::current_path(dir_);
  write_atomic("relative.txt", "here");
  fs::current_path(before);
  EXPECT_EQ(slurp(dir_ / "relative.txt"), "here");
  EXPECT_EQ(listing(), std::vector<std::string>{"relative.txt"});
}

TEST_F(FileIoTest, WriteAtomicOntoAFolderFailsAndCleansUp) {
  fs::create_directories(dir_ / "taken" / "child");
  try {
    write_atomic(dir_ / "taken", "x");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_EQ(e.file(), dir_ / "taken");
    EXPECT_TRUE(e.message().starts_with("cannot rename into place: ")) << e.message();
  }
  EXPECT_EQ(listing(), std::vector<std::string>{"taken"});
  EXPECT_TRUE(fs::is_directory(dir_ / "taken" / "child"));
}

TEST_F(FileIoTest, WriteAtomicUnderAFileFailsWithFolderMessage) {
  put(dir_ / "plain", "I am a file");
  try {
    write_atomic(dir_ / "plain" / "out.json", "x");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_TRUE(e.message().starts_with("cannot create folder " + (dir_ / "plain").string() + ": ")) << e.message();
  }
  EXPECT_EQ(slurp(dir_ / "plain"), "I am a file");
}

TEST_F(FileIoTest, WriteAtomicInUnwritableFolderFailsCleanly) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can write into any folder";
  const fs::path locked = dir_ / "locked";
  fs::create_directories(locked);
  put(locked / "notes.json", "previous");
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  try {
    write_atomic(locked / "notes.json", "new");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_EQ(std::string(e.what()),
              (locked / "notes.json").string() + ": cannot create a temporary file: Permission denied");
  }
  fs::permissions(locked, fs::perms::owner_all);
  EXPECT_EQ(slurp(locked / "notes.json"), "previous");
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(locked)) names.push_back(e.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"notes.json"});
}

TEST_F(FileIoTest, WriteAtomicFailingMidWriteKeepsOldFileAndRemovesTemporary) {
  // RLIMIT_FSIZE makes write() fail with EFBIG part-way, as a full disk fails with ENOSPC;
  // it applies to root as well.
  const fs::path path = dir_ / "notes.json";
  put(path, "previous");
  struct rlimit saved {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto* const old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 1000;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  std::string message;
  try {
    write_atomic(path, std::string(5000, 'x'));
  } catch (const Error& e) {
    message = e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(message, path.string() + ": cannot write: File too large");
  EXPECT_EQ(slurp(path), "previous");
  EXPECT_EQ(listing(), std::vector<std::string>{"notes.json"});
}

TEST_F(FileIoTest, AtomicFileShowsNothingUntilCommitThenTheWholeFile) {
  const fs::path path = dir_ / "sub" / "notes.json";
  AtomicFile file(path);
  file.write("{\"a\":");
  file.write(std::string(300000, '1'));
  file.write("}\n");
  EXPECT_FALSE(fs::exists(path));  // only the hidden temporary file so far
  file.commit();
  EXPECT_EQ(slurp(path), "{\"a\":" + std::string(300000, '1') + "}\n");
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::all, fs::perms(0644));
  EXPECT_THROW(file.write("late"), Error);
  EXPECT_THROW(file.commit(), Error);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir_ / "sub")) names.push_back(e.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"notes.json"});
}

TEST_F(FileIoTest, AtomicFileAbandonedHalfWayKeepsTheOldFileAndRemovesTheTemporary) {
  const fs::path path = dir_ / "notes.json";
  put(path, "previous");
  {
    AtomicFile file(path);
    file.write("half of a new output");
    // No commit: a writer threw.
  }
  EXPECT_EQ(slurp(path), "previous");
  EXPECT_EQ(listing(), std::vector<std::string>{"notes.json"});
}

TEST_F(FileIoTest, WriteAtomicHandlesTheLongestFileName) {
  // 255 bytes is the longest name Linux file systems take; the temporary name must fit too.
  const std::string name = std::string(250, 'n') + ".json";
  write_atomic(dir_ / name, "long");
  EXPECT_EQ(slurp(dir_ / name), "long");
  EXPECT_EQ(listing(), std::vector<std::string>{name});
}

}  // namespace
}  // namespace np::file_io
