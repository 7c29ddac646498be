// zip::Archive: entries in order, every way of handing bytes over, compression choice,
// reproducible bytes, and clear errors.

#include "zip/archive.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/error.hpp"

namespace np::zip {
namespace {

constexpr std::int64_t kTimestamp = 1700000000;

std::string big_text(char seed, std::size_t size) {
  std::string out;
  out.reserve(size);
  for (std::size_t i = 0; out.size() < size; ++i) out += std::string("line ") + seed + std::to_string(i) + "\n";
  out.resize(size);
  return out;
}

TEST(ZipArchive, EveryWayOfAddingGivesBackTheSameBytesInOrder) {
  const std::string copied = big_text('a', 5000);
  const std::string moved = big_text('b', 7000);
  static const std::string kStatic = big_text('c', 3000);
  const std::vector<std::string> pieces{big_text('d', 4000), "", big_text('e', 10), big_text('f', 9000)};

  Archive archive(kTimestamp);
  archive.add("copied.txt", std::string_view(copied));
  archive.add("moved.txt", std::string(moved));
  archive.add_static("static.txt", kStatic);
  Deflater deflater;
  for (const std::string& piece : pieces) deflater.write(piece);
  archive.add("pieces.xml", std::move(deflater).finish());
  archive.add("short.txt", std::string("hi"));  // a short string lives inside the object
  archive.add("empty.txt", std::string());
  archive.add("no-pieces.txt", Deflater().finish());
  const std::vector<Entry> entries = read_entries(archive.finish());

  ASSERT_EQ(entries.size(), 7u);
  EXPECT_EQ(entries[0].name, "copied.txt");
  EXPECT_EQ(entries[0].bytes, copied);
  EXPECT_EQ(entries[1].bytes, moved);
  EXPECT_EQ(entries[2].bytes, kStatic);
  EXPECT_EQ(entries[3].name, "pieces.xml");
  EXPECT_EQ(entries[3].bytes, pieces[0] + pieces[2] + pieces[3]);
  EXPECT_EQ(entries[4].bytes, "hi");
  EXPECT_EQ(entries[5].bytes, "");
  EXPECT_EQ(entries[6].bytes, "");
}

TEST(ZipArchive, SmallEntriesAndStoreRequestsAreStoredTheRestDeflated) {
  Archive archive(kTimestamp);
  archive.add("small.xml", std::string_view("<a/>"));
  archive.add("big.xml", std::string_view(big_text('x', 50000)));
  archive.add("mimetype", std::string_view(big_text('y', 5000)), Compression::Store);
  archive.add("big-deflated.xml", deflate(big_text('p', 30000)));
  const std::vector<Entry> entries = read_entries(archive.finish());
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_TRUE(entries[0].stored);
  EXPECT_FALSE(entries[1].stored);
  EXPECT_TRUE(entries[2].stored);
  EXPECT_FALSE(entries[3].stored);
}

TEST(ZipArchive, PreparedEntriesGiveTheSameArchiveAsTheirText) {
  const std::vector<std::string> texts{big_text('a', 20000), "<small/>", "", big_text('b', 1500)};
  Archive plain(kTimestamp), prepared(kTimestamp);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string name = "part" + std::to_string(i) + ".xhtml";
    plain.add(name, std::string(texts[i]));
    Prepared ready = prepare(std::string(texts[i]));
    // Only what the archive would store stays text; the rest is held compressed.
    EXPECT_EQ(std::holds_alternative<std::string>(ready), texts[i].size() < 1024) << i;
    prepared.add_prepared(name, std::move(ready));
  }
  // A store request is kept as text, and stored, whatever its size.
  plain.add("mimetype", std::string(texts[0]), Compression::Store);
  prepared.add_prepared("mimetype", prepare(std::string(texts[0]), Compression::Store));
  const std::string bytes = prepared.finish();
  EXPECT_EQ(bytes, plain.finish());
  EXPECT_TRUE(read_entries(bytes).back().stored);
}

TEST(ZipArchive, SameEntriesGiveTheSameBytesAndTheTimestampCounts) {
  auto build = [](std::int64_t timestamp, bool as_pieces) {
    Archive archive(timestamp);
    const std::string text = big_text('z', 20000);
    if (as_pieces) {
      Deflater deflater;
      deflater.write(text.substr(0, 7000));
      deflater.write(text.substr(7000));
      archive.add("a.xml", std::move(deflater).finish());
    } else {
      archive.add("a.xml", std::string_view(text));
    }
    return archive.finish();
  };
  EXPECT_EQ(build(kTimestamp, false), build(kTimestamp, false));
  // Deflating piece by piece is a way of handing bytes over, not a different entry.
  EXPECT_EQ(build(kTimestamp, true), build(kTimestamp, false));
  EXPECT_NE(build(kTimestamp, false), build(kTimestamp + 86400 * 3, false));
}

TEST(ZipArchive, DuplicateNamesAndUseAfterFinishAreErrors) {
  Archive archive(kTimestamp);
  archive.add("a.txt", std::string_view("one"));
  EXPECT_THROW(archive.add("a.txt", std::string_view("two")), Error);
  EXPECT_THROW(archive.add("a.txt", deflate(big_text('t', 5000))), Error);
  (void)archive.finish();
  EXPECT_THROW(archive.add("b.txt", std::string_view("late")), Error);
  EXPECT_THROW(archive.add("c.txt", deflate("late")), Error);
  EXPECT_THROW(archive.add_static("d.txt", "late"), Error);
  EXPECT_THROW((void)archive.finish(), Error);
}

TEST(ZipDeflater, PiecesGiveTheStreamOfTheWholeAndItsCrcAndSize) {
  const std::string text = big_text('w', 300000);
  const Deflated whole = deflate(text);
  Deflater deflater;
  for (std::size_t at = 0; at < text.size(); at += 12345) deflater.write(std::string_view(text).substr(at, 12345));
  const Deflated pieces = std::move(deflater).finish();
  EXPECT_EQ(pieces.data, whole.data);
  EXPECT_EQ(pieces.size, text.size());
  EXPECT_EQ(pieces.crc, whole.crc);
  EXPECT_LT(whole.data.size(), text.size() / 4);  // it did compress
  // The CRC is the one the archive's reader checks.
  Archive archive(kTimestamp);
  archive.add("w.txt", Deflated(whole));
  const std::vector<Entry> entries = read_entries(archive.finish());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_FALSE(entries[0].stored);
  EXPECT_EQ(entries[0].bytes, text);
}

TEST(ZipDeflater, APartTooLargeToHoldStreamsAndStillGivesTheStreamOfTheWhole) {
  // Over the 8 MiB held for libdeflate: the part goes through zlib, crossing over mid-write.
  const std::string text = big_text('L', 9 * 1024 * 1024 + 123);
  const Deflated whole = deflate(text);
  Deflater deflater;
  for (std::size_t at = 0; at < text.size(); at += 1000003) deflater.write(std::string_view(text).substr(at, 1000003));
  const Deflated pieces = std::move(deflater).finish();
  EXPECT_EQ(pieces.data, whole.data);
  EXPECT_EQ(pieces.crc, whole.crc);
  EXPECT_EQ(pieces.size, text.size());
  Archive archive(kTimestamp);
  archive.add("large.txt", Deflated(whole));
  archive.add("small.txt", deflate(big_text('s', 5000)));
  const std::vector<Entry> entries = read_entries(archive.finish());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].bytes, text);
  EXPECT_EQ(entries[1].bytes, big_text('s', 5000));
}

TEST(ZipDeflater, ALargePartAbandonedHalfWayStopsItsWorkerAndTheNextPartIsWhole) {
  {
    Deflater deflater;  // a writer that threw half-way: destroyed without finish()
    deflater.write(big_text('a', 12 * 1024 * 1024));
  }
  const std::string text = big_text('b', 9 * 1024 * 1024);
  Archive archive(kTimestamp);
  archive.add("b.txt", deflate(text));
  const std::vector<Entry> entries = read_entries(archive.finish());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].bytes, text);
}

TEST(ZipDeflater, FinishingTwiceOrWritingAfterFinishIsAnError) {
  Deflater deflater;
  deflater.write("abc");
  (void)std::move(deflater).finish();
  EXPECT_THROW(deflater.write("more"), Error);
  EXPECT_THROW((void)std::move(deflater).finish(), Error);
}

TEST(ZipArchive, AStaticEntryIsDeflatedOnceAndReadsBackInEveryArchive) {
  static const std::string kStatic = big_text('s', 20000);
  std::string first;
  for (int i = 0; i < 3; ++i) {
    Archive archive(kTimestamp);
    archive.add_static("s.xml", kStatic);
    const std::string bytes = archive.finish();
    if (i == 0) first = bytes;
    EXPECT_EQ(bytes, first);
    const std::vector<Entry> entries = read_entries(bytes);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_FALSE(entries[0].stored);
    EXPECT_EQ(entries[0].bytes, kStatic);
  }
}

TEST(ZipArchive, ReadingSomethingThatIsNotAnArchiveIsAnError) {
  EXPECT_THROW(read_entries("this is not a zip file"), Error);
  EXPECT_THROW(read_entries(std::string(100, '\0')), Error);
  // libzip reads no bytes at all as an archive with no entries.
  EXPECT_TRUE(read_entries("").empty());
}

}  // namespace
}  // namespace np::zip
