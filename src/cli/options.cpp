#include "cli/options.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <map>

#include "base/error.hpp"
#include "base/file_io.hpp"
#include "batch/run.hpp"
#include "lexicon/lexicon.hpp"
#include "write/writer.hpp"

#ifndef NOTEPRESS_VERSION
#define NOTEPRESS_VERSION "dev"
#endif

namespace np::cli {
namespace {

constexpr int kUsageError = 2;

std::string format_names() {
  std::string names;
  for (const write::Format& f : write::formats()) names += (names.empty() ? "" : ",") + std::string(f.name);
  return names;
}

std::string format_help() {
  std::string help = "Output formats, comma-separated (default: all):";
  for (const write::Format& f : write::formats())
    help += "\n  " + std::string(f.name) + "  " + std::string(f.description);
  return help;
}

/// SOURCE_DATE_EPOCH (reproducible builds) or 1980-01-01.
std::int64_t timestamp_from_environment() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr || *value == '\0') return 315532800;
  char* end = nullptr;
  const long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || seconds < 315532800 || seconds > 4102444800LL) {
    std::cerr << "notepress: warning: ignoring SOURCE_DATE_EPOCH=" << value
              << " (want seconds since 1970, from 1980 to 2099)\n";
    return 315532800;
  }
  return seconds;
}

/// Options shared by build and check.
struct Flags {
  std::vector<std::string> paths;
  std::vector<std::string> lexicons;
  bool no_builtin = false;
  std::string formats;
  std::string language = "en";
  unsigned jobs = 0;
  std::string output = "output";
  std::string pack = "files";
  std::string title;
  std::vector<std::string> authors;
  std::uint64_t max_size = batch::kDefaultMaxBytes;
  std::string shard;
  std::string order;
  bool force = false;
  bool update_fields = false;
  bool quiet = false;
  bool verbose = false;
};

void add_common(CLI::App& app, Flags& flags) {
  app.add_option("paths", flags.paths, "Notes files or folders (folders are read recursively; default: input)");
  app.add_option("-l,--lexicon", flags.lexicons, "Add a lexicon file (TOML; repeatable; see docs/lexicon-format.md)")
      ->type_name("FILE");
  app.add_flag("--no-builtin-lexicons", flags.no_builtin, "Use only the lexicons given with --lexicon");
  app.add_option("--language", flags.language, "Language of the notes as a BCP 47 tag (default: en)")->type_name("TAG");
  app.add_option("-j,--jobs", flags.jobs, "Files processed in parallel (default: one per core)")->type_name("N");
  app.add_option("--max-size", flags.max_size, "Refuse input files larger than this many bytes (default: 16 MiB)")
      ->type_name("BYTES");
  app.add_option("--shard", flags.shard,
                 "Process only the K-th of N deterministic shares of the inputs (for spreading a folder over "
                 "several machines or jobs)")
      ->type_name("K/N");
  app.add_flag("-q,--quiet", flags.quiet, "Print only errors");
  app.add_flag("-v,--verbose", flags.verbose, "Print every file and skipped file");
}

/// Turns flags into batch options; returns false (after printing why) on a usage error.
bool to_options(const Flags& flags, batch::Options& options) {
  if (!flags.paths.empty()) options.paths.assign(flags.paths.begin(), flags.paths.end());
  options.output = flags.output;
  options.lexicons.assign(flags.lexicons.begin(), flags.lexicons.end());
  options.builtin_lexicons = !flags.no_builtin;
  options.language = flags.language;
  options.jobs = flags.jobs;
  options.title = flags.title;
  options.authors = flags.authors;
  options.order = flags.order;
  options.force = flags.force;
  options.max_bytes = flags.max_size;
  if (!flags.shard.empty()) {
    unsigned k = 0, n = 0;
    char tail = 0;
    if (std::sscanf(flags.shard.c_str(), "%u/%u%c", &k, &n, &tail) != 2 || n == 0 || k == 0 || k > n) {
      std::cerr << "notepress: --shard must be K/N with 1 <= K <= N, not '" << flags.shard << "'\n";
      return false;
    }
    options.shard = {k, n};
  }
  options.write.timestamp = timestamp_from_environment();
  options.write.update_fields = flags.update_fields;
  options.verbosity = flags.quiet     ? batch::Verbosity::Quiet
                      : flags.verbose ? batch::Verbosity::Verbose
                                      : batch::Verbosity::Normal;
  static const std::map<std::string, batch::PackMode> kPacks{
      {"files", batch::PackMode::Files}, {"course", batch::PackMode::Course}, {"both", batch::PackMode::Both}};
  auto pack = kPacks.find(flags.pack);
  if (pack == kPacks.end()) {
    std::cerr << "notepress: --pack must be files, course or both, not '" << flags.pack << "'\n";
    return false;
  }
  options.pack = pack->second;
  std::string list = flags.formats;
  std::size_t start = 0;
  while (!list.empty() && start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    const std::string name = list.substr(start, comma - start);
    if (!name.empty()) {
      const write::Format* format = write::find_format(name);
      if (!format) {
        std::cerr << "notepress: unknown format '" << name << "' (choose from " << format_names() << ")\n";
        return false;
      }
      options.formats.push_back(format);
    }
    start = comma + 1;
  }
  return true;
}

int lexicon_list() {
  for (const lexicon::Lexicon& l : lexicon::builtins()) {
    std::map<std::string, int> kinds;
    for (const lexicon::Entry& e : l.entries) ++kinds[model::kind_name(e.info.kind)];
    std::cout << l.id << "  " << l.title << "  (" << l.entries.size() << " entries:";
    for (const char* kind : {"person", "place", "organisation", "event", "concept"})
      if (kinds.count(kind)) std::cout << " " << kinds[kind] << " " << kind << (kinds[kind] == 1 ? "" : "s");
    std::cout << "; language " << l.language << ")\n";
    if (!l.description.empty()) std::cout << "    " << l.description << "\n";
  }
  return 0;
}

int lexicon_lint(const std::vector<std::string>& files) {
  int status = 0;
  for (const std::string& file : files) {
    Diagnostics ignored;
    std::string text;
    try {
      text = file_io::read_file(file, lexicon::kMaxFileBytes);
    } catch (const Error& e) {
      std::cerr << e.what() << "\n";
      status = 1;
      continue;
    }
    const lexicon::ParseResult result = lexicon::parse(text, file);
    int errors = 0, warnings = 0;
    for (const lexicon::Problem& p : result.problems) {
      (p.error ? errors : warnings)++;
      std::cerr << format_location(file, p.where, (p.error ? "error: " : "warning: ") + p.message) << "\n";
    }
    if (errors) status = 1;
    std::cerr << file << ": " << (result.lexicon ? std::to_string(result.lexicon->entries.size()) + " entries, " : "")
              << errors << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning" : " warnings") << "\n";
  }
  return status;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{
      "notepress turns messy class notes into clean, tagged, indexed revision packs (DOCX, EPUB, JSON and "
      "a review report)."};
  app.set_version_flag("--version", "notepress " NOTEPRESS_VERSION);
  app.require_subcommand(1);

  Flags build_flags;
  CLI::App* build = app.add_subcommand("build", "Build revision packs from notes files or folders");
  add_common(*build, build_flags);
  build->add_option("-o,--output", build_flags.output, "Folder for the packs (default: output)")->type_name("DIR");
  build->add_option("-f,--format", build_flags.formats, format_help())->type_name("LIST");
  build
      ->add_option("--pack", build_flags.pack,
                   "files: one pack per notes file (default); course: one pack of all files; both")
      ->type_name("MODE");
  build->add_option("--title", build_flags.title, "Title of the course pack")->type_name("TEXT");
  build
      ->add_option("--author", build_flags.authors,
                   "Author of the packs (repeatable), instead of the author the notes' front matter names")
      ->type_name("NAME");
  build->add_flag("--update-fields", build_flags.update_fields,
                  "DOCX: ask Word to update fields (page numbers) when opening; Word then shows a prompt");

  build
      ->add_option("--order", build_flags.order,
                   "Course chapter order: a file listing the inputs (paths or output names), one per line")
      ->type_name("FILE");
  build->add_flag("--force", build_flags.force, "Rebuild every output, even those that are up to date");

  Flags check_flags;
  CLI::App* check =
      app.add_subcommand("check", "Ingest, normalise and tag notes and print the review report; writes nothing");
  add_common(*check, check_flags);

  Flags tag_flags;
  tag_flags.output = "tagged";
  CLI::App* tag = app.add_subcommand(
      "tag", "Map step: tag notes into JSON (one file per input; see docs/json-format.md) for 'notepress pack'");
  add_common(*tag, tag_flags);
  tag->add_option("-o,--output", tag_flags.output,
                  "Folder for the JSON files, or a .json file when tagging one file (default: tagged)")
      ->type_name("PATH");

  Flags pack_flags;
  CLI::App* pack = app.add_subcommand(
      "pack", "Reduce step: build one course pack from tagged JSON files or folders (output of 'notepress tag')");
  pack->add_option("json", pack_flags.paths, "Tagged JSON files or folders")->required();
  pack->add_option("-o,--output", pack_flags.output, "Folder for the course pack (default: output)")->type_name("DIR");
  pack->add_option("-f,--format", pack_flags.formats, format_help())->type_name("LIST");
  pack->add_option("--title", pack_flags.title, "Title of the course pack")->type_name("TEXT");
  pack->add_option("--author", pack_flags.authors, "Author of the course pack (repeatable)")->type_name("NAME");
  pack->add_option("--order", pack_flags.order, "Chapter order: a file listing sources or names, one per line")
      ->type_name("FILE");
  pack->add_option("--language", pack_flags.language, "Language for sorting the index (default: en)")->type_name("TAG");
  pack->add_flag("--update-fields", pack_flags.update_fields, "DOCX: ask Word to update fields when opening");
  pack->add_flag("-q,--quiet", pack_flags.quiet, "Print only errors");

  CLI::App* lexicon = app.add_subcommand("lexicon", "List built-in lexicons or check a lexicon file");
  lexicon->require_subcommand(1);
  lexicon->add_subcommand("list", "List the built-in lexicons");
  std::vector<std::string> lint_files;
  CLI::App* lint = lexicon->add_subcommand("lint", "Check lexicon files and report every problem as FILE:LINE:COL");
  lint->add_option("files", lint_files, "Lexicon files (TOML)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsageError;
  }

  for (auto [command, flags] : {std::pair{build, &build_flags}, std::pair{check, &check_flags},
                                std::pair{tag, &tag_flags}, std::pair{pack, &pack_flags}}) {
    if (!command->parsed()) continue;
    batch::Options options;
    if (!to_options(*flags, options)) return kUsageError;
    if (command == build) return batch::build(options, std::cout, std::cerr);
    if (command == check) return batch::check(options, std::cout, std::cerr);
    if (command == tag) {
      options.formats = {write::find_format("json")};
      return batch::tag(options, std::cout, std::cerr);
    }
    return batch::pack_json(options.paths, options, std::cerr);
  }
  if (lexicon->got_subcommand("list")) return lexicon_list();
  return lexicon_lint(lint_files);
}

}  // namespace np::cli
