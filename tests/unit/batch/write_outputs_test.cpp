// batch::write_outputs: every format rendered and written, one at a time or in parallel, and
// one failing format neither stops the others nor goes unreported.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "batch/course.hpp"
#include "pack/pack.hpp"
#include "support/pipeline.hpp"
#include "support/run.hpp"
#include "write/writer.hpp"

namespace np {
namespace {

/// Fails half-way: some bytes are already in the file when it throws.
void broken_writer(const pack::Pack&, const write::Options&, Sink& out) {
  out.write("half an output");
  throw Error(ErrorKind::Xml, "this writer is broken on purpose");
}

/// The names in `folder` (hidden temporary files included).
std::vector<std::string> names_in(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

pack::Pack small_pack() {
  std::vector<pack::Chapter> chapters;
  chapters.push_back(test::process("Notes\n\nStalin became General Secretary in 1922.\n"));
  return pack::build(std::move(chapters), "Notes", "en", false);
}

TEST(WriteOutputs, EveryFormatTheSameBytesSeriallyOrInParallel) {
  test::TempDir dir;
  const pack::Pack pack = small_pack();
  batch::Options options;
  options.output = dir.path() / "serial";
  std::filesystem::create_directories(options.output);
  batch::write_outputs(pack, "notes", options, 1);
  options.output = dir.path() / "parallel";
  std::filesystem::create_directories(options.output);
  batch::write_outputs(pack, "notes", options, 3);
  for (const write::Format& format : write::formats()) {
    const std::string name = "notes" + std::string(format.extension);
    const std::string serial = test::slurp(dir.path() / "serial" / name);
    EXPECT_FALSE(serial.empty()) << name;
    EXPECT_TRUE(serial == test::slurp(dir.path() / "parallel" / name)) << name;
  }
}

TEST(WriteOutputs, AFailingFormatIsReportedAfterTheOthersAreWritten) {
  for (const unsigned threads : {1u, 2u}) {
    test::TempDir dir;
    const write::Format broken{"broken", ".broken", "a writer that always fails", broken_writer};
    batch::Options options;
    options.output = dir.path();
    options.formats = {&broken, write::find_format("json"), write::find_format("report")};
    if (threads == 1) {
      // One by one, the first failure stops the run: nothing after it is attempted.
      EXPECT_THROW(batch::write_outputs(small_pack(), "notes", options, threads), Error);
      EXPECT_TRUE(names_in(dir.path()).empty());  // no half output, no temporary file
      continue;
    }
    try {
      batch::write_outputs(small_pack(), "notes", options, threads);
      ADD_FAILURE() << "no error from the broken writer";
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("broken on purpose"), std::string::npos) << e.what();
    }
    EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"notes.json", "notes.report.md"}));
  }
}

}  // namespace
}  // namespace np
