#include "base/error.hpp"

namespace np {

std::string format_location(const std::filesystem::path& file, const std::optional<SourcePos>& where,
                            const std::string& message) {
  std::string out;
  if (!file.empty()) out += file.string() + ":";
  if (where && where->line > 0) {
    out += std::to_string(where->line) + ":";
    if (where->column > 0) out += std::to_string(where->column) + ":";
  }
  if (!out.empty()) out += " ";
  out += message;
  return out;
}

Error::Error(ErrorKind kind, const std::string& message, std::filesystem::path file, std::optional<SourcePos> where)
    : std::runtime_error(format_location(file, where, message)),
      kind_(kind),
      message_(message),
      file_(std::move(file)),
      where_(where) {}

Error Error::in_file(const std::filesystem::path& file) const {
  if (!file_.empty()) return *this;
  return Error(kind_, message_, file, where_);
}

}  // namespace np
