#pragma once

#include <string_view>
#include <vector>

#include "unicode/icu.hpp"

namespace np::unicode {

/// The words and numbers of `text`, exactly as ICU's word break iterator (UAX #29, root
/// locale) finds them, an order of magnitude faster — for text made of ASCII, Latin letters
/// (U+00C0-U+024F), curly quotes, dashes, bullets and other common punctuation. Returns false,
/// with `out` unchanged, when `text` holds anything else (the caller then asks ICU).
bool fast_words(std::string_view text, std::vector<Token>& out);

}  // namespace np::unicode
