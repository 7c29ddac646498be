#pragma once

// Shared test fixtures: the built-in lexicons compiled once, and helpers that run the real
// pipeline on text held in memory.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "batch/pipeline.hpp"
#include "pack/pack.hpp"

namespace np::test {

/// The repository root (NP_SOURCE_DIR).
std::filesystem::path source_dir();
/// ../shared next to the repository, or "" if it is not there (CI may not have it).
std::filesystem::path shared_dir();

/// Built-in lexicons, compiled once for all tests.
const batch::Shared& shared();

/// Runs ingest, normalise and tag on `bytes` read as `format` ("text" or "markdown").
pack::Chapter process(std::string_view bytes, std::string_view format = "text", const std::string& name = "notes");

/// Reads a file of the repository or of ../shared (whole).
std::string slurp(const std::filesystem::path& path);

/// The bytes of the entry `name` of a ZIP archive (a DOCX or an EPUB); "" if it has none.
std::string zip_entry(const std::string& archive, std::string_view name);

/// Every text of a document, title first, joined by "\n".
std::string all_text(const model::Document& doc);

/// The files of input/ (sorted).
std::vector<std::filesystem::path> input_files();

}  // namespace np::test
