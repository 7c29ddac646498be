#include <gtest/gtest.h>

#include "base/error.hpp"
#include "read/reader.hpp"

namespace np::read {
namespace {

TEST(ReadRegistry, ListsTextAndMarkdown) {
  ASSERT_EQ(formats().size(), 2u);
  EXPECT_EQ(formats()[0].name, "text");
  EXPECT_EQ(formats()[1].name, "markdown");
}

TEST(ReadRegistry, FindsFormatsByName) {
  EXPECT_EQ(find_format("text"), &formats()[0]);
  EXPECT_EQ(find_format("markdown"), &formats()[1]);
  EXPECT_EQ(find_format("md"), nullptr);
  EXPECT_EQ(find_format(""), nullptr);
}

TEST(ReadRegistry, FormatForExtensions) {
  EXPECT_EQ(format_for("notes.txt")->name, "text");
  EXPECT_EQ(format_for("notes.TXT")->name, "text");
  EXPECT_EQ(format_for("notes.text")->name, "text");
  EXPECT_EQ(format_for("late-stalinism")->name, "text");
  EXPECT_EQ(format_for("week.2024")->name, "text");  // a date, not an extension
  EXPECT_EQ(format_for("war.md")->name, "markdown");
  EXPECT_EQ(format_for("war.Markdown")->name, "markdown");
  EXPECT_EQ(format_for("dir.d/war.mdown")->name, "markdown");
}

TEST(ReadRegistry, UnknownExtensionsOnlyWhenNamedExplicitly) {
  EXPECT_EQ(format_for("photo.png"), nullptr);
  EXPECT_EQ(format_for("notes.docx"), nullptr);
  ASSERT_NE(format_for("photo.png", true), nullptr);
  EXPECT_EQ(format_for("photo.png", true)->name, "text");
}

TEST(ReadRegistry, ReadDecodesThenReads) {
  const Boilerplate boilerplate;
  const Result r = read("# Title\n\nText.\n", *format_for("x.md"), boilerplate);
  EXPECT_EQ(r.doc.title.text(), "Title");
  EXPECT_EQ(r.review.encoding, "UTF-8");
}

TEST(ReadRegistry, ReadPassesDecodeErrorsUpWithoutAFileName) {
  const Boilerplate boilerplate;
  try {
    (void)read("\x89PNG\r\n", *format_for("x.txt"), boilerplate);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Decode);
    EXPECT_EQ(std::string(e.what()), "this is a PNG image, not a notes file");
    EXPECT_EQ(std::string(e.in_file("in/photo.txt").what()), "in/photo.txt: this is a PNG image, not a notes file");
  }
}

}  // namespace
}  // namespace np::read
