#pragma once

// The all-characters-accounted-for check for readers (issue 2): every byte of the decoded
// source is either copied into the document (a source segment of a text block) or listed
// as a removal in the review, exactly once.

#include <string>
#include <vector>

#include "read/boilerplate.hpp"
#include "read/reader.hpp"

namespace np::test {

/// Problems with the accounting of `result`, one message each; empty when every byte of
/// `result.source.text()` is covered exactly once by either a source segment of a text block
/// of `result.doc` or a removal of `result.review.removals`, and:
/// - each segment's bytes equal the source bytes it claims;
/// - Whitespace removals hold only whitespace, other removals are Marker, Markup or
///   Boilerplate and carry their removed text;
/// - each run of Boilerplate removals (separated only by whitespace or markup) is a line of
///   the boilerplate list;
/// - removals are sorted, positioned (`where`) and the document passes model::check.
std::vector<std::string> accounting_problems(const read::Result& result, const read::Boilerplate& boilerplate);

/// True for the characters the readers may remove as whitespace (ASCII spaces and line ends,
/// NO-BREAK SPACE, NEL, LINE/PARAGRAPH SEPARATOR, IDEOGRAPHIC SPACE).
bool is_whitespace_only(std::string_view bytes);

}  // namespace np::test
