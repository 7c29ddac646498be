#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "batch/inputs.hpp"
#include "batch/limits.hpp"
#include "lexicon/gazetteer.hpp"
#include "lexicon/lexicon.hpp"
#include "normalise/layout.hpp"
#include "normalise/spelling.hpp"
#include "pack/pack.hpp"
#include "read/boilerplate.hpp"
#include "tag/tagger.hpp"

namespace np::batch {

/// What every file of a run shares: the merged lexicons compiled for matching, the
/// boilerplate list and the limits. Immutable once built; shared by all workers.
struct Shared {
  std::unique_ptr<lexicon::Gazetteer> gazetteer;
  /// Every entry's info by id, made once and shared by the chapters that mention it.
  std::map<std::string, std::shared_ptr<const model::EntityInfo>, std::less<>> infos;
  read::Boilerplate boilerplate;
  std::string language = "en";
  std::uint64_t max_bytes = kDefaultMaxBytes;

  /// `lexicons` merged in order (an entry with the id of an earlier one replaces it) and
  /// compiled for matching, with the default language and limits.
  static Shared compile(std::span<const lexicon::Lexicon> lexicons);
};

/// Shared::compile of the built-in lexicons, made once per process (tests, benchmarks, fuzzers).
const Shared& builtin_shared();

/// ingest → normalise → tag for one file at a time. Holds per-thread state (ICU breakers,
/// fuzzy caches): one per worker thread.
class Pipeline {
 public:
  explicit Pipeline(const Shared& shared);

  /// Processes one file into a tagged chapter (mentions not yet numbered). Throws Error
  /// naming the file when it cannot be read or holds no notes; warnings go to `diags`.
  pack::Chapter process(const Input& input, Diagnostics& diags);

  /// ICU services for building packs on this thread.
  pack::BuildTools& pack_tools() { return pack_tools_; }

  /// The same for bytes already in memory (tests, fuzzing).
  pack::Chapter process_bytes(std::string_view bytes, const read::Format& format, const std::string& name,
                              const std::string& display, Diagnostics& diags);

 private:
  const Shared& shared_;
  normalise::LayoutTidy layout_;
  normalise::Spelling spelling_;
  tag::Tagger tagger_;
  pack::BuildTools pack_tools_;
};

/// "power-struggle" → "Power struggle": a title for notes that have none.
std::string title_from_name(const std::string& stem);

/// The entities a document mentions, and their index parents, as the pack needs them.
std::vector<std::shared_ptr<const model::EntityInfo>> referenced_entities(const model::Document& doc,
                                                                          const Shared& shared);

}  // namespace np::batch
