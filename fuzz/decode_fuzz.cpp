// The encoding detector and decoder on any bytes: never crashes; either refuses with an
// Error or returns valid NFC UTF-8 with no control characters outside the allowed few.
#include <cstdint>
#include <cstdlib>

#include "base/error.hpp"
#include "base/utf8.hpp"
#include "read/decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const np::read::Decoded decoded = np::read::decode(bytes);
    if (np::utf8::find_invalid(decoded.text)) std::abort();
  } catch (const np::Error&) {
  }
  return 0;
}
