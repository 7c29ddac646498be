#include "batch/run.hpp"

#include <chrono>
#include <cstdio>
#include <map>
#include <ostream>
#include <thread>

#include "base/error.hpp"
#include "base/file_io.hpp"
#include "batch/course.hpp"
#include "batch/inputs.hpp"
#include "batch/ordered.hpp"
#include "batch/pipeline.hpp"
#include "batch/progress.hpp"
#include "batch/state.hpp"
#include "batch/tagged_json.hpp"
#include "lexicon/lexicon.hpp"
#include "model/walk.hpp"
#include "resources/resources.hpp"

#ifndef NOTEPRESS_VERSION
#define NOTEPRESS_VERSION "dev"
#endif

namespace np::batch {
namespace {

namespace fs = std::filesystem;

enum class Command { Build, Check, Tag };

/// What happened to one input.
struct Outcome {
  bool ok = false;
  bool skipped = false;  ///< outputs already up to date
  std::string error;
  std::vector<std::string> messages;
  std::size_t changes = 0;
  std::size_t mentions = 0;
  std::string hash;                      ///< of the input, lexicons and options
  std::optional<pack::Chapter> chapter;  ///< kept for a course pack
  std::string report;                    ///< check: the review report
};

unsigned worker_count(unsigned jobs) {
  if (jobs > 0) return jobs;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

/// Loads and merges the lexicons; prints every lexicon problem. nullopt if one has errors.
/// `digest` receives a hash of everything the lexicons hold.
std::optional<Shared> load_shared(const Options& options, std::ostream& err, std::string& digest) {
  std::vector<lexicon::Lexicon> lexicons;
  std::string material;
  if (options.builtin_lexicons) {
    for (const lexicon::Lexicon& l : lexicon::builtins()) lexicons.push_back(l);
    for (const resources::Resource& r : resources::all())
      if (r.name.starts_with("lexicons/")) material += content_hash(r.bytes);
  }
  bool failed = false;
  for (const fs::path& file : options.lexicons) {
    Diagnostics diags;
    try {
      // Read once: the bytes are both parsed and hashed for the build state.
      const std::string text = file_io::read_file(file, lexicon::kMaxFileBytes);
      lexicons.push_back(lexicon::load(text, file, diags));
      material += content_hash(text);
    } catch (const Error& e) {
      err << e.what() << "\n";
      failed = true;
    }
    for (const Diagnostic& d : diags.items()) err << d.message << "\n";
  }
  if (failed) return std::nullopt;
  digest = content_hash(material);
  Shared shared = Shared::compile(lexicons);
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

/// True if `input` is in the share a shard takes: by a hash of its output stem, so shares
/// stay put when files are added or removed.
bool in_shard(const Input& input, const Shard& shard) {
  if (shard.count <= 1) return true;
  const std::string h = content_hash(input.stem);
  const unsigned long long value = std::stoull(h.substr(16), nullptr, 16);
  return value % shard.count == shard.index - 1;
}

/// Temporary files a killed run left behind (".NAME.tmp-XXXXXX", see file_io::write_atomic).
void remove_stale_temporaries(const fs::path& output) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(output, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() > 12 && name[0] == '.' && name.find(".tmp-") == name.size() - 11 && it->is_regular_file(ec))
      fs::remove(it->path(), ec);
  }
}

class Run {
 public:
  Run(const Options& options, std::ostream& out, std::ostream& err, Command command)
      : options_(options), out_(out), err_(err), command_(command), state_(options.output) {}
  int go();

 private:
  bool wants_course() const { return command_ == Command::Build && options_.pack != PackMode::Files; }
  bool wants_files() const { return command_ != Command::Build || options_.pack != PackMode::Course; }
  /// A walk of the inputs; problems finding them are reported by the first walk only.
  std::unique_ptr<InputWalk> walk_inputs(bool first = false);
  /// The next input of `walk` in this run's shard.
  std::optional<Input> next_input(InputWalk& walk) const;
  Outcome process(const Input& input, Pipeline& pipeline);
  void finish(const Input& input, pack::Chapter chapter, Outcome& outcome, pack::BuildTools& tools);
  bool outputs_exist(const std::string& stem) const;
  fs::path single_json_output() const;
  void report(const Input& input, Outcome& outcome);
  void write_course();
  void summary(double seconds);

  const Options& options_;
  std::ostream& out_;
  std::ostream& err_;
  Command command_;
  std::optional<Shared> shared_;
  std::string digest_;  ///< lexicons, options and version: part of every output hash
  BuildState state_;
  bool course_stale_ = false;
  std::size_t total_ = 0;         ///< inputs found by the first walk
  std::size_t input_errors_ = 0;  ///< paths that could not be read
  std::vector<pack::Chapter> chapters_;
  std::vector<std::string> course_stems_, course_hashes_;
  std::optional<Progress> progress_;
  std::size_t done_ = 0, skipped_ = 0, failed_ = 0, changes_ = 0, mentions_ = 0;
};

bool Run::outputs_exist(const std::string& stem) const {
  for (const write::Format* f : formats_of(options_))
    if (!fs::exists(options_.output / (stem + std::string(f->extension)))) return false;
  return true;
}

std::unique_ptr<InputWalk> Run::walk_inputs(bool first) {
  InputWalk::Report on_error, on_note;
  if (first) {
    on_error = [this](const std::string& e) {
      err_ << e << "\n";
      ++input_errors_;
    };
    if (options_.verbosity == Verbosity::Verbose) on_note = [this](const std::string& n) { err_ << n << "\n"; };
  }
  return std::make_unique<InputWalk>(options_.paths, options_.output, std::move(on_error), std::move(on_note));
}

std::optional<Input> Run::next_input(InputWalk& walk) const {
  for (;;) {
    std::optional<Input> input = walk.next();
    if (!input || in_shard(*input, options_.shard)) return input;
  }
}

fs::path Run::single_json_output() const {
  if (command_ == Command::Tag && total_ == 1 && options_.output.extension() == ".json") return options_.output;
  return {};
}

Outcome Run::process(const Input& input, Pipeline& pipeline) {
  Outcome outcome;
  Diagnostics diags;
  try {
    const std::string bytes = file_io::read_file(input.path, options_.max_bytes);
    outcome.hash = content_hash(digest_ + content_hash(bytes));
    const bool fresh = command_ == Command::Build && !options_.force && state_.up_to_date(input.stem, outcome.hash) &&
                       outputs_exist(input.stem);
    if (fresh && !(wants_course() && course_stale_)) {
      outcome.ok = outcome.skipped = true;
      return outcome;
    }
    pack::Chapter chapter = pipeline.process_bytes(bytes, *input.format, input.stem, input.display, diags);
    outcome.changes = chapter.review.changes.size();
    outcome.mentions = count_mentions(chapter.doc);
    outcome.skipped = fresh;
    finish(input, std::move(chapter), outcome, pipeline.pack_tools());
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

/// Renders what the command asks for from a processed chapter.
void Run::finish(const Input& input, pack::Chapter chapter, Outcome& outcome, pack::BuildTools& tools) {
  if (!wants_files() || outcome.skipped) {
    if (wants_course()) outcome.chapter = std::move(chapter);
    return;
  }
  if (wants_course()) outcome.chapter = chapter;  // --pack both: the file's own pack takes the other
  const std::string title = chapter.title;
  std::vector<pack::Chapter> one;
  one.push_back(std::move(chapter));
  const pack::Pack pack = build_pack(std::move(one), title, options_, false, tools);
  switch (command_) {
    case Command::Check:
      outcome.report = write::write_report(pack, options_.write);
      break;
    case Command::Tag: {
      const fs::path single = single_json_output();
      file_io::AtomicFile file(single.empty() ? options_.output / (input.stem + ".json") : single);
      write::write_json(pack, options_.write, file);
      file.commit();
      break;
    }
    case Command::Build:
      // A run of one file leaves the other workers' cores idle: render the formats in parallel.
      write_outputs(pack, input.stem, options_, total_ == 1 ? worker_count(options_.jobs) : 1);
      break;
  }
}

void Run::report(const Input& input, Outcome& outcome) {
  if (options_.verbosity != Verbosity::Quiet)
    for (const std::string& m : outcome.messages) progress_->message(m);
  if (wants_course()) course_stems_.push_back(input.stem);
  if (!outcome.ok) {
    ++failed_;
    progress_->message(outcome.error);
    progress_->advance();
    return;
  }
  const std::string& stem = input.stem;
  if (command_ == Command::Build) state_.record(stem, outcome.hash);
  if (wants_course()) course_hashes_.push_back(stem + "\t" + outcome.hash);
  if (outcome.skipped) {
    ++skipped_;
    if (options_.verbosity == Verbosity::Verbose) progress_->message(input.display + ": up to date");
  } else {
    ++done_;
    if (options_.verbosity == Verbosity::Verbose)
      progress_->message(input.display + ": done (" + std::to_string(outcome.changes) + " changes, " +
                         std::to_string(outcome.mentions) + " entity mentions)");
  }
  changes_ += outcome.changes;
  mentions_ += outcome.mentions;
  if (command_ == Command::Check) out_ << outcome.report << (outcome.report.ends_with('\n') ? "" : "\n");
  if (outcome.chapter) chapters_.push_back(std::move(*outcome.chapter));
  progress_->advance();
}

void Run::write_course() {
  const std::string stem = course_stem(course_stems_);
  std::sort(course_hashes_.begin(), course_hashes_.end());
  std::string material = digest_ + options_.title + options_.order.string();
  for (const std::string& h : course_hashes_) material += h + "\n";
  const std::string hash = content_hash(material);
  if (!options_.force && !course_stale_ && state_.up_to_date("course:" + stem, hash) && outputs_exist(stem)) {
    state_.record("course:" + stem, hash);
    if (options_.verbosity == Verbosity::Verbose)
      progress_->message((options_.output / stem).string() + ": up to date");
    return;
  }
  if (chapters_.empty()) return;
  try {
    order_chapters(chapters_, options_.order, err_);
    const std::size_t count = chapters_.size();
    const std::string title = course_title(options_, chapters_);
    pack::BuildTools tools;
    const pack::Pack pack = build_pack(std::move(chapters_), title, options_, true, tools);
    write_outputs(pack, stem, options_, worker_count(options_.jobs));
    state_.record("course:" + stem, hash);
    if (options_.verbosity == Verbosity::Verbose)
      progress_->message((options_.output / stem).string() + ": course pack of " + std::to_string(count) + " files");
  } catch (const Error& e) {
    ++failed_;
    progress_->message(format_location((options_.output / stem).string(), {}, e.what()));
  }
}

void Run::summary(double seconds) {
  if (options_.verbosity == Verbosity::Quiet) return;
  char time[32];
  std::snprintf(time, sizeof time, "%.2f s", seconds);
  const std::size_t n = done_ + skipped_ + failed_;
  err_ << "notepress: " << n << (n == 1 ? " file: " : " files: ") << done_ << " done, ";
  if (skipped_) err_ << skipped_ << " up to date, ";
  err_ << failed_ << " failed; " << changes_ << " changes, " << mentions_ << " entity mentions; " << time << "\n";
}

int Run::go() {
  const auto start = std::chrono::steady_clock::now();
  std::string lexicon_digest;
  shared_ = load_shared(options_, err_, lexicon_digest);
  if (!shared_) return 1;
  std::string formats;
  for (const write::Format* f : formats_of(options_)) formats += std::string(f->name) + ",";
  std::string material = std::string(NOTEPRESS_VERSION) + "\n" + lexicon_digest + "\n" + options_.language + "\n" +
                         formats + "\n" + std::to_string(options_.write.timestamp) +
                         (options_.write.update_fields ? "\nfields" : "");
  for (const std::string& author : options_.authors) material += "\nauthor\n" + author;
  digest_ = content_hash(material);
  // The inputs are walked again for each pass instead of being listed: a batch's memory must
  // not grow with its number of files (see InputWalk).
  for (const auto walk = walk_inputs(true); next_input(*walk);) ++total_;
  if (total_ == 0 && input_errors_ == 0) {
    err_ << "notepress: no notes files found (looked for .txt, .md and files without an extension)\n";
    return 1;
  }
  if (command_ != Command::Check && single_json_output().empty()) {
    std::error_code ec;
    fs::create_directories(options_.output, ec);
    if (ec || !fs::is_directory(options_.output)) {
      err_ << printable_path(options_.output)
           << ": cannot use as output folder: " << (ec ? ec.message() : "not a folder") << "\n";
      return 1;
    }
    remove_stale_temporaries(options_.output);
  }
  if (command_ == Command::Build) {
    state_.load();
    // A course pack needs every chapter again as soon as one input changed: find out first.
    if (wants_course() && !options_.force) {
      const auto walk = walk_inputs();
      while (const std::optional<Input> input = next_input(*walk)) {
        try {
          const std::string h =
              content_hash(digest_ + content_hash(file_io::read_file(input->path, options_.max_bytes)));
          if (!state_.up_to_date(input->stem, h)) course_stale_ = true;
        } catch (const Error&) {
          course_stale_ = true;  // the worker reports it
        }
      }
    } else {
      course_stale_ = true;
    }
  }

  progress_.emplace(
      err_, total_,
      Progress::choose(options_.verbosity == Verbosity::Quiet, options_.verbosity == Verbosity::Verbose, total_));
  const unsigned workers = worker_count(options_.jobs);
  const auto walk = walk_inputs();
  run_ordered<Input, Pipeline, Outcome>(
      static_cast<unsigned>(std::min<std::size_t>(workers, std::max<std::size_t>(total_, 1))), 4 * workers + 8,
      [&] { return next_input(*walk); }, [&] { return Pipeline(*shared_); },
      [&](Input& input, Pipeline& pipeline) { return process(input, pipeline); },
      [&](Input& input, Outcome& outcome) { report(input, outcome); });
  if (wants_course()) write_course();
  progress_->finish();
  if (command_ == Command::Build) {
    try {
      state_.save();
    } catch (const Error& e) {
      err_ << e.what() << "\n";
    }
  }
  summary(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return failed_ > 0 || input_errors_ > 0 ? 1 : 0;
}

}  // namespace

int build(const Options& options, std::ostream& out, std::ostream& err) {
  return Run(options, out, err, Command::Build).go();
}

int check(const Options& options, std::ostream& out, std::ostream& err) {
  return Run(options, out, err, Command::Check).go();
}

int tag(const Options& options, std::ostream& out, std::ostream& err) {
  return Run(options, out, err, Command::Tag).go();
}

int pack_json(const std::vector<fs::path>& paths, const Options& options, std::ostream& err) {
  std::vector<fs::path> files;
  int status = 0;
  for (const fs::path& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(path, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json" &&
            entry.path().filename().string()[0] != '.')
          files.push_back(entry.path());
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      err << printable_path(path) << ": no such file or folder\n";
      status = 1;
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<pack::Chapter> chapters;
  // Files tagged apart each hold their own copy of an entity's info: equal ones are shared,
  // as in a build (a course pack of thousands of chapters names the same few hundred).
  std::map<std::string, std::shared_ptr<const model::EntityInfo>> infos;
  for (const fs::path& file : files) {
    try {
      for (pack::Chapter& c : read_chapters(file_io::read_file(file, 1u << 30))) {
        for (std::shared_ptr<const model::EntityInfo>& info : c.entities) {
          const auto [known, added] = infos.emplace(info->id, info);
          if (!added && *known->second == *info) info = known->second;
        }
        chapters.push_back(std::move(c));
      }
    } catch (const Error& e) {
      err << e.in_file(printable_path(file)).what() << "\n";
      status = 1;
    }
  }
  if (chapters.empty()) {
    err << "notepress: no tagged chapters to pack\n";
    return 1;
  }
  std::vector<std::string> stems;
  for (const pack::Chapter& c : chapters) stems.push_back(c.name);
  const std::string stem = course_stem(stems);
  try {
    order_chapters(chapters, options.order, err);
    const std::size_t count = chapters.size();
    const std::string title = course_title(options, chapters);
    pack::BuildTools tools;
    const pack::Pack pack = build_pack(std::move(chapters), title, options, true, tools);
    write_outputs(pack, stem, options, worker_count(options.jobs));
    if (options.verbosity != Verbosity::Quiet)
      err << "notepress: course pack of " << count << " chapters: " << (options.output / stem).string() << ".*\n";
  } catch (const Error& e) {
    err << e.what() << "\n";
    return 1;
  }
  return status;
}

}  // namespace np::batch
