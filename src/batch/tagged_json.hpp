#pragma once

#include <string_view>
#include <vector>

#include "pack/pack.hpp"

namespace np::batch {

/// Reads the chapters back from notepress JSON (docs/json-format.md): the document with its
/// spans, the review and the entities. Everything writers use round-trips exactly; source
/// maps (text-to-input offsets) and whitespace removal records are not in the JSON.
/// Throws Error(Parse) naming the JSON path of the first problem.
std::vector<pack::Chapter> read_chapters(std::string_view json);

}  // namespace np::batch
