#include "read/decode.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

#include "base/error.hpp"
#include "base/utf8.hpp"
#include "unicode/icu.hpp"

namespace np::read {
namespace {

struct Magic {
  std::string_view bytes;
  const char* what;
};

/// Signatures of files people drop into a notes folder by mistake.
constexpr std::array kMagic{
    Magic{"\x89PNG", "a PNG image"},
    Magic{"\xFF\xD8\xFF", "a JPEG image"},
    Magic{"GIF8", "a GIF image"},
    Magic{"%PDF-", "a PDF document"},
    Magic{"PK\x03\x04", "a ZIP archive (or a .docx/.epub/.odt)"},
    Magic{"\x7F"
          "ELF",
          "an executable"},
    Magic{"MZ", "an executable"},
    Magic{"\x1F\x8B", "a gzip archive"},
    Magic{"BZh", "a bzip2 archive"},
    Magic{"\xFD"
          "7zXZ",
          "an xz archive"},
    Magic{"7z\xBC\xAF", "a 7-Zip archive"},
    Magic{"Rar!", "a RAR archive"},
    Magic{"\xD0\xCF\x11\xE0", "an old Office document"},
    Magic{"{\\rtf", "an RTF document"},
    Magic{std::string_view("\0asm", 4), "a WebAssembly module"},
};

[[noreturn]] void refuse(const std::string& why) { throw Error(ErrorKind::Decode, why); }

void check_magic(std::string_view bytes) {
  for (const Magic& m : kMagic) {
    // "MZ" alone is too short to trust for text ("MZ" could start a note); require a NUL too.
    if (m.bytes == "MZ" && bytes.find('\0') == std::string_view::npos) continue;
    if (bytes.starts_with(m.bytes)) refuse(std::string("this is ") + m.what + ", not a notes file");
  }
}

/// UTF-16 without a byte-order mark shows as zero bytes in every other position.
std::string guess_utf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t{1};
  if (n < 4) return {};
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    zero_even += bytes[i] == '\0';
    zero_odd += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  if (zero_odd * 10 >= pairs * 4 && zero_even * 20 < pairs) return "UTF-16LE";
  if (zero_even * 10 >= pairs * 4 && zero_odd * 20 < pairs) return "UTF-16BE";
  return {};
}

/// True if the bytes contain at least one well-formed multi-byte UTF-8 sequence.
bool has_utf8_sequences(std::string_view bytes) {
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0xC2 || c > 0xF4) continue;
    const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + len <= bytes.size() && !utf8::find_invalid(bytes.substr(i, len))) return true;
  }
  return false;
}

/// Where the code point at `text_offset` of the converted `text` starts in the file, for
/// messages. Exact for UTF-8, UTF-16, UTF-32 and single-byte charsets; nullopt for multi-byte
/// legacy charsets (Shift_JIS, GB18030...), where only the character count is known.
std::optional<std::size_t> file_offset(std::string_view text, std::size_t text_offset, const std::string& encoding,
                                       std::size_t bom_size) {
  if (encoding == "UTF-8") return bom_size + text_offset;
  std::size_t units = 0, code_points = 0;
  for (std::size_t i = 0; i < text_offset;) {
    units += utf8::next(text, i) >= 0x10000 ? 2 : 1;
    ++code_points;
  }
  if (encoding.starts_with("UTF-16")) return bom_size + 2 * units;
  if (encoding.starts_with("UTF-32")) return bom_size + 4 * code_points;
  const bool single_byte = encoding.starts_with("ISO-8859-") || encoding.starts_with("windows-") ||
                           encoding.starts_with("KOI8-") || encoding.starts_with("IBM42");
  if (single_byte) return code_points;
  return std::nullopt;
}

/// Text files hold few control characters; binary files many. `bom_size`: bytes of the file
/// before `text` begins, so that positions in messages are positions in the file.
void check_controls(std::string_view text, const std::string& encoding, std::size_t bom_size) {
  std::size_t controls = 0, first = std::string_view::npos;
  char32_t first_char = 0;
  const std::size_t n = std::min<std::size_t>(text.size(), 1 << 20);
  for (std::size_t i = 0; i < n;) {
    const std::size_t at = i;
    const char32_t c = utf8::next(text, i);
    const bool control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A) ||
                         c == 0x7F || (c >= 0x80 && c < 0xA0 && c != 0x85);
    if (!control) continue;
    if (first == std::string_view::npos) {
      first = at;
      first_char = c;
    }
    ++controls;
  }
  if (controls == 0) return;
  // C1 controls after a legacy conversion mean the charset guess was wrong. Otherwise a few
  // stray controls are tolerated in any file, however short (the readers drop and record
  // them); many, or a high share of the text, mean binary data.
  const bool legacy = encoding != "UTF-8" && !encoding.starts_with("UTF-");
  constexpr std::size_t kStrayControls = 4;
  if (legacy || controls > 16 || (controls > kStrayControls && controls * 200 > n)) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(first_char));
    const std::optional<std::size_t> at = file_offset(text, first, encoding, bom_size);
    std::string where;
    if (at) {
      where = " at byte " + std::to_string(*at);
    } else {
      std::size_t count = 0;
      for (std::size_t i = 0; i < first; utf8::next(text, i)) ++count;
      where = " at character " + std::to_string(count);
    }
    refuse("binary data, not text: control character " + std::string(code) + where +
           (legacy ? " (as " + encoding + ")" : ""));
  }
}

Decoded finish(std::string text, std::string encoding, bool bom, std::size_t bom_size = 0) {
  check_controls(text, encoding, bom_size);
  Decoded out;
  out.encoding = std::move(encoding);
  out.byte_order_mark = bom;
  if (unicode::is_nfc(text)) {
    out.text = std::move(text);
  } else {
    out.text = unicode::to_nfc(text);
    out.nfc_changed = true;
  }
  return out;
}

Decoded decode_with_bom(std::string_view bytes) {
  struct Bom {
    std::string_view mark;
    const char* charset;
  };
  // UTF-32LE's mark starts with UTF-16LE's: test the longer one first.
  static constexpr std::array kBoms{Bom{"\xEF\xBB\xBF", "UTF-8"}, Bom{std::string_view("\xFF\xFE\0\0", 4), "UTF-32LE"},
                                    Bom{std::string_view("\0\0\xFE\xFF", 4), "UTF-32BE"}, Bom{"\xFF\xFE", "UTF-16LE"},
                                    Bom{"\xFE\xFF", "UTF-16BE"}};
  for (const Bom& bom : kBoms) {
    if (!bytes.starts_with(bom.mark)) continue;
    const std::string_view rest = bytes.substr(bom.mark.size());
    if (std::string_view(bom.charset) == "UTF-8") {
      if (auto bad = utf8::find_invalid(rest))
        refuse("invalid UTF-8 at byte " + std::to_string(*bad + bom.mark.size()));
      // As without a mark: a NUL byte in UTF-8 means binary data, however few there are.
      if (const std::size_t nul = rest.find('\0'); nul != std::string_view::npos)
        refuse("binary data, not text: NUL byte at byte " + std::to_string(nul + bom.mark.size()));
      return finish(std::string(rest), "UTF-8", true, bom.mark.size());
    }
    // Convert with the mark, so that ICU's byte offsets in errors are offsets in the file;
    // the explicit-endian converters pass the mark through as U+FEFF, removed here.
    std::string text;
    try {
      text = unicode::convert_to_utf8(bytes, bom.charset);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Decode) throw;
      refuse(e.message() + " (after a " + bom.charset + " byte-order mark)");
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return finish(std::move(text), bom.charset, true, bom.mark.size());
  }
  return {};
}

}  // namespace

Decoded decode(std::string_view bytes) {
  if (bytes.empty()) return Decoded{"", "UTF-8", false, false};
  if (bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
      bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
    return decode_with_bom(bytes);
  check_magic(bytes);

  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    const std::string utf16 = guess_utf16(bytes);
    if (utf16.empty()) refuse("binary data, not text: NUL byte at byte " + std::to_string(nul));
    return finish(unicode::convert_to_utf8(bytes, utf16), utf16, false);
  }

  const auto invalid = utf8::find_invalid(bytes);
  if (!invalid) return finish(std::string(bytes), "UTF-8", false);
  // A file with real UTF-8 sequences and a bad byte is damaged UTF-8: decoding it as a legacy
  // charset would turn every accented letter into mojibake.
  if (has_utf8_sequences(bytes)) refuse("invalid UTF-8 at byte " + std::to_string(*invalid));

  // Try ICU's guesses in order; report the best one's failure if none fits.
  std::string first_failure;
  for (const unicode::CharsetGuess& guess : unicode::detect_charsets(bytes)) {
    if (guess.name.starts_with("UTF-") || guess.confidence < 10) continue;
    try {
      return finish(unicode::convert_to_utf8(bytes, guess.name), guess.name, false);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Decode) throw;
      if (first_failure.empty()) first_failure = e.message();
    }
  }
  if (!first_failure.empty())
    refuse("not UTF-8 (invalid byte at " + std::to_string(*invalid) + ") and " + first_failure);
  refuse("invalid UTF-8 at byte " + std::to_string(*invalid) + ", and no other encoding fits");
}

}  // namespace np::read
