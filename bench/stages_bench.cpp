// Google Benchmark micro-benchmarks of notepress's stages, on a generated ~5 KB note and a
// generated ~1 MB note (argument 0 and 1 of every stage benchmark):
//
//   ingest     read::read (decode, NFC, structure, boilerplate)
//   normalise  LayoutTidy + Spelling
//   tag        Tagger
//   pack       pack::build of one chapter (with per-thread BuildTools; PackFreshTools without)
//   docx, epub, json, report   the writers, in memory
//   file       all of the above for one file, in memory (no file system)
//
// plus one-off start-up costs (lexicon parsing, gazetteer, per-thread pipeline) and the parts
// of the writers that are the same for every file (styles.xml, compressing static parts).
//
// Bytes/s are bytes of *input notes* per second for every stage, so stages compare directly.
// The notes are generated here, deterministically, from the built-in lexicon's names; set
// NP_BENCH_SMALL_NOTE or NP_BENCH_LARGE_NOTE to a notes file (e.g. one from bench/make-corpus)
// to measure that file instead.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/allocator.hpp"
#include "base/diagnostics.hpp"
#include "batch/pipeline.hpp"
#include "lexicon/gazetteer.hpp"
#include "lexicon/lexicon.hpp"
#include "normalise/layout.hpp"
#include "normalise/spelling.hpp"
#include "pack/pack.hpp"
#include "read/decode.hpp"
#include "read/reader.hpp"
#include "resources/resources.hpp"
#include "tag/tagger.hpp"
#include "unicode/icu.hpp"
#include "write/docx/parts.hpp"
#include "write/writer.hpp"
#include "zip/archive.hpp"

namespace {

using namespace np;  // NOLINT: a benchmark file, not product code

// ------------------------------------------------------------------------------------------
// Shared lexicon state, built once.
// ------------------------------------------------------------------------------------------

const batch::Shared& shared() { return batch::builtin_shared(); }

const read::Format& text_format() {
  if (const read::Format* f = read::find_format("text")) return *f;
  std::cerr << "stages_bench: no 'text' input format\n";
  std::abort();
}

// ------------------------------------------------------------------------------------------
// A deterministic generator of messy notes (the same style as bench/make-corpus, smaller).
// ------------------------------------------------------------------------------------------

/// splitmix64: the same sequence on every platform and standard library.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

const std::vector<std::string> kSentences = {
    "{P} used his post in the {O} to move his own people into key jobs before {D}",
    "by {D} {P} had few allies left , and {P2} was pushed out soon after",
    "{E} ({D}) changed who held power in {L}",
    "{Pp} critics called the {C} a betrayal of the revolution",
    "around {N} people were arrested in {L} alone",
    "official figures say output rose by {PCT} but nobody believes them",
    "{P2} and {P} argued over the {C} - {P} wanted to go much faster",
    "the {O} met in {L} in {D} and backed {E}",
    "some books date {E} to {D}, others only say {Y}",
    "{P} was arrested in {D} and shot; {P2} lived until {Y}",
    "key point - {P} never ran the {O} the way {P2} did",
    "between {R} the camps grew to about {N} prisoners",
    "{Pp} speech of {D} attacked the {C} openly",
    "the {O} lost about {PCT} of its members in {Y}",
    "{E} -> led straight to the {C}",
    "{P} sent {N} troops to {L} in {D}",
};
const std::vector<std::string> kHeadings = {"How did {P} beat his rivals?",
                                            "Why did {E} happen?",
                                            "{P}-",
                                            "The {O}:",
                                            "{E} -",
                                            "What was the {C}?",
                                            "Key terms:",
                                            "Causes-",
                                            "Impact on {L}:"};
const std::vector<std::string> kBoilerplate = {"No comments have yet been made", "Share this:", "Advertisement",
                                               "Print this page", "Read more"};

class NoteWriter {
 public:
  NoteWriter(std::uint64_t seed, const lexicon::Gazetteer& gazetteer) : rng_(seed) {
    for (const lexicon::Entry& e : gazetteer.entries()) {
      auto& pool = e.info.kind == model::EntityKind::Person    ? people_
                   : e.info.kind == model::EntityKind::Place   ? places_
                   : e.info.kind == model::EntityKind::Event   ? events_
                   : e.info.kind == model::EntityKind::Concept ? concepts_
                                                               : orgs_;
      pool.push_back(&e);
    }
    for (auto* pool : {&people_, &places_, &events_, &concepts_, &orgs_})
      if (pool->empty()) {
        std::cerr << "stages_bench: the built-in lexicon lacks a kind of entity\n";
        std::abort();
      }
  }

  std::string note(std::size_t target) {
    std::string out = fill("{Pp} Russia {R} - revision notes") + "\n\n\n";
    while (out.size() < target) out += section();
    return out;
  }

 private:
  std::string form(const lexicon::Entry& e, bool person) {
    std::string text = e.info.name;
    const unsigned x = static_cast<unsigned>(rng_.below(100));
    if (x < 12 && !e.misspellings.empty()) {
      text = rng_.pick(e.misspellings);  // "Zionev", "Trotksy"
    } else if (person && x < 85 && !e.info.aliases.empty()) {
      text = e.info.aliases.front();  // the surname
    } else if (!person && x < 30 && !e.info.aliases.empty()) {
      text = rng_.pick(e.info.aliases);
    }
    if (rng_.chance(30))
      for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');  // "stalin", "the bolsheviks"
    return text;
  }
  const lexicon::Entry& entity(std::vector<const lexicon::Entry*>& pool) {
    // The well-known entries come first in the lexicon: favour them, so names repeat.
    const std::size_t n = pool.size();
    return *pool[rng_.chance(70) ? rng_.below(n < 12 ? n : 12) : rng_.below(n)];
  }
  std::string year() { return std::to_string(1917 + rng_.below(37)); }
  std::string date() {
    const std::string y = year();
    switch (rng_.below(7)) {
      case 0:
        return y;
      case 1:
        return std::string(kMonths[rng_.below(12)]) + " " + y;
      case 2:
        return std::to_string(1 + rng_.below(28)) + " " + kMonths[rng_.below(12)] + " " + y;
      case 3:
        return y + "-" + std::to_string((std::stoi(y) + 1 + static_cast<int>(rng_.below(8))) % 100);
      case 4:
        return "the " + std::to_string(1910 + 10 * rng_.below(4)) + "s";
      case 5:
        return std::to_string(1 + rng_.below(28)) + "/" + std::to_string(1 + rng_.below(12)) + "/" + y;
      default:
        return std::string(kMonths[rng_.below(12)]).substr(0, 3) + " " + y;
    }
  }
  std::string fill(const std::string& templ) {
    std::string out;
    for (std::size_t i = 0; i < templ.size(); ++i) {
      if (templ[i] != '{') {
        out += templ[i];
        continue;
      }
      const std::size_t close = templ.find('}', i);
      const std::string slot = templ.substr(i + 1, close - i - 1);
      i = close;
      if (slot == "P" || slot == "P2") {
        out += form(entity(people_), true);
      } else if (slot == "Pp") {
        const std::string name = form(entity(people_), true);
        out += name + (rng_.chance(50) ? "s" : "'s");  // "Stalins": no apostrophe
      } else if (slot == "O") {
        out += form(entity(orgs_), false);
      } else if (slot == "E") {
        out += form(entity(events_), false);
      } else if (slot == "C") {
        out += form(entity(concepts_), false);
      } else if (slot == "L") {
        out += form(entity(places_), false);
      } else if (slot == "D") {
        out += date();
      } else if (slot == "Y") {
        out += year();
      } else if (slot == "R") {
        const std::string y = year();
        out += y + "-" + std::to_string(std::stoi(y) + 1 + static_cast<int>(rng_.below(9))).substr(2);
      } else if (slot == "N") {
        out += rng_.chance(50) ? std::to_string(2 + rng_.below(60)) + "00" : std::to_string(1 + rng_.below(9)) + ",500";
      } else if (slot == "PCT") {
        out += std::to_string(2 + rng_.below(97)) + "%";
      }
    }
    return out;
  }
  std::string sentence() {
    std::string s = fill(rng_.pick(kSentences));
    if (rng_.chance(60) && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s + (rng_.chance(80) ? ". " : " ");
  }
  /// Hard-wraps `text` at 72 columns, the first line after `first`, the rest after `rest`.
  static std::string wrap(const std::string& text, const std::string& first, const std::string& rest) {
    std::string out = first, word;
    std::size_t column = first.size();
    std::istringstream words(text);
    bool line_start = true;
    while (words >> word) {
      if (!line_start && column + 1 + word.size() > 72) {
        out += "\n" + rest;
        column = rest.size();
        line_start = true;
      }
      if (!line_start) {
        out += ' ';
        ++column;
      }
      out += word;
      column += word.size();
      line_start = false;
    }
    return out + "\n";
  }
  std::string section() {
    std::string out = fill(rng_.pick(kHeadings)) + "\n";
    if (rng_.chance(50)) {
      for (std::size_t i = 0, n = 3 + rng_.below(4); i < n; ++i) {
        std::string item;
        for (std::size_t k = 0, m = 1 + rng_.below(2); k < m; ++k) item += sentence();
        out += wrap(item, "  \u2022 ", "    ");
        if (rng_.chance(30)) out += wrap(sentence(), "      - ", "        ");
      }
    } else {
      std::string para;
      for (std::size_t k = 0, m = 3 + rng_.below(4); k < m; ++k) para += sentence();
      out += wrap(para, "", "");
    }
    out += "\n";
    if (rng_.chance(8)) out += rng_.pick(kBoilerplate) + "\n\n";
    return out;
  }

  Rng rng_;
  std::vector<const lexicon::Entry*> people_, places_, events_, concepts_, orgs_;
};

// ------------------------------------------------------------------------------------------
// Fixtures: the note of each size after every stage, built once.
// ------------------------------------------------------------------------------------------

struct Fixture {
  std::string name;
  std::string bytes;
  read::Result read;           ///< after ingest
  model::Document normalised;  ///< after layout + spelling
  model::Review review;        ///< the review after normalise
  pack::Chapter chapter;       ///< after ingest, normalise and tag
  std::optional<pack::Pack> pack;
};

std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "stages_bench: cannot read " << path << "\n";
    std::exit(2);
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Fixture make_fixture(std::size_t target, const char* override_env, std::uint64_t seed) {
  Fixture f;
  if (const char* path = std::getenv(override_env); path != nullptr && *path != '\0') {
    f.bytes = slurp(path);
    f.name = path;
  } else {
    f.bytes = NoteWriter(seed, *shared().gazetteer).note(target);
    f.name = "generated";
  }
  const batch::Shared& s = shared();
  f.read = read::read(f.bytes, text_format(), s.boilerplate);

  Diagnostics diags;
  f.normalised = f.read.doc;
  f.review = f.read.review;
  model::FileContext context{[&f](std::uint32_t o) { return f.read.source.position(o); }, f.review, diags};
  normalise::LayoutTidy layout;
  normalise::Spelling spelling(*s.gazetteer);
  layout.apply(f.normalised, context);
  spelling.apply(f.normalised, context);

  batch::Pipeline pipeline(s);
  f.chapter = pipeline.process_bytes(f.bytes, text_format(), "notes", "notes.txt", diags);
  f.pack = pack::build({f.chapter}, f.chapter.title, "en", false);
  return f;
}

const Fixture& fixture(std::int64_t which) {
  static const Fixture small = make_fixture(5'000, "NP_BENCH_SMALL_NOTE", 1917);
  static const Fixture large = make_fixture(1'000'000, "NP_BENCH_LARGE_NOTE", 1953);
  return which == 0 ? small : large;
}

void label(benchmark::State& state, const Fixture& f) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(f.bytes.size()));
  state.SetLabel(std::to_string(f.bytes.size() / 1000) + " KB " + f.name);
}

// ------------------------------------------------------------------------------------------
// Stages
// ------------------------------------------------------------------------------------------

void BM_Ingest(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(read::read(f.bytes, text_format(), shared().boilerplate));
  label(state, f);
}

/// Decoding alone (encoding check, NFC), the first part of ingest.
void BM_IngestDecode(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(read::decode(f.bytes));
  label(state, f);
}

void BM_Normalise(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  normalise::LayoutTidy layout;
  normalise::Spelling spelling(*shared().gazetteer);
  model::Document doc;
  model::Review review;
  Diagnostics diags;
  for (auto _ : state) {
    state.PauseTiming();
    doc = f.read.doc;
    review = f.read.review;
    diags = Diagnostics();
    state.ResumeTiming();
    model::FileContext context{[&f](std::uint32_t o) { return f.read.source.position(o); }, review, diags};
    layout.apply(doc, context);
    spelling.apply(doc, context);
  }
  label(state, f);
}

void BM_Tag(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  tag::Tagger tagger(*shared().gazetteer);
  model::Document doc;
  model::Review review;
  Diagnostics diags;
  for (auto _ : state) {
    state.PauseTiming();
    doc = f.normalised;
    review = f.review;
    diags = Diagnostics();
    state.ResumeTiming();
    model::FileContext context{[&f](std::uint32_t o) { return f.read.source.position(o); }, review, diags};
    tagger.apply(doc, context);
  }
  label(state, f);
}

/// pack::build with the per-thread tools (collator) kept from one file to the next, as the
/// batch driver does.
void BM_Pack(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  pack::BuildTools tools;
  std::optional<pack::Pack> built;
  for (auto _ : state) {
    state.PauseTiming();
    built.reset();
    std::vector<pack::Chapter> chapters{f.chapter};
    state.ResumeTiming();
    built = pack::build(std::move(chapters), f.chapter.title, "en", false, tools);
  }
  label(state, f);
}

/// pack::build making its ICU collator and alphabetic index afresh, as every pack did before
/// BuildTools: the difference from BM_Pack is that set-up.
void BM_PackFreshTools(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  std::optional<pack::Pack> built;
  for (auto _ : state) {
    state.PauseTiming();
    built.reset();
    std::vector<pack::Chapter> chapters{f.chapter};
    state.ResumeTiming();
    built = pack::build(std::move(chapters), f.chapter.title, "en", false);
  }
  label(state, f);
}

template <std::string (*Write)(const pack::Pack&, const write::Options&)>
void BM_Write(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  const write::Options options;
  std::size_t out = 0;
  for (auto _ : state) {
    const std::string bytes = Write(*f.pack, options);
    out = bytes.size();
    benchmark::DoNotOptimize(bytes.data());
  }
  label(state, f);
  state.counters["output_bytes"] = static_cast<double>(out);
}

/// One file end to end in memory: ingest, normalise, tag, pack, all four writers.
void BM_File(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  batch::Pipeline pipeline(shared());
  pack::BuildTools tools;
  const write::Options options;
  for (auto _ : state) {
    Diagnostics diags;
    pack::Chapter chapter = pipeline.process_bytes(f.bytes, text_format(), "notes", "notes.txt", diags);
    const std::string title = chapter.title;
    std::vector<pack::Chapter> one;
    one.push_back(std::move(chapter));
    const pack::Pack pack = pack::build(std::move(one), title, "en", false, tools);
    for (const write::Format& format : write::formats()) benchmark::DoNotOptimize(write::render(format, pack, options));
  }
  label(state, f);
}

// ------------------------------------------------------------------------------------------
// Start-up costs (once per process or per worker) and per-file work that is the same for
// every file.
// ------------------------------------------------------------------------------------------

void BM_StartupParseLexicon(benchmark::State& state) {
  const std::string_view toml = resources::get("lexicons/russia-1917-1953.toml");
  for (auto _ : state) benchmark::DoNotOptimize(lexicon::parse(toml, "built-in"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * toml.size()));
}

void BM_StartupGazetteer(benchmark::State& state) {
  std::vector<lexicon::Lexicon> lexicons(lexicon::builtins().begin(), lexicon::builtins().end());
  unicode::TextBreaker breaker;
  for (auto _ : state) benchmark::DoNotOptimize(lexicon::Gazetteer(lexicon::merge(lexicons), breaker));
}

void BM_StartupBoilerplate(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(read::Boilerplate());
}

/// A worker's pipeline: ICU break iterators, fuzzy matcher state.
void BM_StartupPipeline(benchmark::State& state) {
  const batch::Shared& s = shared();
  for (auto _ : state) {
    batch::Pipeline pipeline(s);
    benchmark::DoNotOptimize(&pipeline);
  }
}

/// docx/styles.xml parsed, edited (language) and serialised again: done for every DOCX.
void BM_StaticDocxStyles(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(write::docx::styles_xml("en"));
}

/// Deflating the parts every DOCX and EPUB carries unchanged (styles, settings, font table,
/// footer, CSS, container): done again for every file.
void BM_StaticPartsDeflate(benchmark::State& state) {
  const char* names[] = {"docx/styles.xml",  "docx/settings.xml", "docx/fontTable.xml",
                         "docx/footer1.xml", "epub/style.css",    "epub/container.xml"};
  std::int64_t bytes = 0;
  for (const char* n : names) bytes += static_cast<std::int64_t>(resources::get(n).size());
  for (auto _ : state) {
    zip::Archive archive(315532800);
    for (const char* n : names) archive.add_static(n, resources::get(n));
    benchmark::DoNotOptimize(archive.finish());
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}

}  // namespace

BENCHMARK(BM_Ingest)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_IngestDecode)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Normalise)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Tag)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pack)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PackFreshTools)->Arg(0)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Write<np::write::write_docx>)->Name("BM_Docx")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Write<np::write::write_epub>)->Name("BM_Epub")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Write<np::write::write_json>)->Name("BM_Json")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Write<np::write::write_report>)->Name("BM_Report")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_File)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StartupParseLexicon)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StartupGazetteer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StartupBoilerplate)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StartupPipeline)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StaticDocxStyles)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StaticPartsDeflate)->Unit(benchmark::kMicrosecond);

// As notepress itself: the allocator keeps freed memory (base/allocator.hpp), so the stages are
// measured with the page-fault cost the product has.
int main(int argc, char** argv) {
  np::tune_allocator();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
