#include "base/json_writer.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>

namespace np {

namespace {

/// True for bytes that JSON strings can hold as they are.
bool plain_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x20 && c != '"' && c != '\\' && u != 0x7F && u != 0xE2;
}

}  // namespace

void JsonWriter::escape(std::string& out, std::string_view text) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < text.size()) {
    // Copy runs of plain bytes at once; most text is one run.
    std::size_t run = i;
    while (run < text.size() && plain_byte(text[run])) ++run;
    out.append(text.data() + i, run - i);
    i = run;
    if (i >= text.size()) break;
    const char c = text[i];
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
          out += buffer;
        } else if (i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
          // U+2028/U+2029 are valid JSON but break JavaScript consumers.
          out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out.push_back(c);  // another character starting with 0xE2 (dashes, quotes)
        }
    }
    ++i;
  }
  out.push_back('"');
}

void JsonWriter::newline() {
  if (compact_) return;
  out_.push_back('\n');
  out_.append(stack_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  // Hand a full block to the sink; values are small, so the buffer seldom outgrows the block.
  constexpr std::size_t kBlock = 256 * 1024;
  if (out_.size() >= kBlock) {
    sink_.write(out_);
    out_.clear();
  }
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  assert(!stack_.back().is_object && "a value in an object needs a key first");
  if (!stack_.back().empty) out_.push_back(',');
  stack_.back().empty = false;
  newline();
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!stack_.empty() && stack_.back().is_object && !after_key_);
  if (!stack_.back().empty) out_.push_back(',');
  stack_.back().empty = false;
  newline();
  // Keys are the schema's own ASCII names: nothing to escape.
  assert(std::all_of(name.begin(), name.end(), [](char c) { return c >= 0x20 && c != '"' && c != '\\'; }));
  out_.push_back('"');
  out_.append(name);
  out_ += compact_ ? "\":" : "\": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  stack_.push_back({true});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  assert(!stack_.empty() && stack_.back().is_object && !after_key_);
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_.push_back('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  stack_.push_back({false});
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  assert(!stack_.empty() && !stack_.back().is_object);
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_.push_back(']');
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  escape(out_, text);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  before_value();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
  before_value();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  before_value();
  if (!std::isfinite(number)) {
    out_ += "null";
  } else {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", number);
    out_ += buffer;
  }
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

void JsonWriter::finish() {
  assert(stack_.empty());
  out_.push_back('\n');  // a text file ends with a line end
  sink_.write(out_);
  out_.clear();
}

}  // namespace np
