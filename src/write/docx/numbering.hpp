#pragma once

/// word/numbering.xml: one w:num per list instance, so every list restarts its numbering,
/// nested lists included (pandoc #9994, #6663). Instances share a w:abstractNum per (style,
/// level, start); an ordered list's w:num restarts its level with w:lvlOverride/w:startOverride,
/// as Word's own "Restart numbering" does.

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
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
  [[nodiscard]] int add_list(model::ListStyle style, std::uint32_t start, int level);
  bool empty() const noexcept { return lists_.empty(); }
  /// The numbering part: every w:abstractNum first, then every w:num (wml.xsd order).
  std::string to_xml() const;

 private:
  struct Abstract {
    model::ListStyle style;
    std::uint32_t start;
    int level;
  };
  struct Instance {
    std::size_t abstract;
    bool restart;  ///< ordered: restart the list's level at its start
  };
  std::vector<Abstract> abstracts_;
  std::map<std::tuple<model::ListStyle, std::uint32_t, int>, std::size_t> abstract_ids_;
  std::vector<Instance> lists_;
};

/// 8 hex digits for w:nsid, derived from the list's number (deterministic, distinct).
std::string list_nsid(std::size_t index);

}  // namespace np::write::docx
