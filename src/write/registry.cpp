#include <array>

#include "write/writer.hpp"

namespace np::write {
namespace {

/// A writer that makes its output as one string, as a WriteFn.
template <std::string (*Render)(const pack::Pack&, const Options&)>
void whole(const pack::Pack& pack, const Options& options, Sink& out) {
  out.write(Render(pack, options));
}

void streamed_json(const pack::Pack& pack, const Options& options, Sink& out) { write_json(pack, options, out); }

// The only list of output formats: --format, --help and the batch driver read it.
constexpr std::array kFormats{
    Format{"docx", ".docx", "Word revision pack", &whole<&write_docx>},
    Format{"epub", ".epub", "EPUB 3 e-book", &whole<&write_epub>},
    Format{"json", ".json", "tagged document, changes and pack (docs/json-format.md)", &streamed_json},
    Format{"report", ".report.md", "review report of changes, suggestions and findings", &whole<&write_report>},
};

}  // namespace

std::span<const Format> formats() noexcept { return kFormats; }

const Format* find_format(std::string_view name) noexcept {
  for (const Format& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

std::string render(const Format& format, const pack::Pack& pack, const Options& options) {
  std::string bytes;
  StringSink sink(bytes);
  format.write(pack, options, sink);
  return bytes;
}

}  // namespace np::write
