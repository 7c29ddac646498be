#pragma once

/// Where an output's bytes go as they are made: a string (tests, in memory) or a file being
/// written atomically (file_io::AtomicFile). A writer that streams (JSON) never holds its whole
/// output; the others hand over their bytes once.

#include <string>
#include <string_view>

namespace np {

class Sink {
 public:
  virtual ~Sink() = default;
  /// Appends `bytes`. Throws Error(Io) if they cannot be written.
  virtual void write(std::string_view bytes) = 0;
};

/// Appends to a string.
class StringSink final : public Sink {
 public:
  explicit StringSink(std::string& out) noexcept : out_(out) {}
  void write(std::string_view bytes) override { out_.append(bytes); }

 private:
  std::string& out_;
};

}  // namespace np
