#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace np::model {

/// Half-open [begin, end) UTF-8 byte offsets into the owning TextBlock's text.
struct ByteRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return begin == end; }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

struct Emphasis {
  friend bool operator==(const Emphasis&, const Emphasis&) = default;
};
struct Strong {
  friend bool operator==(const Strong&, const Strong&) = default;
};
struct Code {
  friend bool operator==(const Code&, const Code&) = default;
};
struct Link {
  std::string href;
  friend bool operator==(const Link&, const Link&) = default;
};

/// What a lexicon entity is. Dates are not lexicon entities: see `Date`.
enum class EntityKind : std::uint8_t { Person, Place, Organisation, Event, Concept };

/// An occurrence of a lexicon entity. `mention` numbers the entity and date occurrences of
/// a document in reading order (1-based; 0 until the pack numbers them); writers use it for
/// anchors and back-links.
struct Entity {
  EntityKind kind = EntityKind::Concept;
  std::string id;  ///< lexicon entity id, e.g. "stalin"
  std::uint32_t mention = 0;
  friend bool operator==(const Entity&, const Entity&) = default;
};

/// An occurrence of a date, normalised. `value` is EDTF-style ("1917", "1917-10", "192X",
/// "1928/1932"); `start` and `end` are ISO 8601 calendar dates bounding it ("1920-01-01",
/// "1929-12-31"); `qualifier` is "", "early", "mid", "late" or "circa".
struct Date {
  std::string value;
  std::string start;
  std::string end;
  std::string qualifier;
  std::uint32_t mention = 0;
  friend bool operator==(const Date&, const Date&) = default;
};

using Annotation = std::variant<Emphasis, Strong, Code, Link, Entity, Date>;

/// A formatting or annotation span over a TextBlock. Spans may overlap.
struct Span {
  ByteRange range;
  Annotation what;
  friend bool operator==(const Span&, const Span&) = default;
};

/// Where a piece of a block's text came from: `length` bytes at `text_begin` are a verbatim
/// copy of the bytes at `source_begin` in the decoded source. Text not covered by a segment
/// was inserted by the reader (a space joining two lines) or by a normaliser.
struct SourceSegment {
  std::uint32_t text_begin = 0;
  std::uint32_t source_begin = 0;
  std::uint32_t length = 0;
  friend bool operator==(const SourceSegment&, const SourceSegment&) = default;
};

/// UTF-8 text plus standoff spans and a source map.
/// Invariants (checked by model::check): spans lie inside text() on code-point boundaries and
/// are sorted by (begin ascending, end descending); segments are sorted, do not overlap and
/// lie inside text().
class TextBlock {
 public:
  TextBlock() = default;
  explicit TextBlock(std::string text);

  std::string_view text() const noexcept { return text_; }
  std::span<const Span> spans() const noexcept { return spans_; }
  std::span<const SourceSegment> segments() const noexcept { return segments_; }
  bool empty() const noexcept { return text_.empty(); }

  /// Adds a span, keeping spans sorted. Throws std::out_of_range if `range` is not inside the
  /// text or not on code-point boundaries.
  void annotate(ByteRange range, Annotation what);
  /// Adds many spans at once in O((n + m) log m): use for whole-block tagging.
  void annotate(std::vector<Span> spans);

  /// Mutable access to the annotations (not the ranges) of spans, e.g. to number mentions.
  Annotation& annotation(std::size_t index) { return spans_.at(index).what; }

  /// Removes the spans for which `drop` returns true.
  template <typename Pred>
  void remove_spans_if(Pred drop) {
    std::erase_if(spans_, [&](const Span& s) { return drop(s); });
  }

  /// The only way to edit text. Spans after the range shift; spans overlapping it stretch or
  /// shrink to cover the replacement. Source segments after the range shift; segments over
  /// the range are cut, so the replacement counts as inserted text.
  /// Throws std::out_of_range like annotate().
  void replace(ByteRange range, std::string_view with);

  /// One replacement of replace_all().
  struct Replacement {
    ByteRange range;
    std::string_view with;
  };
  /// The same as replace() for each of `replacements` from the last to the first, in one pass
  /// (replace() is linear in the block, so many edits to one long paragraph were quadratic).
  /// The ranges must be non-empty, in order and not overlapping: throws std::invalid_argument
  /// if they are not, std::out_of_range like annotate().
  void replace_all(std::span<const Replacement> replacements);

  /// Reader API: appends bytes copied verbatim from the source at `source_begin`.
  void append_from_source(std::string_view bytes, std::uint32_t source_begin);
  /// Reader API: appends bytes that have no source (a joining space).
  void append_inserted(std::string_view bytes);

  /// Source offset of the byte at `text_offset`; for inserted text, the source offset just
  /// after the closest preceding copied byte. Returns 0 for a block with no segments.
  std::uint32_t source_offset(std::uint32_t text_offset) const noexcept;

  friend bool operator==(const TextBlock&, const TextBlock&) = default;

 private:
  void check_range(ByteRange range) const;

  std::string text_;
  std::vector<Span> spans_;
  std::vector<SourceSegment> segments_;
};

}  // namespace np::model
