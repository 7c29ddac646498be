#include "read/source.hpp"

#include <algorithm>

namespace np::read {

namespace {

bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

Source::Source(std::string text) : text_(std::move(text)) {
  std::uint32_t column = 0;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (i % kStride == 0) block_columns_.push_back(column);
    const char c = text_[i];
    if (is_lead(c)) ++column;
    // The same line ends as split_lines: LF, CR, CRLF, NEL (C2 85), U+2028 and U+2029
    // (E2 80 A8/A9); a position after one of them is on the next line.
    const bool line_end = c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n')) ||
                          (c == '\x85' && i >= 1 && text_[i - 1] == '\xC2') ||
                          ((c == '\xA8' || c == '\xA9') && i >= 2 && text_[i - 1] == '\x80' && text_[i - 2] == '\xE2');
    if (line_end) {
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
      column = 0;
    }
  }
}

SourcePos Source::position(std::uint32_t offset) const noexcept {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::uint32_t start = line_starts_[line - 1];
  std::uint32_t column = 1;
  const std::uint32_t block = offset / kStride;
  if (block * kStride > start) {  // the line began before this block: start from its checkpoint
    start = block * kStride;
    column += block_columns_[block];
  }
  for (std::uint32_t i = start; i < offset; ++i) column += is_lead(text_[i]);
  return {static_cast<std::uint32_t>(line), column};
}

}  // namespace np::read
