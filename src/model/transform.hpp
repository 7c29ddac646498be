#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

#include "base/diagnostics.hpp"
#include "model/document.hpp"
#include "model/review.hpp"

namespace np::model {

/// What a transform may use and report besides the document itself.
struct FileContext {
  /// Maps a byte offset of the decoded source to a line:column.
  std::function<SourcePos(std::uint32_t)> position;
  Review& review;
  Diagnostics& diags;
};

/// Edits a document in place. Normalisers change text, only through TextBlock::replace, and
/// record every change in the review; taggers add spans and never change text. A transform
/// may hold per-thread state (ICU breakers): the batch driver builds one pipeline per worker.
class Transform {
 public:
  virtual ~Transform() = default;
  virtual std::string_view name() const = 0;
  virtual void apply(Document& doc, FileContext& context) = 0;
};

}  // namespace np::model
