#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"

namespace np::model {

/// Checks the model's invariants (spans inside text, on code-point boundaries, sorted;
/// segments sorted and inside text; valid UTF-8; unique block ids when numbered).
/// Returns one message per violation; empty means valid. Used by tests and debug builds.
std::vector<std::string> check(const Document& doc);
std::vector<std::string> check(const TextBlock& block);

}  // namespace np::model
