#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_pos.hpp"

namespace np::model {

/// Which normalisation rule made a change.
enum class Rule : std::uint8_t {
  Misspelling,  ///< a known misspelling from a lexicon
  Possessive,   ///< "Stalins" → "Stalin's"
  Case,         ///< "stalin" → "Stalin"
  Fuzzy,        ///< an unknown word close to exactly one lexicon form
  Layout,       ///< spaces before punctuation, "Stalin- He" dashes, repeated spaces
};
const char* rule_name(Rule rule) noexcept;
bool parse_rule(std::string_view name, Rule& rule) noexcept;

/// One edit made by a normaliser. Applying the changes of a document in reverse order
/// (replace `replacement` at `offset` of text block `block` by `original`) restores the
/// text as read. `block` is the block id (0 = title); `offset` is a byte offset into that
/// block's text at the time of the change.
struct Change {
  std::uint32_t block = 0;
  std::uint32_t offset = 0;
  std::string original;
  std::string replacement;
  Rule rule = Rule::Layout;
  double confidence = 1.0;  ///< 0-1
  SourcePos where;          ///< position of the original text in the source file
  std::string entity;       ///< lexicon id the change was made for, if any
  friend bool operator==(const Change&, const Change&) = default;
};

/// A change a normaliser considered but did not make.
struct Suggestion {
  std::string original;
  std::vector<std::string> candidates;  ///< best first
  std::string reason;
  SourcePos where;
  friend bool operator==(const Suggestion&, const Suggestion&) = default;
};

/// Input the reader left out of the document. Every byte of the decoded input is either in
/// the document (through a TextBlock's source segments) or in one of these.
struct Removal {
  enum class Kind : std::uint8_t {
    Whitespace,   ///< indentation, blank lines, line ends, trailing spaces
    Marker,       ///< list markers ("•", "1.", "a)") and heading marks ("#", a final ":" or "-")
    Markup,       ///< Markdown syntax
    Boilerplate,  ///< a web boilerplate line
    Control,      ///< control characters no output format can hold
    Metadata,     ///< a line of a Markdown file's front matter ("author: J. Bloggs")
    Comment,      ///< an HTML comment in Markdown ("<!-- check this -->")
  };
  Kind kind = Kind::Whitespace;
  std::uint32_t begin = 0;  ///< byte offsets into the decoded input
  std::uint32_t end = 0;
  SourcePos where;
  std::string text;  ///< what was removed (not kept for whitespace)
  friend bool operator==(const Removal&, const Removal&) = default;
};
const char* removal_kind_name(Removal::Kind kind) noexcept;
bool parse_removal_kind(std::string_view name, Removal::Kind& kind) noexcept;

/// A form that more than one entity claims: found in the text, tagged as neither.
struct Ambiguity {
  std::string form;
  std::vector<std::string> entities;
  SourcePos where;
  friend bool operator==(const Ambiguity&, const Ambiguity&) = default;
};

/// A name-like word the lexicons do not know: a candidate for a lexicon entry.
struct Candidate {
  std::string text;
  std::uint32_t count = 0;
  SourcePos first;
  friend bool operator==(const Candidate&, const Candidate&) = default;
};

/// Everything the stages report about one file, beyond the document itself.
struct Review {
  std::string encoding;  ///< detected input encoding ("UTF-8", "windows-1252")
  bool byte_order_mark = false;
  std::string line_endings;  ///< "LF", "CRLF", "CR", "mixed" or "none"
  bool nfc_changed = false;  ///< NFC normalisation changed the decoded text
  std::uint32_t source_bytes = 0;
  /// Removed input. Readers list whitespace too (every byte is accounted for); the pipeline
  /// then folds whitespace into the two counts below to keep reviews small.
  std::vector<Removal> removals;
  std::uint32_t whitespace_runs = 0;
  std::uint32_t whitespace_bytes = 0;
  std::vector<Change> changes;
  std::vector<Suggestion> suggestions;
  std::vector<Ambiguity> ambiguities;
  std::vector<Candidate> candidates;
  friend bool operator==(const Review&, const Review&) = default;
};

}  // namespace np::model
