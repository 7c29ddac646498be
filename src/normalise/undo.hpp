#pragma once

#include <span>

#include "model/document.hpp"
#include "model/review.hpp"

namespace np::normalise {

/// Undoes `changes` (as recorded by the normalisers, in order) on `doc`: applies them in
/// reverse, replacing each replacement by its original. Afterwards the document's text is the
/// text as read. Returns false, leaving later changes undone, if a change does not match the
/// text (the document was edited since).
bool undo(model::Document& doc, std::span<const model::Change> changes);

}  // namespace np::normalise
