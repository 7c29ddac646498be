#pragma once

/// The revision pack: the format-independent content every writer renders. Built once from
/// one or more tagged notes files (chapters); a per-file pack has one chapter, a course pack
/// one per file.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "model/entity_info.hpp"
#include "model/review.hpp"
#include "unicode/icu.hpp"

namespace np::pack {

/// One tagged notes file.
struct Chapter {
  std::string name;      ///< output stem, unique in a batch: "power-struggle"
  std::string source;    ///< the input's path as the user gave it, for reports
  std::string title;     ///< display title: the recovered title, or one made from the name
  model::Document doc;   ///< cleaned and tagged; Entity and Date spans carry mention numbers
  model::Review review;  ///< what ingest, normalise and tag did
  /// Every entity the document mentions, by id. Shared, never changed: the chapters of a
  /// course pack name the same few hundred entities thousands of times over.
  std::vector<std::shared_ptr<const model::EntityInfo>> entities;
  /// Entities compare by what they say, not by where they are kept.
  friend bool operator==(const Chapter& a, const Chapter& b) {
    return a.name == b.name && a.source == b.source && a.title == b.title && a.doc == b.doc && a.review == b.review &&
           std::equal(a.entities.begin(), a.entities.end(), b.entities.begin(), b.entities.end(),
                      [](const auto& x, const auto& y) { return *x == *y; });
  }
};

/// A heading of a chapter, numbered "1", "1.2", "1.2.1" by level.
struct Section {
  std::uint32_t block = 0;  ///< block id of the heading
  int level = 1;
  std::string number;  ///< "1.2"
  std::string title;   ///< heading text
};

/// Where a mention is: chapter index, mention number (the span's `mention`), and the
/// section it falls in (index into Pack::sections[chapter], or -1 before the first heading).
struct Locator {
  std::uint32_t chapter = 0;
  std::uint32_t mention = 0;
  int section = -1;
  friend bool operator==(const Locator&, const Locator&) = default;
};

/// A person in the who's who.
struct Person {
  std::string id;
  std::string name;   ///< "Joseph Stalin"
  std::string index;  ///< "Stalin, Joseph" (the sort order)
  std::string dates;  ///< "18 December 1878 – 5 March 1953", or ""
  std::string description;
  std::vector<Locator> mentions;  ///< first mention per section, in reading order
};

/// A dated statement in the timeline.
struct TimelineEntry {
  model::Date date;
  std::string label;  ///< dates::describe(date): "October 1917"
  std::string text;   ///< the sentence it comes from, or the event's name and description
  Locator where;
  std::string entity;  ///< for events dated by the lexicon: the entity id; else ""
};

/// A concept, event, organisation or place in the glossary.
struct Term {
  std::string id;
  model::EntityKind kind = model::EntityKind::Concept;
  std::string name;
  std::string dates;  ///< "1921–1928", or ""
  std::string description;
  std::vector<Locator> mentions;
};

/// An index entry: a heading under its index form with locators, subentries, and "See" /
/// "See also" references (to other entries' terms).
struct IndexEntry {
  std::string term;    ///< "Stalin, Joseph"
  std::string entity;  ///< entity id, or "" for a See-only entry
  std::vector<Locator> locators;
  std::vector<IndexEntry> subentries;
  std::string see;                             ///< term of the preferred entry ("Koba" → "Stalin, Joseph")
  std::string see_entity;                      ///< its entity id
  std::vector<std::string> see_also;           ///< terms
  std::vector<std::string> see_also_entities;  ///< their entity ids
};

/// Index entries under one letter heading.
struct IndexGroup {
  std::string letter;  ///< "S", or "#" for entries that start with no letter
  std::vector<IndexEntry> entries;
};

struct Pack {
  std::string title;
  /// Its authors: those every chapter's notes name alike (none if they differ), or --author.
  std::vector<std::string> authors;
  std::string language = "en";  ///< BCP 47
  bool course = false;          ///< several chapters, one per file
  std::vector<Chapter> chapters;
  std::vector<std::vector<Section>> sections;  ///< per chapter
  std::vector<Person> people;
  std::vector<TimelineEntry> timeline;
  std::vector<Term> glossary;
  std::vector<IndexGroup> index;

  /// Short text naming where a locator points: "§1.2" in a one-file pack, "2 §1.2" in a
  /// course pack; "start" (or "2") before the first heading.
  std::string locator_label(const Locator& locator) const;
  /// The authors as a title page names them: "A", "A and B", "A, B and C"; empty if none.
  std::string authors_line() const;
};

/// The ICU services building a pack needs, made once and reused: collators are costly to
/// make. Not thread-safe: one per thread.
class BuildTools {
 public:
  /// The collator for `language`, made on first use (and again if the language changes).
  const unicode::IndexCollator& collator(const std::string& language);
  unicode::TextBreaker& breaker() { return breaker_; }

 private:
  std::string language_;
  std::unique_ptr<unicode::IndexCollator> collator_;
  unicode::TextBreaker breaker_;
};

/// Builds a pack from tagged chapters (moved in). Numbers mentions if they are not yet
/// numbered. `language` decides sorting (ICU collation) and letter groups.
Pack build(std::vector<Chapter> chapters, std::string title, std::string language, bool course, BuildTools& tools);
/// The same with tools made for this one build.
Pack build(std::vector<Chapter> chapters, std::string title, std::string language, bool course);

/// Numbers the Entity and Date spans of a document 1, 2, ... in reading order.
void number_mentions(model::Document& doc);

}  // namespace np::pack
