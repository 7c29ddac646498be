#pragma once

/// The back-of-book index in EPUB Indexes 1.0 markup (https://idpf.org/epub/idx/), in the
/// section-wrapper form EPUBCheck and accessibility checkers both accept:
///
///   <body epub:type="backmatter"><h1>Index</h1>
///    <section epub:type="index" role="doc-index" aria-label="Index">
///     <section epub:type="index-group" id="idx-S"><h2>S</h2>
///      <ul epub:type="index-entry-list">
///       <li epub:type="index-entry" id="ie-stalin">
///        <span epub:type="index-term">Stalin, Joseph</span>
///        <ul epub:type="index-locator-list">
///         <li><a epub:type="index-locator" href="ch1.xhtml#m3">§1</a>, </li>…</ul>
///        <span epub:type="index-xref-related">See also
///         <a epub:type="index-term" href="#ie-lenin">Lenin</a></span>
///        <ul epub:type="index-entry-list">…subentries…</ul></li>
///
/// One locator is an `a epub:type="index-locator"` directly in the entry; several go in an
/// index-locator-list. Aliases get `index-xref-preferred` ("See"). An entry keeps only what
/// resolves: a See / See also whose target entry is not in the index is dropped, and an
/// entry left with nothing to show is dropped with it.

#include <string>
#include <unordered_map>

#include "pack/pack.hpp"

namespace np::write::epub {

class Anchors;

/// Which index entries exist and their ids, decided before any document is rendered (the
/// notes link each entity mention to its entry).
class IndexPlan {
 public:
  IndexPlan() = default;
  explicit IndexPlan(const pack::Pack& pack);

  /// Id of the entry for entity `id` ("ie-stalin"), or "" if it has none.
  const std::string& entity_anchor(const std::string& id) const;
  /// Id to write on `entry`'s element ("" for none): substantive entries with an entity.
  /// When one entity has several such entries, the renderer writes the id on the first.
  const std::string& anchor_of(const pack::IndexEntry& entry) const;
  /// Id of the entry a See / See also reference points at (by entity id, else by term).
  const std::string& target_anchor(const std::string& entity, const std::string& term) const;
  /// True if the entry has something to show: locators, kept subentries or a resolvable
  /// cross-reference.
  bool keeps(const pack::IndexEntry& entry) const;
  /// True if no entry is kept: the book then has no index document.
  bool empty() const noexcept { return empty_; }

 private:
  bool substantive(const pack::IndexEntry& entry) const;
  void assign(const pack::IndexEntry& entry);

  std::unordered_map<std::string, std::string> by_entity_;
  std::unordered_map<std::string, std::string> by_term_;
  bool empty_ = true;
};

/// Renders index.xhtml. Locator links go through `anchors`, their text is
/// Pack::locator_label. `language` is the document's BCP 47 tag.
std::string render_index(const pack::Pack& pack, const IndexPlan& plan, const Anchors& anchors,
                         const std::string& language);

}  // namespace np::write::epub
