// pack::build: one pack from tagged chapters, the same however many threads gather them.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pack/pack.hpp"
#include "support/pipeline.hpp"
#include "write/writer.hpp"

namespace np::pack {
namespace {

std::vector<Chapter> course_chapters() {
  std::vector<Chapter> chapters;
  for (const auto& file : test::input_files()) {
    const std::string bytes = test::slurp(file);
    chapters.push_back(test::process(bytes, file.extension() == ".md" ? "markdown" : "text", file.stem().string()));
  }
  // Enough chapters for several threads, the same ones again under other names.
  for (std::size_t i = 0, n = chapters.size(); chapters.size() < 40; ++i) {
    chapters.push_back(chapters[i % n]);
    chapters.back().name += "-" + std::to_string(i);
  }
  return chapters;
}

TEST(PackBuild, ACoursePackIsTheSameWhateverTheNumberOfThreads) {
  const std::vector<Chapter> chapters = course_chapters();
  ASSERT_GE(chapters.size(), 40u);
  write::Options options;
  const std::string one = write::write_json(build(chapters, "Course", "en", true, 1), options);
  for (unsigned threads : {2u, 3u, 8u})
    EXPECT_EQ(write::write_json(build(chapters, "Course", "en", true, threads), options), one) << threads;
  const Pack pack = build(chapters, "Course", "en", true, 3);
  EXPECT_FALSE(pack.timeline.empty());
  EXPECT_FALSE(pack.index.empty());
  EXPECT_EQ(pack.sections.size(), chapters.size());
}

}  // namespace
}  // namespace np::pack
