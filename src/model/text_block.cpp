#include "model/text_block.hpp"

#include <algorithm>
#include <stdexcept>

#include "base/utf8.hpp"

namespace np::model {
namespace {

bool span_less(const Span& a, const Span& b) {
  if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
  return a.range.end > b.range.end;
}

}  // namespace

TextBlock::TextBlock(std::string text) : text_(std::move(text)) {}

void TextBlock::check_range(ByteRange range) const {
  if (range.begin > range.end || range.end > text_.size()) throw std::out_of_range("span outside the text block");
  if (!utf8::is_boundary(text_, range.begin) || !utf8::is_boundary(text_, range.end))
    throw std::out_of_range("span not on a code-point boundary");
}

void TextBlock::annotate(ByteRange range, Annotation what) {
  check_range(range);
  Span span{range, std::move(what)};
  auto at = std::upper_bound(spans_.begin(), spans_.end(), span, span_less);
  spans_.insert(at, std::move(span));
}

void TextBlock::annotate(std::vector<Span> spans) {
  for (const Span& span : spans) check_range(span.range);
  std::stable_sort(spans.begin(), spans.end(), span_less);
  const auto middle = static_cast<std::ptrdiff_t>(spans_.size());
  spans_.insert(spans_.end(), std::make_move_iterator(spans.begin()), std::make_move_iterator(spans.end()));
  std::inplace_merge(spans_.begin(), spans_.begin() + middle, spans_.end(), span_less);
}

void TextBlock::replace(ByteRange range, std::string_view with) {
  check_range(range);
  const auto inserted = static_cast<std::uint32_t>(with.size());
  const std::int64_t delta = static_cast<std::int64_t>(inserted) - range.size();
  auto shift = [delta](std::uint32_t offset) {
    return static_cast<std::uint32_t>(static_cast<std::int64_t>(offset) + delta);
  };
  text_.replace(range.begin, range.size(), with);

  for (Span& span : spans_) {
    ByteRange& r = span.range;
    // Before the range: untouched (an insertion at a span's end does not extend it).
    if (r.end <= range.begin) continue;
    // After the range: shifted (nor does an insertion at a span's start).
    if (r.begin >= range.end) {
      r.begin = shift(r.begin);
      r.end = shift(r.end);
      continue;
    }
    // Overlaps the replaced range: stretch or shrink to cover the replacement.
    const std::uint32_t new_begin = std::min(r.begin, range.begin);
    const std::uint32_t new_end = r.end > range.end ? shift(r.end) : range.begin + inserted;
    r.begin = new_begin;
    r.end = new_end;
  }
  std::stable_sort(spans_.begin(), spans_.end(), span_less);

  std::vector<SourceSegment> segments;
  segments.reserve(segments_.size() + 1);
  for (const SourceSegment& seg : segments_) {
    const std::uint32_t seg_end = seg.text_begin + seg.length;
    if (seg_end <= range.begin) {
      segments.push_back(seg);
      continue;
    }
    if (seg.text_begin >= range.end) {
      segments.push_back({shift(seg.text_begin), seg.source_begin, seg.length});
      continue;
    }
    if (seg.text_begin < range.begin)
      segments.push_back({seg.text_begin, seg.source_begin, range.begin - seg.text_begin});
    if (seg_end > range.end) {
      const std::uint32_t cut = range.end - seg.text_begin;
      segments.push_back({shift(range.end), seg.source_begin + cut, seg.length - cut});
    }
  }
  segments_ = std::move(segments);
}

void TextBlock::replace_all(std::span<const Replacement> replacements) {
  if (replacements.empty()) return;
  for (std::size_t i = 0; i < replacements.size(); ++i) {
    const ByteRange r = replacements[i].range;
    check_range(r);
    if (r.empty()) throw std::invalid_argument("replace_all: an empty range");
    if (i > 0 && r.begin < replacements[i - 1].range.end)
      throw std::invalid_argument("replace_all: ranges out of order or overlapping");
  }
  // shift[k]: how far the text after replacement k-1 moves (the sum of the size changes of
  // replacements 0..k-1).
  std::vector<std::int64_t> shift(replacements.size() + 1, 0);
  for (std::size_t k = 0; k < replacements.size(); ++k)
    shift[k + 1] = shift[k] + static_cast<std::int64_t>(replacements[k].with.size()) - replacements[k].range.size();
  // The index of the first replacement ending after `offset`: those before it end at or
  // before `offset`, so an offset outside every replaced range moves by shift[index].
  auto first_after = [&](std::uint32_t offset) {
    return static_cast<std::size_t>(
        std::upper_bound(replacements.begin(), replacements.end(), offset,
                         [](std::uint32_t at, const Replacement& r) { return at < r.range.end; }) -
        replacements.begin());
  };
  auto moved = [&](std::uint32_t offset) { return static_cast<std::uint32_t>(offset + shift[first_after(offset)]); };

  std::string text;
  text.reserve(static_cast<std::size_t>(static_cast<std::int64_t>(text_.size()) + shift.back()));
  std::uint32_t copied = 0;
  for (const Replacement& r : replacements) {
    text.append(text_, copied, r.range.begin - copied);
    text.append(r.with);
    copied = r.range.end;
  }
  text.append(text_, copied);
  text_ = std::move(text);

  // As replace() does for each: a span starting inside a replaced range starts where the
  // replacement starts; one ending inside it ends where the replacement ends.
  for (Span& span : spans_) {
    const std::size_t b = first_after(span.range.begin);
    const std::size_t e = first_after(span.range.end);
    const bool begin_inside = b < replacements.size() && replacements[b].range.begin < span.range.begin;
    const bool end_inside = e < replacements.size() && replacements[e].range.begin < span.range.end;
    span.range.begin =
        static_cast<std::uint32_t>((begin_inside ? replacements[b].range.begin : span.range.begin) + shift[b]);
    span.range.end =
        static_cast<std::uint32_t>(end_inside ? replacements[e].range.end + shift[e + 1] : span.range.end + shift[e]);
  }
  std::stable_sort(spans_.begin(), spans_.end(), span_less);

  // Segments lose what the replaced ranges cover; the pieces left move.
  std::vector<SourceSegment> segments;
  segments.reserve(segments_.size() + replacements.size());
  for (const SourceSegment& seg : segments_) {
    const std::uint32_t seg_end = seg.text_begin + seg.length;
    std::uint32_t from = seg.text_begin;
    auto piece = [&](std::uint32_t begin, std::uint32_t end) {
      if (begin < end) segments.push_back({moved(begin), seg.source_begin + (begin - seg.text_begin), end - begin});
    };
    for (auto r = replacements.begin() + static_cast<std::ptrdiff_t>(first_after(from));
         r != replacements.end() && r->range.begin < seg_end; ++r) {
      piece(from, std::min(r->range.begin, seg_end));
      from = std::max(from, r->range.end);
    }
    piece(from, seg_end);
  }
  segments_ = std::move(segments);
}

void TextBlock::append_from_source(std::string_view bytes, std::uint32_t source_begin) {
  if (bytes.empty()) return;
  const auto at = static_cast<std::uint32_t>(text_.size());
  text_.append(bytes);
  if (!segments_.empty()) {
    SourceSegment& last = segments_.back();
    if (last.text_begin + last.length == at && last.source_begin + last.length == source_begin) {
      last.length += static_cast<std::uint32_t>(bytes.size());
      return;
    }
  }
  segments_.push_back({at, source_begin, static_cast<std::uint32_t>(bytes.size())});
}

void TextBlock::append_inserted(std::string_view bytes) { text_.append(bytes); }

std::uint32_t TextBlock::source_offset(std::uint32_t text_offset) const noexcept {
  if (segments_.empty()) return 0;
  auto it = std::upper_bound(segments_.begin(), segments_.end(), text_offset,
                             [](std::uint32_t off, const SourceSegment& s) { return off < s.text_begin; });
  if (it == segments_.begin()) return segments_.front().source_begin;
  --it;
  if (text_offset < it->text_begin + it->length) return it->source_begin + (text_offset - it->text_begin);
  return it->source_begin + it->length;
}

}  // namespace np::model
