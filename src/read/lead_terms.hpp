#pragma once

#include "model/document.hpp"

namespace np::read {

/// Marks the lead term of "Term – explanation" list items as Strong: notes often write a
/// list of people or terms as "Stalin- He was...", "NEP: a retreat...". The term must be
/// short (at most five words) and free of sentence punctuation. Text is not changed.
void mark_lead_terms(model::Document& doc);

}  // namespace np::read
