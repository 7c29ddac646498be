#include "base/error.hpp"

#include <gtest/gtest.h>

#include "base/diagnostics.hpp"

namespace np {
namespace {

TEST(FormatLocation, FileLineColumnAndMessage) {
  EXPECT_EQ(format_location("notes/week3.txt", SourcePos{12, 7}, "unterminated list"),
            "notes/week3.txt:12:7: unterminated list");
}

TEST(FormatLocation, LeavesOutUnknownParts) {
  EXPECT_EQ(format_location("notes.txt", std::nullopt, "cannot open"), "notes.txt: cannot open");
  EXPECT_EQ(format_location("notes.txt", SourcePos{0, 5}, "cannot open"), "notes.txt: cannot open");
  EXPECT_EQ(format_location("notes.txt", SourcePos{3, 0}, "bad line"), "notes.txt:3: bad line");
  EXPECT_EQ(format_location("", SourcePos{3, 4}, "bad"), "3:4: bad");
  EXPECT_EQ(format_location("", std::nullopt, "just a message"), "just a message");
}

TEST(FormatLocation, KeepsSpacesAndUnicodeInFileNames) {
  EXPECT_EQ(format_location("my notes/caf\xC3\xA9 1.txt", SourcePos{1, 1}, "m"), "my notes/caf\xC3\xA9 1.txt:1:1: m");
}

TEST(ErrorTest, WhatIsTheFormattedLocationAndAccessorsKeepTheParts) {
  const Error e(ErrorKind::Parse, "unexpected '='", "lex.toml", SourcePos{4, 9});
  EXPECT_EQ(std::string(e.what()), "lex.toml:4:9: unexpected '='");
  EXPECT_EQ(e.kind(), ErrorKind::Parse);
  EXPECT_EQ(e.message(), "unexpected '='");
  EXPECT_EQ(e.file(), "lex.toml");
  ASSERT_TRUE(e.where().has_value());
  EXPECT_EQ(*e.where(), (SourcePos{4, 9}));
}

TEST(ErrorTest, WithoutFileWhatIsTheBareMessage) {
  const Error e(ErrorKind::Decode, "binary data, not text: NUL byte at byte 3");
  EXPECT_EQ(std::string(e.what()), "binary data, not text: NUL byte at byte 3");
  EXPECT_TRUE(e.file().empty());
  EXPECT_FALSE(e.where().has_value());
}

TEST(ErrorInFile, AddsTheFileAndKeepsKindMessageAndPosition) {
  const Error bare(ErrorKind::Decode, "invalid UTF-8 at byte 12", {}, SourcePos{2, 3});
  const Error named = bare.in_file("input/week 1.txt");
  EXPECT_EQ(std::string(named.what()), "input/week 1.txt:2:3: invalid UTF-8 at byte 12");
  EXPECT_EQ(named.kind(), ErrorKind::Decode);
  EXPECT_EQ(named.message(), "invalid UTF-8 at byte 12");
  EXPECT_EQ(named.file(), "input/week 1.txt");
  EXPECT_EQ(named.where(), bare.where());
  // The original is unchanged.
  EXPECT_EQ(std::string(bare.what()), "2:3: invalid UTF-8 at byte 12");
}

TEST(ErrorInFile, KeepsAFileThatIsAlreadySet) {
  const Error inner(ErrorKind::Io, "cannot open: Permission denied", "lexicon.toml");
  const Error outer = inner.in_file("notes.txt");
  EXPECT_EQ(outer.file(), "lexicon.toml");
  EXPECT_EQ(std::string(outer.what()), "lexicon.toml: cannot open: Permission denied");
}

TEST(ErrorTest, IsCaughtAsRuntimeError) {
  try {
    throw Error(ErrorKind::Io, "gone", "a.txt");
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "a.txt: gone");
  }
}

TEST(DiagnosticsTest, KeepsOrderSeverityAndPosition) {
  Diagnostics diags;
  EXPECT_TRUE(diags.empty());
  diags.warn("guessed windows-1252", SourcePos{1, 1});
  diags.note("3 boilerplate lines removed");
  ASSERT_EQ(diags.items().size(), 2u);
  EXPECT_EQ(diags.items()[0].severity, Severity::Warning);
  EXPECT_EQ(diags.items()[0].message, "guessed windows-1252");
  EXPECT_EQ(diags.items()[0].where, (SourcePos{1, 1}));
  EXPECT_EQ(diags.items()[1].severity, Severity::Note);
  EXPECT_FALSE(diags.items()[1].where.has_value());
  EXPECT_FALSE(diags.empty());
}

}  // namespace
}  // namespace np
