#pragma once

/// word/numbering.xml: one w:abstractNum and one w:num per list instance, so every list
/// restarts its numbering, nested lists included (pandoc #9994, #6663).

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace np::write::docx {

/// Indentation of list level `level` (0-8): left edge of the text, in twips.
int list_indent(int level) noexcept;
/// Hanging indent of a list paragraph (room for the bullet or number), in twips.
inline constexpr int kListHanging = 360;

/// The lists of one document, in the order they are added.
class Numbering {
 public:
  /// Registers a list instance shown at `level` (its nesting depth, 0-8) with `style`, whose
  /// first item has the number `start`; returns its w:numId (1, 2, ...).
  int add_list(model::ListStyle style, std::uint32_t start, int level);
  bool empty() const noexcept { return lists_.empty(); }
  /// The numbering part: every w:abstractNum first, then every w:num (wml.xsd order).
  std::string to_xml() const;

 private:
  struct Instance {
    model::ListStyle style;
    std::uint32_t start;
    int level;
  };
  std::vector<Instance> lists_;
};

/// 8 hex digits for w:nsid, derived from the list's number (deterministic, distinct).
std::string list_nsid(std::size_t index);

}  // namespace np::write::docx
