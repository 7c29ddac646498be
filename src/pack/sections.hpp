#pragma once

#include <vector>

#include "model/document.hpp"
#include "pack/pack.hpp"

namespace np::pack {

/// The headings of a document in reading order, numbered by depth: "1", "1.1", "1.1.1", "2".
/// A heading deeper than the one before by more than one level is numbered one level down.
std::vector<Section> number_sections(const model::Document& doc);

}  // namespace np::pack
