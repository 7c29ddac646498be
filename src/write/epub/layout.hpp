#pragma once

/// How a pack is laid out as an e-book: which content documents there are, what each holds,
/// and which back-matter documents exist. Computed once, before anything is rendered.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "pack/pack.hpp"
#include "write/epub/index.hpp"

namespace np::write::epub {

inline constexpr const char* kTitleFile = "title.xhtml";
inline constexpr const char* kNavFile = "nav.xhtml";
inline constexpr const char* kNcxFile = "toc.ncx";
inline constexpr const char* kStyleFile = "style.css";
inline constexpr const char* kPeopleFile = "people.xhtml";
inline constexpr const char* kTimelineFile = "timeline.xhtml";
inline constexpr const char* kGlossaryFile = "glossary.xhtml";
inline constexpr const char* kIndexFile = "index.xhtml";

/// Content documents aim to stay below this much text (bytes of UTF-8), so that e-readers
/// with small memories open them quickly. A single block larger than this is not split.
inline constexpr std::size_t kMaxPartText = 96 * 1024;

/// One content document: top-level blocks [first, last) of one chapter.
struct Part {
  std::uint32_t chapter = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  bool opens_chapter = false;  ///< starts with the chapter's h1
  std::string file;            ///< "ch1.xhtml", "ch1-2.xhtml"
  std::string title;           ///< plain text for <title>: never empty
};

/// Everything decided before rendering. `pack` must outlive the Book.
struct Book {
  const pack::Pack* pack = nullptr;
  std::string title;                       ///< pack title, or a fallback: never empty
  std::string language;                    ///< a well-formed BCP 47 tag
  std::vector<Part> parts;                 ///< reading order
  std::vector<std::size_t> chapter_parts;  ///< per chapter: index of its first part
  IndexPlan index;
  bool people = false;  ///< back-matter documents that have content
  bool timeline = false;
  bool glossary = false;
};

/// Splits each chapter into parts: a one-file pack at its top-level headings (one document
/// per top-level section; what precedes the first one joins it), a course pack one document per
/// chapter unless the chapter is larger than kMaxPartText; then any part larger than kMaxPartText
/// at block boundaries. Every chapter gets at least one part. Linear in the size of the pack.
Book plan_book(const pack::Pack& pack);

/// Plain display text of a chapter's heading: the notes' own title, else Chapter::title,
/// else "Chapter N".
std::string chapter_heading_text(const pack::Pack& pack, std::uint32_t chapter);

/// `language` as a BCP 47 tag: "_" becomes "-"; a malformed tag, or one whose language is
/// not a 2-3 letter ISO 639 code, becomes "und".
std::string language_tag(std::string_view language);

/// Collapses runs of white space to one space and trims, for labels and titles.
std::string plain_label(std::string_view text);

}  // namespace np::write::epub
