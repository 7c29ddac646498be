#pragma once

#include <cstddef>
#include <string_view>

namespace np::lexicon {

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions) between two
/// UTF-8 strings, counted in code points. Stops early and returns `limit + 1` once the
/// distance is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit = 64);

}  // namespace np::lexicon
