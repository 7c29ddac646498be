#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace np::utf8 {

/// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence
/// (overlongs, surrogates and values above U+10FFFF are ill-formed), or nullopt.
std::optional<std::size_t> find_invalid(std::string_view bytes) noexcept;

/// Decodes the code point at `pos` and advances `pos` past it. The input must be valid UTF-8.
char32_t next(std::string_view text, std::size_t& pos) noexcept;

/// Decodes the code point that ends at `pos` and moves `pos` to its first byte.
char32_t previous(std::string_view text, std::size_t& pos) noexcept;

/// Appends the UTF-8 encoding of `c`.
void append(std::string& out, char32_t c);

/// True if `pos` is 0, the size, or the first byte of a sequence.
inline bool is_boundary(std::string_view text, std::size_t pos) noexcept {
  return pos == 0 || pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

/// Number of code points in valid UTF-8 text.
std::size_t length(std::string_view text) noexcept;

/// True for ASCII letters and for any non-ASCII code point (treated as letter-like).
inline bool is_ascii_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
inline char ascii_lower(char c) noexcept { return is_ascii_upper(c) ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) noexcept { return is_ascii_lower(c) ? static_cast<char>(c - 32) : c; }
inline bool is_ascii(std::string_view s) noexcept {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace np::utf8
