#include "batch/course.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <ostream>
#include <system_error>
#include <thread>

#include "base/error.hpp"
#include "base/file_io.hpp"
#include "batch/inputs.hpp"
#include "batch/pipeline.hpp"
#include "unicode/icu.hpp"

namespace np::batch {

namespace fs = std::filesystem;

std::vector<const write::Format*> formats_of(const Options& options) {
  if (!options.formats.empty()) return options.formats;
  std::vector<const write::Format*> all;
  for (const write::Format& f : write::formats()) all.push_back(&f);
  return all;
}

void write_outputs(const pack::Pack& pack, const std::string& stem, const Options& options, unsigned threads) {
  const std::vector<const write::Format*> formats = formats_of(options);
  auto write_one = [&](const write::Format& format) {
    file_io::AtomicFile file(options.output / (stem + std::string(format.extension)));
    format.write(pack, options.write, file);
    file.commit();
  };
  if (threads <= 1 || formats.size() <= 1) {
    for (const write::Format* format : formats) write_one(*format);
    return;
  }
  // The writers only read the pack. Formats are taken in registry order (DOCX, the slowest,
  // first); a failure is kept for its format and does not stop the others.
  std::vector<std::exception_ptr> failures(formats.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < formats.size(); i = next++) {
      try {
        write_one(*formats[i]);
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, formats.size()); ++t) {
      try {
        helpers.emplace_back(work);
      } catch (const std::system_error&) {
        break;  // no thread to spare (a process limit): this one writes the rest
      }
    }
    work();
  }
  for (const std::exception_ptr& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

pack::Pack build_pack(std::vector<pack::Chapter> chapters, std::string title, const Options& options, bool course,
                      pack::BuildTools& tools) {
  pack::Pack pack = pack::build(std::move(chapters), std::move(title), options.language, course, tools);
  if (!options.authors.empty()) pack.authors = options.authors;
  return pack;
}

std::string course_title(const Options& options, const std::vector<pack::Chapter>& chapters) {
  if (!options.title.empty()) return options.title;
  std::string folder;
  for (const pack::Chapter& c : chapters) {
    const fs::path source(c.source);
    const std::string first = source.has_parent_path() ? source.begin()->string() : "";
    if (&c == &chapters.front()) folder = first;
    if (first != folder) folder.clear();
  }
  if (folder.empty() || folder == "." || folder == ".." || folder == "input" || folder == "/") return "Course pack";
  return title_from_name(folder) + ": course pack";
}

std::string course_stem(const std::vector<std::string>& taken) {
  std::string stem = "course";
  auto used = [&](const std::string& s) {
    return std::any_of(taken.begin(), taken.end(),
                       [&](const std::string& t) { return unicode::fold_case(t) == unicode::fold_case(s); });
  };
  for (int n = 2; used(stem); ++n) stem = "course-" + std::to_string(n);
  return stem;
}

void order_chapters(std::vector<pack::Chapter>& chapters, const fs::path& order_file, std::ostream& err) {
  std::stable_sort(chapters.begin(), chapters.end(),
                   [](const pack::Chapter& a, const pack::Chapter& b) { return fs::path(a.name) < fs::path(b.name); });
  if (order_file.empty()) return;
  const std::string text = file_io::read_file(order_file, 16u << 20);
  std::map<std::string, std::size_t> rank;
  std::size_t start = 0;
  for (std::uint32_t line = 1; start < text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string entry = text.substr(start, end - start);
    start = end + 1;
    if (!entry.empty() && entry.back() == '\r') entry.pop_back();
    const std::size_t first = entry.find_first_not_of(" \t");
    if (first == std::string::npos || entry[first] == '#') continue;
    entry = entry.substr(first, entry.find_last_not_of(" \t") + 1 - first);
    rank.emplace(entry, rank.size());
  }
  auto rank_of = [&](const pack::Chapter& c) {
    for (const std::string& key : {c.name, c.source}) {
      auto it = rank.find(key);
      if (it != rank.end()) return it->second;
    }
    return rank.size();
  };
  for (const pack::Chapter& c : chapters)
    if (rank_of(c) == rank.size())
      err << format_location(order_file, {}, "warning: " + c.source + " is not listed; it comes after the listed files")
          << "\n";
  std::stable_sort(chapters.begin(), chapters.end(),
                   [&](const pack::Chapter& a, const pack::Chapter& b) { return rank_of(a) < rank_of(b); });
}

}  // namespace np::batch
