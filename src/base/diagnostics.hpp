#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source_pos.hpp"

namespace np {

enum class Severity { Note, Warning };

/// Something a stage wants the user to know about a file that was still finished:
/// a guess, a skip, a limit. Failures that abandon the file are `Error`s instead.
struct Diagnostic {
  Severity severity = Severity::Warning;
  std::string message;
  std::optional<SourcePos> where;
};

/// Per-file sink for diagnostics. Not thread-safe: each file owns one.
class Diagnostics {
 public:
  void warn(std::string message, std::optional<SourcePos> where = {}) {
    items_.push_back({Severity::Warning, std::move(message), where});
  }
  void note(std::string message, std::optional<SourcePos> where = {}) {
    items_.push_back({Severity::Note, std::move(message), where});
  }
  const std::vector<Diagnostic>& items() const noexcept { return items_; }
  bool empty() const noexcept { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace np
