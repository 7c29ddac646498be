#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/sink.hpp"

namespace np {

/// Streaming JSON writer: the document goes to a sink a block at a time as it is written, so a
/// large one is never held whole (nor copied as a growing string is). Keys come out in the
/// order they are written, so callers fix the schema's key order. Output is indented with two
/// spaces unless `compact`.
/// Strings must be valid UTF-8; control characters are escaped as \u00XX.
/// Misuse (a value where a key is expected, unbalanced ends) is a programming error (assert).
class JsonWriter {
 public:
  explicit JsonWriter(Sink& sink, bool compact = false) : sink_(sink), compact_(compact) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// `name` is one of the schema's own names, never data: it is written unescaped and must be
  /// printable ASCII without quotes or backslashes (asserted in debug builds).
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(std::uint64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(unsigned number) { return value(static_cast<std::uint64_t>(number)); }
  JsonWriter& value(double number);
  JsonWriter& value(bool flag);
  JsonWriter& null();

  /// Shorthands for `key(k).value(v)`.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  /// Writes the final newline and what is still buffered to the sink; call after the
  /// outermost end.
  void finish();

  static void escape(std::string& out, std::string_view text);

 private:
  void before_value();
  void newline();

  struct Level {
    bool is_object;
    bool empty = true;
  };
  std::string out_;  // what is not yet handed to sink_
  Sink& sink_;
  std::vector<Level> stack_;
  bool compact_;
  bool after_key_ = false;
};

}  // namespace np
