#pragma once

/// The only module that includes ICU. Everything here takes and returns UTF-8.
/// Objects holding ICU services (breakers, collators) are not thread-safe: one per thread.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace np::unicode {

struct CharsetGuess {
  std::string name;    ///< ICU converter name, e.g. "windows-1252"
  int confidence = 0;  ///< 0-100
};

/// ICU's statistical guesses for `bytes`, best first. Throws Error(Unicode) on ICU failure.
std::vector<CharsetGuess> detect_charsets(std::string_view bytes);

/// Converts `bytes` from `charset` to UTF-8, stopping at the first byte sequence that is
/// illegal or unassigned in that charset. Throws Error(Decode) naming the byte offset.
std::string convert_to_utf8(std::string_view bytes, const std::string& charset);

/// True if the UTF-8 text is already in NFC (fast for ASCII).
bool is_nfc(std::string_view text);
/// NFC normalisation of UTF-8 text.
std::string to_nfc(std::string_view text);
/// Full Unicode case folding (for matching keys), NFC in, NFC out.
std::string fold_case(std::string_view text);
/// Lower-cases (root locale).
std::string to_lower(std::string_view text);
/// Removes combining marks after canonical decomposition ("Kérensky" → "Kerensky").
std::string strip_marks(std::string_view text);
/// The general category is a letter (L*).
bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
char32_t to_upper(char32_t c);
/// A character that XML 1.0 can hold and that is not a C0/C1 control other than tab/newline.
bool is_printable(char32_t c);

/// Canonical BCP 47 tag for `tag` ("en_GB" → "en-GB"), or "" if ICU cannot read it.
std::string canonical_language_tag(std::string_view tag);

enum class TokenKind : std::uint8_t { Word, Number, Other };

/// A token found by word breaking: byte offsets into the text.
struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Other;
};

/// Word and sentence boundaries (UAX #29) over UTF-8 text, in byte offsets.
class TextBreaker {
 public:
  TextBreaker();
  ~TextBreaker();
  TextBreaker(TextBreaker&&) noexcept;
  TextBreaker& operator=(TextBreaker&&) noexcept;

  /// Words and numbers of `text` (spaces and punctuation are skipped), in order. Text of
  /// common characters takes a fast path with the same result (fast_words).
  void words(std::string_view text, std::vector<Token>& out);
  /// The same, always through ICU (the reference the fast path is tested against).
  void icu_words(std::string_view text, std::vector<Token>& out);
  /// Sentence ranges of `text`, covering it without gaps.
  void sentences(std::string_view text, std::vector<Token>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Sorting and grouping for an index in a given language (ICU collation and
/// AlphabeticIndex buckets).
class IndexCollator {
 public:
  explicit IndexCollator(const std::string& language);
  ~IndexCollator();
  IndexCollator(const IndexCollator&) = delete;
  IndexCollator& operator=(const IndexCollator&) = delete;

  /// A byte string whose memcmp order is the collation order.
  std::string sort_key(std::string_view text) const;
  /// The letter heading `text` files under ("S" for "Stalin", "Ö" groups as the language
  /// says); "#" for entries that start with no letter.
  std::string bucket(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace np::unicode
