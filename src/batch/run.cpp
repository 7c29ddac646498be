#include "batch/run.hpp"

#include <chrono>
#include <cstdio>
#include <ostream>
#include <thread>

#include "base/error.hpp"
#include "base/file_io.hpp"
#include "batch/inputs.hpp"
#include "batch/ordered.hpp"
#include "batch/pipeline.hpp"
#include "lexicon/lexicon.hpp"
#include "model/walk.hpp"
#include "unicode/icu.hpp"

namespace np::batch {
namespace {

namespace fs = std::filesystem;

/// What happened to one input.
struct Outcome {
  bool ok = false;
  std::string error;
  std::vector<std::string> messages;
  std::size_t changes = 0;
  std::size_t mentions = 0;
  std::optional<pack::Chapter> chapter;  ///< kept for a course pack
  std::string report;                    ///< check: the review report
};

unsigned worker_count(unsigned jobs) {
  if (jobs > 0) return jobs;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

std::vector<const write::Format*> formats_of(const Options& options) {
  if (!options.formats.empty()) return options.formats;
  std::vector<const write::Format*> all;
  for (const write::Format& f : write::formats()) all.push_back(&f);
  return all;
}

/// Loads and merges the lexicons; prints every lexicon problem. nullopt if one has errors.
std::optional<Shared> load_shared(const Options& options, std::ostream& err) {
  std::vector<lexicon::Lexicon> lexicons;
  if (options.builtin_lexicons)
    for (const lexicon::Lexicon& l : lexicon::builtins()) lexicons.push_back(l);
  bool failed = false;
  for (const fs::path& file : options.lexicons) {
    Diagnostics diags;
    try {
      lexicons.push_back(lexicon::load_file(file, diags));
    } catch (const Error& e) {
      err << e.what() << "\n";
      failed = true;
    }
    for (const Diagnostic& d : diags.items()) err << d.message << "\n";
  }
  if (failed) return std::nullopt;
  Shared shared;
  unicode::TextBreaker breaker;
  shared.gazetteer = std::make_unique<lexicon::Gazetteer>(lexicon::merge(lexicons), breaker);
  shared.language = options.language;
  shared.max_bytes = options.max_bytes;
  return shared;
}

std::size_t count_mentions(const model::Document& doc) {
  std::size_t n = 0;
  model::for_each_text(doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::Span& s : block.spans()) n += std::holds_alternative<model::Entity>(s.what);
  });
  return n;
}

/// Renders `pack` in every selected format and writes the files atomically.
void write_outputs(const pack::Pack& pack, const std::string& stem, const Options& options) {
  for (const write::Format* format : formats_of(options)) {
    const std::string bytes = format->write(pack, options.write);
    file_io::write_atomic(options.output / (stem + std::string(format->extension)), bytes);
  }
}

std::string course_title(const Options& options) {
  if (!options.title.empty()) return options.title;
  if (options.paths.size() == 1) {
    const fs::path name = fs::absolute(options.paths.front()).lexically_normal().filename();
    if (!name.empty() && name != "input") return title_from_name(printable_path(name)) + ": course pack";
  }
  return "Course pack";
}

class Run {
 public:
  Run(const Options& options, std::ostream& out, std::ostream& err, bool check)
      : options_(options), out_(out), err_(err), check_(check) {}
  int go();

 private:
  Outcome process(const Input& input, Pipeline& pipeline);
  void report(const Input& input, Outcome& outcome);
  void write_course();

  const Options& options_;
  std::ostream& out_;
  std::ostream& err_;
  bool check_;
  std::optional<Shared> shared_;
  Inputs inputs_;
  std::vector<pack::Chapter> chapters_;
  std::size_t done_ = 0, failed_ = 0, changes_ = 0, mentions_ = 0;
};

Outcome Run::process(const Input& input, Pipeline& pipeline) {
  Outcome outcome;
  Diagnostics diags;
  try {
    pack::Chapter chapter = pipeline.process(input, diags);
    outcome.changes = chapter.review.changes.size();
    outcome.mentions = count_mentions(chapter.doc);
    const bool course = options_.pack != PackMode::Files && !check_;
    const bool files = options_.pack != PackMode::Course || check_;
    if (course) outcome.chapter = chapter;
    if (files) {
      const std::string title = chapter.title;
      std::vector<pack::Chapter> one;
      one.push_back(std::move(chapter));
      const pack::Pack pack = pack::build(std::move(one), title, options_.language, false);
      if (check_)
        outcome.report = write::write_report(pack, options_.write);
      else
        write_outputs(pack, input.stem, options_);
    }
    outcome.ok = true;
  } catch (const Error& e) {
    outcome.error = e.in_file(input.display).what();
  } catch (const std::bad_alloc&) {
    outcome.error = input.display + ": out of memory";
  } catch (const std::exception& e) {  // a bug: report it for this file and carry on
    outcome.error = input.display + ": internal error: " + e.what();
  }
  for (const Diagnostic& d : diags.items())
    outcome.messages.push_back(format_location(input.display, d.where,
                                               (d.severity == Severity::Warning ? "warning: " : "note: ") + d.message));
  return outcome;
}

void Run::report(const Input& input, Outcome& outcome) {
  for (const std::string& m : outcome.messages)
    if (options_.verbosity != Verbosity::Quiet) err_ << m << "\n";
  if (!outcome.ok) {
    ++failed_;
    err_ << outcome.error << "\n";
    return;
  }
  ++done_;
  changes_ += outcome.changes;
  mentions_ += outcome.mentions;
  if (check_) out_ << outcome.report << (outcome.report.ends_with('\n') ? "" : "\n");
  if (outcome.chapter) chapters_.push_back(std::move(*outcome.chapter));
  if (options_.verbosity == Verbosity::Verbose && !check_)
    err_ << input.display << ": done (" << outcome.changes << " changes, " << outcome.mentions << " entity mentions)\n";
}

void Run::write_course() {
  if (chapters_.empty()) return;
  std::string stem = "course";
  for (int n = 2; std::any_of(inputs_.files.begin(), inputs_.files.end(),
                              [&](const Input& i) { return unicode::fold_case(i.stem) == stem; });
       ++n)
    stem = "course-" + std::to_string(n);
  try {
    const pack::Pack pack = pack::build(std::move(chapters_), course_title(options_), options_.language, true);
    write_outputs(pack, stem, options_);
    if (options_.verbosity == Verbosity::Verbose)
      err_ << (options_.output / stem).string() << ": course pack of " << pack.chapters.size() << " files\n";
  } catch (const Error& e) {
    ++failed_;
    err_ << format_location((options_.output / stem).string(), {}, e.what()) << "\n";
  }
}

int Run::go() {
  const auto start = std::chrono::steady_clock::now();
  shared_ = load_shared(options_, err_);
  if (!shared_) return 1;
  inputs_ = collect_inputs(options_.paths, options_.output);
  for (const std::string& e : inputs_.errors) err_ << e << "\n";
  if (options_.verbosity == Verbosity::Verbose)
    for (const std::string& n : inputs_.notes) err_ << n << "\n";

  const unsigned workers = worker_count(options_.jobs);
  run_ordered<Pipeline, Outcome>(
      inputs_.files.size(), workers, 4 * workers + 8, [&] { return Pipeline(*shared_); },
      [&](std::size_t i, Pipeline& pipeline) { return process(inputs_.files[i], pipeline); },
      [&](std::size_t i, Outcome& outcome) { report(inputs_.files[i], outcome); });
  if (!check_ && options_.pack != PackMode::Files) write_course();

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (options_.verbosity != Verbosity::Quiet) {
    char time[32];
    std::snprintf(time, sizeof time, "%.2f s", seconds);
    err_ << "notepress: " << inputs_.files.size() << " files: " << done_ << " done, " << failed_ << " failed; "
         << changes_ << " changes, " << mentions_ << " entity mentions; " << time << "\n";
  }
  const bool bad = failed_ > 0 || !inputs_.errors.empty();
  if (inputs_.files.empty() && inputs_.errors.empty()) {
    err_ << "notepress: no notes files found (looked for .txt, .md and files without an extension)\n";
    return 1;
  }
  return bad ? 1 : 0;
}

}  // namespace

int build(const Options& options, std::ostream& out, std::ostream& err) { return Run(options, out, err, false).go(); }

int check(const Options& options, std::ostream& out, std::ostream& err) { return Run(options, out, err, true).go(); }

}  // namespace np::batch
