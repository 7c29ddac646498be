#include <array>

#include "write/writer.hpp"

namespace np::write {
namespace {

// The only list of output formats: --format, --help and the batch driver read it.
constexpr std::array kFormats{
    Format{"docx", ".docx", "Word revision pack", &write_docx},
    Format{"epub", ".epub", "EPUB 3 e-book", &write_epub},
    Format{"json", ".json", "tagged document, changes and pack (docs/json-format.md)", &write_json},
    Format{"report", ".report.md", "review report of changes, suggestions and findings", &write_report},
};

}  // namespace

std::span<const Format> formats() noexcept { return kFormats; }

const Format* find_format(std::string_view name) noexcept {
  for (const Format& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace np::write
