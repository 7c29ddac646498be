#pragma once

#include <cstdint>

namespace np {

/// A position in a source file: 1-based line and column, the column counted in code points.
/// Line 0 means "unknown".
struct SourcePos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

}  // namespace np
