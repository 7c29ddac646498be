#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_pos.hpp"

namespace np::read {

/// The decoded text of an input file (UTF-8, NFC, byte-order mark removed, original line
/// ends kept) with a line table, so byte offsets can be reported as line:column. Lines end
/// where split_lines ends them: at LF, CRLF, CR, NEL, U+2028 and U+2029.
class Source {
 public:
  Source() = default;
  explicit Source(std::string text);

  std::string_view text() const noexcept { return text_; }
  /// 1-based line and column (in code points) of byte `offset`.
  SourcePos position(std::uint32_t offset) const noexcept;

 private:
  static constexpr std::uint32_t kStride = 4096;

  std::string text_;
  std::vector<std::uint32_t> line_starts_{0};  ///< never empty, so an empty Source has line 1
  /// For each kStride-byte block: code points from its line's start to the block's start, so
  /// columns on very long lines cost at most one block's scan.
  std::vector<std::uint32_t> block_columns_;
};

}  // namespace np::read
