#pragma once

#include <vector>

#include "lexicon/gazetteer.hpp"
#include "model/document.hpp"
#include "unicode/icu.hpp"

namespace np::lexicon {

/// The words of one text block and the lexicon forms found among them.
struct Found {
  std::vector<unicode::Token> tokens;
  std::vector<Hit> hits;
};

/// The words and forms of every text block of `doc`, in model::for_each_text order. Code
/// blocks get none; words inside inline code or a web address are left out
/// (model::verbatim_ranges), so they are neither corrected nor tagged. `all_hits` receives
/// every hit, for Gazetteer::relevant_origins.
std::vector<Found> find_forms(const model::Document& doc, unicode::TextBreaker& breaker, const Gazetteer& gazetteer,
                              std::vector<Hit>& all_hits);

}  // namespace np::lexicon
