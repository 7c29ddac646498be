#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace np::read {

/// Text decoded from the bytes of an input file.
struct Decoded {
  std::string text;      ///< UTF-8, NFC, without a byte-order mark; line ends untouched
  std::string encoding;  ///< "UTF-8", "UTF-16LE", "windows-1252", ...
  bool byte_order_mark = false;
  bool nfc_changed = false;  ///< NFC normalisation changed the text
};

/// Decodes an input file: a byte-order mark decides; otherwise strict UTF-8 validation;
/// otherwise UTF-16 without a mark (by its zero bytes); otherwise ICU charset detection and
/// conversion that stops at the first invalid sequence. Files that are not text (images,
/// archives, executables, NUL bytes, control characters) are refused. Throws
/// Error(Decode) with a one-line reason and a byte offset where there is one; the caller
/// adds the file name.
Decoded decode(std::string_view bytes);

}  // namespace np::read
