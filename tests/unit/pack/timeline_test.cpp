#include <gtest/gtest.h>

#include "pack/pack.hpp"
#include "support/pipeline.hpp"

namespace np::pack {
namespace {

Pack pack_of(std::string_view notes) {
  std::vector<Chapter> chapters;
  chapters.push_back(test::process(notes));
  return build(std::move(chapters), "Notes", "en", false);
}

const TimelineEntry& entry_for(const Pack& pack, std::string_view value) {
  for (const TimelineEntry& entry : pack.timeline)
    if (entry.date.value == value) return entry;
  throw std::runtime_error("no timeline entry for " + std::string(value));
}

TEST(Timeline, AnEntryHoldsTheSentenceOfItsDate) {
  const Pack pack = pack_of("Stalin and Lenin met. Lenin died in 1924. Stalin won.\n");
  EXPECT_EQ(entry_for(pack, "1924").text, "Lenin died in 1924.");
}

TEST(Timeline, ASentenceBreakInsideADateDoesNotCutTheSentence) {
  // The break iterator ends a sentence after "c.": every date of the sentence keeps all of it.
  const Pack pack = pack_of("Stalin met Lenin. Lenin lived 1870-1924 and was mourned until c. 1930. Then Stalin.\n");
  EXPECT_EQ(entry_for(pack, "1930~").text, "Lenin lived 1870-1924 and was mourned until c. 1930.");
  EXPECT_EQ(entry_for(pack, "1870/1924").text, "Lenin lived 1870-1924 and was mourned until c. 1930.");
}

}  // namespace
}  // namespace np::pack
