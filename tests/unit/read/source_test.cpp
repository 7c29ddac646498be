#include "read/source.hpp"

#include <gtest/gtest.h>

#include <string>

namespace np::read {
namespace {

TEST(SourcePosition, LinesAndColumnsAreOneBased) {
  const Source source(std::string("ab\ncd\n"));
  EXPECT_EQ(source.position(0), (SourcePos{1, 1}));
  EXPECT_EQ(source.position(1), (SourcePos{1, 2}));
  EXPECT_EQ(source.position(2), (SourcePos{1, 3}));  // the line end itself
  EXPECT_EQ(source.position(3), (SourcePos{2, 1}));
  EXPECT_EQ(source.position(6), (SourcePos{3, 1}));  // the end of the text
}

TEST(SourcePosition, ColumnsCountCodePoints) {
  const Source source(std::string("\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80x"));
  EXPECT_EQ(source.position(2), (SourcePos{1, 2}));
  EXPECT_EQ(source.position(5), (SourcePos{1, 4}));
  EXPECT_EQ(source.position(10), (SourcePos{1, 6}));
}

TEST(SourcePosition, CrLfIsOneLineEndAndLoneCrIsOne) {
  const Source source(std::string("a\r\nb\rc"));
  EXPECT_EQ(source.position(2), (SourcePos{1, 3}));  // the LF of CRLF is still line 1
  EXPECT_EQ(source.position(3), (SourcePos{2, 1}));
  EXPECT_EQ(source.position(5), (SourcePos{3, 1}));
}

TEST(SourcePosition, NelAndUnicodeSeparatorsEndLinesAsTheReaderDoes) {
  const Source source(
      std::string("a\xC2\x85"
                  "b\xE2\x80\xA8"
                  "c\xE2\x80\xA9"
                  "d"));
  EXPECT_EQ(source.position(3), (SourcePos{2, 1}));
  EXPECT_EQ(source.position(7), (SourcePos{3, 1}));
  EXPECT_EQ(source.position(11), (SourcePos{4, 1}));
  // Other characters with the same continuation bytes do not end lines: "…" is E2 80 A6.
  const Source ellipsis(std::string("a\xE2\x80\xA6z\xC3\x85"));
  EXPECT_EQ(ellipsis.position(4), (SourcePos{1, 3}));
  EXPECT_EQ(ellipsis.position(7), (SourcePos{1, 5}));
}

TEST(SourcePosition, OffsetsPastTheEndAreClamped) {
  const Source source(std::string("ab"));
  EXPECT_EQ(source.position(99), (SourcePos{1, 3}));
  const Source empty;
  EXPECT_EQ(empty.position(0), (SourcePos{1, 1}));
}

TEST(SourcePosition, LongLinesUseCheckpointsCorrectly) {
  // A line of 10,000 two-byte characters crosses several 4 KiB checkpoints.
  std::string text = "first\n";
  for (int i = 0; i < 10000; ++i) text += "\xC3\xA9";
  text += "\nlast";
  const Source source(text);
  EXPECT_EQ(source.position(6), (SourcePos{2, 1}));
  EXPECT_EQ(source.position(6 + 2 * 5000), (SourcePos{2, 5001}));
  EXPECT_EQ(source.position(6 + 2 * 9999), (SourcePos{2, 10000}));
  EXPECT_EQ(source.position(6 + 20000 + 1), (SourcePos{3, 1}));
  EXPECT_EQ(source.position(6 + 20000 + 3), (SourcePos{3, 3}));
}

TEST(SourcePosition, ManyShortLinesAcrossCheckpoints) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "line\n";
  const Source source(text);
  EXPECT_EQ(source.position(5 * 2999 + 2), (SourcePos{3000, 3}));
  EXPECT_EQ(source.position(4096), (SourcePos{820, 2}));
}

}  // namespace
}  // namespace np::read
