// The Markdown reader: any decodable input yields a valid model that accounts for every byte.
#include <cstdint>
#include <cstdlib>

#include "base/error.hpp"
#include "fuzz/accounting.hpp"
#include "read/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const np::read::Boilerplate boilerplate;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const np::read::Result result = np::read::read(bytes, np::read::formats()[1], boilerplate);
    np::fuzz::require_accounted(result);
  } catch (const np::Error&) {
  }
  return 0;
}
