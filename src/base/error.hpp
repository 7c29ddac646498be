#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "base/source_pos.hpp"

namespace np {

enum class ErrorKind { Io, Decode, Parse, Lexicon, Xml, Zip, Unicode, Limit, Usage };

/// A failure that abandons the current file (or, for a lexicon, the current run).
/// Thrown by any stage; caught once per file by the batch driver.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message, std::filesystem::path file = {},
        std::optional<SourcePos> where = {});

  ErrorKind kind() const noexcept { return kind_; }
  const std::filesystem::path& file() const noexcept { return file_; }
  const std::optional<SourcePos>& where() const noexcept { return where_; }
  /// The bare message, without file or position.
  const std::string& message() const noexcept { return message_; }

  /// Returns a copy that names `file` (if none was set yet), for errors raised below the
  /// layer that knows which file is being processed.
  [[nodiscard]] Error in_file(const std::filesystem::path& file) const;

 private:
  ErrorKind kind_;
  std::string message_;
  std::filesystem::path file_;
  std::optional<SourcePos> where_;
};

/// `file:line:col: message` (ninja/gcc style); parts that are unknown are left out.
std::string format_location(const std::filesystem::path& file, const std::optional<SourcePos>& where,
                            const std::string& message);

}  // namespace np
