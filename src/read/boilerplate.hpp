#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

namespace np::read {

/// The curated list of web boilerplate lines (src/resources/boilerplate.txt).
class Boilerplate {
 public:
  /// Loads the built-in list.
  Boilerplate();
  /// True if the whole line is boilerplate: a line of the list ("No comments have yet been
  /// made"), or a web page's byline, a full date after "Posted on", "Published:", "Last
  /// updated"... and nothing after it but "by" and a name, or a "|" and what follows.
  bool matches(std::string_view line) const;
  /// The line as it is compared: trimmed, case-folded, spaces (and no-break spaces) collapsed,
  /// final punctuation (". : ! ? …") cut. A prefix pattern keeps its final punctuation
  /// ("share this:*" matches "Share this: Facebook Twitter Email").
  static std::string normalise(std::string_view line, bool prefix = false);

 private:
  std::vector<std::string> exact_;
  std::vector<std::string> prefixes_;
  std::bitset<256> initials_;  ///< first bytes of the normalised patterns
};

}  // namespace np::read
