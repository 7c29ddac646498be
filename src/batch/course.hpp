#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "batch/run.hpp"
#include "pack/pack.hpp"

namespace np::batch {

/// Puts course chapters in order: by name in path order, or as `order_file` lists them (one
/// name or source path per line; '#' starts a comment); chapters the list leaves out follow
/// in path order, with a warning on `err`. Throws Error(Io) if the list cannot be read.
void order_chapters(std::vector<pack::Chapter>& chapters, const std::filesystem::path& order_file, std::ostream& err);

/// The course pack's title: --title, else made from the folder all chapters come from
/// ("russia-notes/..." → "Russia notes: course pack"), else "Course pack".
std::string course_title(const Options& options, const std::vector<pack::Chapter>& chapters);

/// pack::build with what the options say of every pack (--author).
pack::Pack build_pack(std::vector<pack::Chapter> chapters, std::string title, const Options& options, bool course,
                      pack::BuildTools& tools);

/// A course pack's output name that no per-file output uses: "course", "course-2", ...
std::string course_stem(const std::vector<std::string>& taken);

/// Renders `pack` in every selected format and writes the files atomically. With `threads` >
/// 1 the formats are rendered that many at a time (a course pack, or a run of one file, where
/// the other cores would be idle): faster, at the cost of holding several outputs in memory at
/// once. Every format is attempted; the first failure, in format order, is then thrown.
void write_outputs(const pack::Pack& pack, const std::string& stem, const Options& options, unsigned threads = 1);

/// The formats a run writes.
std::vector<const write::Format*> formats_of(const Options& options);

}  // namespace np::batch
