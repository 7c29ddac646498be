// The whole pipeline, to both writers: the first byte picks text or Markdown; any input is
// either refused with an Error or becomes a valid model, a DOCX and an EPUB that read back
// as ZIP archives.
#include <cstdint>
#include <cstdlib>

#include "base/error.hpp"
#include "batch/pipeline.hpp"
#include "model/check.hpp"
#include "write/writer.hpp"
#include "zip/archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static np::batch::Pipeline pipeline(np::batch::builtin_shared());
  const auto& format = np::read::formats()[data[0] % 2];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    np::Diagnostics diags;
    np::pack::Chapter chapter = pipeline.process_bytes(bytes, format, "fuzz", "fuzz", diags);
    if (!np::model::check(chapter.doc).empty()) std::abort();
    const std::string title = chapter.title;
    std::vector<np::pack::Chapter> one;
    one.push_back(std::move(chapter));
    const np::pack::Pack pack = np::pack::build(std::move(one), title, "en", false);
    for (const char* name : {"docx", "epub"}) {
      const std::string archive = np::write::render(*np::write::find_format(name), pack, {});
      if (np::zip::read_entries(archive).empty()) std::abort();
    }
    (void)np::write::write_json(pack, {});
    (void)np::write::write_report(pack, {});
  } catch (const np::Error&) {
  }
  return 0;
}
