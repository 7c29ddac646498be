#pragma once

// A readable outline of a document's block tree, for asserting structure in one comparison.

#include <string>

#include "model/document.hpp"

namespace np::test {

/// One line per block, two spaces of indentation per level of nesting:
///   title: Lenin to Stalin          (only when the title is not empty)
///   h1: Why did Stalin win?
///   p: Lenin never named a successor.
///   list bullet 1                   (style name and start)
///     item
///       p: first item
///   quote
///     p: quoted
///   code cpp: int main() {}
std::string outline(const model::Document& doc);

}  // namespace np::test
