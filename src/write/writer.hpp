#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "base/sink.hpp"
#include "pack/pack.hpp"

namespace np::write {

struct Options {
  /// Seconds since the Unix epoch for every timestamp an output holds (document dates, ZIP
  /// entry times): SOURCE_DATE_EPOCH when set, else 1980-01-01, so outputs are reproducible.
  std::int64_t timestamp = 315532800;
  /// DOCX: ask Word to update fields on open (it shows a prompt). Off by default.
  bool update_fields = false;
};

/// A writer renders a whole pack to the bytes of one output file, handed to `out` (a file being
/// written atomically, or a string). Writers are pure: they see the pack through const&, hold
/// no global state and never touch the file system themselves. Throws Error (Xml, Zip) if the
/// output cannot be built, and what `out` throws.
using WriteFn = void (*)(const pack::Pack& pack, const Options& options, Sink& out);

/// One output format: one row of the registry.
struct Format {
  std::string_view name;         ///< "docx", as --format takes it
  std::string_view extension;    ///< appended to the output stem: ".docx", ".report.md"
  std::string_view description;  ///< for --help
  WriteFn write;
};

/// Every output format, in the order outputs are written.
std::span<const Format> formats() noexcept;
/// The format called `name`, or nullptr.
const Format* find_format(std::string_view name) noexcept;
/// `format`'s output for `pack`, in memory.
std::string render(const Format& format, const pack::Pack& pack, const Options& options);

/// The writers, each as a string (the archives are built whole in memory anyway)...
std::string write_docx(const pack::Pack& pack, const Options& options);
std::string write_epub(const pack::Pack& pack, const Options& options);
std::string write_json(const pack::Pack& pack, const Options& options);
std::string write_report(const pack::Pack& pack, const Options& options);
/// ... and JSON as a stream: the largest output (~15 bytes per byte of notes) is never held.
void write_json(const pack::Pack& pack, const Options& options, Sink& out);

}  // namespace np::write
