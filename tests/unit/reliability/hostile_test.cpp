// Hostile inputs: odd file names, symlink loops, markup injection, absurd structure.

#include <gtest/gtest.h>

#include "model/walk.hpp"
#include "support/pipeline.hpp"
#include "support/run.hpp"
#include "zip/archive.hpp"

namespace np {
namespace {

namespace fs = std::filesystem;
using test::run_notepress;
using test::TempDir;

const std::string kNotes = "Notes\n\nStalin and Lenin in 1917.\n";

TEST(Hostile, OddFileNamesStayInsideTheOutputFolder) {
  TempDir dir;
  for (const char* name : {"with space.txt", "\xC3\xBCnicode \xE2\x80\x93 notes.txt", "new\nline.txt", "-leading.txt",
                           "..dots.txt", "sub/../sub2/x.txt"})
    dir.write(std::string("notes/") + name, kNotes);
  const test::Ran ran = run_notepress("build notes -o out --format json", dir.path());
  EXPECT_EQ(ran.status, 0) << ran.err;
  std::size_t outputs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path() / "out")) {
    if (!entry.is_regular_file() || entry.path().filename().string()[0] == '.') continue;
    ++outputs;
    const fs::path relative = entry.path().lexically_relative(dir.path() / "out");
    EXPECT_NE(relative.begin()->string(), "..") << entry.path();
    EXPECT_EQ(entry.path().filename().string().find('\n'), std::string::npos) << entry.path();
  }
  EXPECT_EQ(outputs, 5u);  // "..dots.txt" starts with a dot: hidden, so skipped
  EXPECT_TRUE(fs::exists(dir.path() / "out" / "-leading.json"));
  EXPECT_TRUE(fs::exists(dir.path() / "out" / "new_line.json"));
}

TEST(Hostile, SymlinkLoopsDoNotHang) {
  TempDir dir;
  dir.write("notes/a/b.txt", kNotes);
  fs::create_directory_symlink("..", dir.path() / "notes" / "a" / "up");
  fs::create_directory_symlink(dir.path() / "notes", dir.path() / "notes" / "a" / "loop");
  const test::Ran ran = run_notepress("build notes -o out --format json", dir.path());
  EXPECT_EQ(ran.status, 0) << ran.err;
  EXPECT_NE(ran.err.find("1 file:"), std::string::npos) << ran.err;
}

TEST(Hostile, MarkupInTheNotesComesOutAsText) {
  TempDir dir;
  const std::string evil =
      "<script>alert('x')</script> & ]]> &amp; &bogus; <b>bold?</b> \x01\x02 Stalin\n\nA <!-- comment --> line\n";
  dir.write("notes/evil.txt", "Evil\n\n" + evil);
  dir.write("notes/evil.md", "# Evil\n\n" + evil);
  const test::Ran ran = run_notepress("build notes -o out", dir.path());
  ASSERT_EQ(ran.status, 0) << ran.err;
  // Plain text keeps the tags as text; Markdown reads them as HTML: the tags are markup, left
  // out, and their text stays. Neither ever puts a tag into an output's markup.
  for (const auto& [stem, kept] :
       {std::pair{"evil.txt", "<script>alert('x')</script>"}, std::pair{"evil.md", "alert('x')"}}) {
    const std::string json = test::slurp(dir.path() / "out" / (std::string(stem) + ".json"));
    EXPECT_NE(json.find(kept), std::string::npos) << stem;
    const std::string escaped = std::string(stem) == "evil.txt" ? "&lt;script&gt;alert" : "alert(";
    for (const char* archive : {".docx", ".epub"}) {
      bool seen = false;
      for (const zip::Entry& e : zip::read_entries(test::slurp(dir.path() / "out" / (std::string(stem) + archive)))) {
        EXPECT_EQ(e.bytes.find("<script"), std::string::npos) << stem << archive << " " << e.name;
        EXPECT_EQ(e.bytes.find('\x01'), std::string::npos) << stem << archive << " " << e.name;
        seen = seen || e.bytes.find(escaped) != std::string::npos;
      }
      EXPECT_TRUE(seen) << stem << archive << ": the script's text is not there as text";
    }
  }
}

TEST(Hostile, AbsurdNestingIsBoundedAndKeepsEveryWord) {
  std::string notes = "Deep\n\n";
  for (int i = 0; i < 3000; ++i)
    notes += std::string(static_cast<std::size_t>(i), ' ') + "- level " + std::to_string(i) + "\n";
  const pack::Chapter chapter = test::process(notes);
  const std::string text = test::all_text(chapter.doc);
  EXPECT_NE(text.find("level 0\n"), std::string::npos);
  EXPECT_NE(text.find("level 2999\n"), std::string::npos);
  std::string md;
  for (int i = 0; i < 5000; ++i) md += std::string(">");
  md += " quoted\n";
  EXPECT_NE(test::all_text(test::process(md, "markdown").doc).find("quoted"), std::string::npos);
}

TEST(Hostile, ManyBulletsAndLongLinesAreFine) {
  std::string bullets = "Many\n\n";
  for (int i = 0; i < 100000; ++i) bullets += "- Stalin " + std::to_string(i) + "\n";
  const pack::Chapter many = test::process(bullets);
  EXPECT_EQ(std::get<model::List>(many.doc.blocks.at(0).node).items.size(), 100000u);
  std::string line = "Long\n\n";
  while (line.size() < (4u << 20)) line += "Stalin met Lenin in 1917 and nothing else happened. ";
  const pack::Chapter long_line = test::process(line);
  EXPECT_FALSE(long_line.doc.blocks.empty());
}

}  // namespace
}  // namespace np
