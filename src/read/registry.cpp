#include <algorithm>
#include <array>

#include "base/utf8.hpp"
#include "read/reader.hpp"

namespace np::read {
namespace {

constexpr std::array<std::string_view, 3> kTextExtensions{".txt", ".text", ""};
constexpr std::array<std::string_view, 3> kMarkdownExtensions{".md", ".markdown", ".mdown"};

constexpr std::array kFormats{
    Format{"text", kTextExtensions, &read_text},
    Format{"markdown", kMarkdownExtensions, &read_markdown},
};

}  // namespace

std::span<const Format> formats() noexcept { return kFormats; }

const Format* find_format(std::string_view name) noexcept {
  for (const Format& format : kFormats)
    if (format.name == name) return &format;
  return nullptr;
}

const Format* format_for(const std::filesystem::path& file, bool explicit_file) noexcept {
  std::string extension = file.extension().string();
  for (char& c : extension) c = utf8::ascii_lower(c);
  // "notes.2024" has the extension ".2024" by std::filesystem's rules but is a text file
  // named with a date: treat all-digit extensions as none.
  if (extension.size() > 1 &&
      std::all_of(extension.begin() + 1, extension.end(), [](char c) { return utf8::is_ascii_digit(c); }))
    extension.clear();
  for (const Format& format : kFormats)
    for (std::string_view e : format.extensions)
      if (e == extension) return &format;
  return explicit_file ? &kFormats.front() : nullptr;
}

Result read(std::string_view bytes, const Format& format, const Boilerplate& boilerplate) {
  return format.read(decode(bytes), boilerplate);
}

}  // namespace np::read
