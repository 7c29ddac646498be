// Batch behaviour across runs and machines: incremental rebuilds, sharding, and the
// tag (map) / pack (reduce) steps giving the same course pack as one build.

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "batch/tagged_json.hpp"
#include "support/pipeline.hpp"
#include "support/run.hpp"
#include "write/writer.hpp"

namespace np {
namespace {

using test::run_notepress;
using test::TempDir;

void copy_inputs(const TempDir& dir, const std::string& folder) {
  for (const auto& file : test::input_files()) dir.write(folder + "/" + file.filename().string(), test::slurp(file));
  dir.write(folder + "/more/extra.txt", "Extra notes\n\nKirov was killed in 1934 and Stalin blamed Zinoviev.\n");
}

TEST(MapReduce, TagThenPackGivesTheSameCoursePackAsOneBuild) {
  TempDir dir;
  copy_inputs(dir, "notes");
  ASSERT_TRUE(test::succeeded(run_notepress("build notes -o built --pack course -q", dir.path())));
  // The map step spread over three shards, as three machines would run it.
  for (const char* shard : {"1/3", "2/3", "3/3"})
    ASSERT_TRUE(test::succeeded(run_notepress(std::string("tag notes -o tagged -q --shard ") + shard, dir.path())));
  const test::Ran packed = run_notepress("pack tagged -o packed -q", dir.path());
  ASSERT_EQ(packed.status, 0) << packed.err;
  for (const char* ext : {".docx", ".epub", ".json", ".report.md"}) {
    const std::string a = test::slurp(dir.path() / "built" / (std::string("course") + ext));
    const std::string b = test::slurp(dir.path() / "packed" / (std::string("course") + ext));
    EXPECT_FALSE(a.empty()) << ext;
    EXPECT_TRUE(a == b) << ext << " differs between build and tag+pack";
  }
}

TEST(CoursePack, TheSameBytesWhateverTheNumberOfJobs) {
  TempDir dir;
  copy_inputs(dir, "notes");
  ASSERT_TRUE(test::succeeded(run_notepress("build notes -o serial --pack course -q -j 1", dir.path())));
  ASSERT_TRUE(test::succeeded(run_notepress("build notes -o parallel --pack course -q -j 4", dir.path())));
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path() / "serial")) {
    if (!entry.is_regular_file() || entry.path().filename().string().starts_with(".")) continue;
    const auto relative = std::filesystem::relative(entry.path(), dir.path() / "serial");
    EXPECT_TRUE(test::slurp(entry.path()) == test::slurp(dir.path() / "parallel" / relative)) << relative;
  }
  EXPECT_FALSE(test::slurp(dir.path() / "parallel" / "course.docx").empty());
}

TEST(MapReduce, ShardsSplitTheInputsWithoutOverlap) {
  TempDir dir;
  copy_inputs(dir, "notes");
  std::size_t total = 0;
  for (const char* shard : {"1/2", "2/2"}) {
    const test::Ran ran = run_notepress(std::string("tag notes -o t") + shard[0] + " --shard " + shard, dir.path());
    ASSERT_EQ(ran.status, 0) << ran.err;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path() / (std::string("t") + shard[0])))
      total += entry.is_regular_file();
  }
  EXPECT_EQ(total, test::input_files().size() + 1);
  EXPECT_EQ(run_notepress("tag notes --shard 3/2", dir.path()).status, 2);
}

TEST(Incremental, ARebuildOfAnUnchangedFolderBuildsNothing) {
  TempDir dir;
  copy_inputs(dir, "notes");
  ASSERT_TRUE(test::succeeded(run_notepress("build notes -o out -q", dir.path())));
  const test::Ran again = run_notepress("build notes -o out", dir.path());
  EXPECT_EQ(again.status, 0);
  EXPECT_NE(again.err.find("0 done, 6 up to date"), std::string::npos) << again.err;
  dir.write("notes/more/extra.txt", "Extra notes\n\nKirov was killed in 1934.\n");
  const test::Ran changed = run_notepress("build notes -o out", dir.path());
  EXPECT_NE(changed.err.find("1 done, 5 up to date"), std::string::npos) << changed.err;
  const test::Ran forced = run_notepress("build notes -o out --force", dir.path());
  EXPECT_NE(forced.err.find("6 done, 0 failed"), std::string::npos) << forced.err;
}

TEST(Incremental, ChangedOptionsOrLexiconsRebuild) {
  TempDir dir;
  copy_inputs(dir, "notes");
  ASSERT_TRUE(test::succeeded(run_notepress("build notes -o out -q", dir.path())));
  const test::Ran language = run_notepress("build notes -o out --language en-GB", dir.path());
  EXPECT_NE(language.err.find("6 done"), std::string::npos) << language.err;
  dir.write("mine.toml", "[lexicon]\nid = \"m\"\ntitle = \"M\"\n");
  const test::Ran lexicon = run_notepress("build notes -o out --language en-GB --lexicon mine.toml", dir.path());
  EXPECT_NE(lexicon.err.find("6 done"), std::string::npos) << lexicon.err;
}

TEST(Incremental, ADeletedOutputIsRebuilt) {
  TempDir dir;
  copy_inputs(dir, "notes");
  ASSERT_TRUE(test::succeeded(run_notepress("build notes -o out -q", dir.path())));
  std::filesystem::remove(dir.path() / "out" / "power-struggle.epub");
  const test::Ran again = run_notepress("build notes -o out", dir.path());
  EXPECT_NE(again.err.find("1 done, 5 up to date"), std::string::npos) << again.err;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "power-struggle.epub"));
}

TEST(TaggedJson, ChaptersRoundTripThroughJson) {
  for (const auto& file : test::input_files()) {
    const read::Format* format = read::format_for(file, true);
    pack::Chapter chapter = test::process(test::slurp(file), format->name, file.stem().string());
    std::vector<pack::Chapter> one{chapter};
    const pack::Pack pack = pack::build(std::move(one), chapter.title, "en", false);
    const std::string json = write::write_json(pack, {});
    std::vector<pack::Chapter> back = batch::read_chapters(json);
    ASSERT_EQ(back.size(), 1u);
    const pack::Pack again = pack::build(std::move(back), chapter.title, "en", false);
    EXPECT_EQ(write::write_json(again, {}), json) << file;
  }
}

TEST(CoursePack, ChaptersShareTheirEntitiesInsteadOfCopyingThem) {
  // A course pack keeps every chapter: thousands of copies of the same entries' infos were
  // most of its memory.
  const pack::Chapter a = test::process("Notes\n\nStalin and Lenin in 1917.\n");
  const pack::Chapter b = test::process("Other notes\n\nLenin and Stalin met in 1905.\n");
  ASSERT_EQ(a.entities.size(), 2u);
  ASSERT_EQ(b.entities.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) EXPECT_EQ(a.entities[i].get(), b.entities[i].get()) << a.entities[i]->id;
  // Chapters still compare by what their entities say.
  pack::Chapter copy = a;
  copy.entities[0] = std::make_shared<const model::EntityInfo>(*a.entities[0]);
  EXPECT_EQ(copy, a);
  auto changed = *a.entities[0];
  changed.description += "!";
  copy.entities[0] = std::make_shared<const model::EntityInfo>(changed);
  EXPECT_NE(copy, a);
}

TEST(TaggedJson, RejectsJsonThatIsNotOurs) {
  EXPECT_THROW(batch::read_chapters("{\"hello\": 1}"), Error);
  EXPECT_THROW(batch::read_chapters("not json"), Error);
  try {
    batch::read_chapters("{\"notepress\": {\"schema\": 1}, \"chapters\": [{\"name\": 3}]}");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "not notepress JSON: $.chapters[0].name: wrong type");
  }
}

}  // namespace
}  // namespace np
