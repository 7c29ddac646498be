#include "write/epub/index.hpp"

#include <unordered_set>

#include "write/epub/anchors.hpp"
#include "write/epub/page.hpp"

namespace np::write::epub {
namespace {

const std::string kEmpty;

class IndexRenderer {
 public:
  IndexRenderer(const pack::Pack& pack, const IndexPlan& plan, const Anchors& anchors)
      : pack_(pack), plan_(plan), anchors_(anchors) {}

  void render_group(pugi::xml_node index, const pack::IndexGroup& group) {
    bool any = false;
    for (const pack::IndexEntry& e : group.entries) any = any || plan_.keeps(e);
    if (!any) return;
    pugi::xml_node section = index.append_child("section");
    section.append_attribute("epub:type") = "index-group";
    section.append_attribute("class") = "index-group";
    const std::string id = "idx-" + id_token(group.letter);
    if (ids_.insert(id).second) section.append_attribute("id") = id.c_str();
    append_text_element(section, "h2", group.letter.empty() ? std::string("#") : group.letter);
    render_entries(section, group.entries);
  }

 private:
  void render_entries(pugi::xml_node parent, const std::vector<pack::IndexEntry>& entries) {
    pugi::xml_node list = parent.append_child("ul");
    list.append_attribute("epub:type") = "index-entry-list";
    list.append_attribute("class") = "entries";
    for (const pack::IndexEntry& entry : entries)
      if (plan_.keeps(entry)) render_entry(list, entry);
  }

  void render_entry(pugi::xml_node list, const pack::IndexEntry& entry) {
    pugi::xml_node li = list.append_child("li");
    li.append_attribute("epub:type") = "index-entry";
    const std::string& anchor = plan_.anchor_of(entry);
    if (!anchor.empty() && ids_.insert(anchor).second) li.append_attribute("id") = anchor.c_str();
    pugi::xml_node term = append_text_element(li, "span", entry.term);
    term.append_attribute("epub:type") = "index-term";
    render_locators(li, entry.locators);
    render_xrefs(li, entry);
    bool subs = false;
    for (const pack::IndexEntry& sub : entry.subentries) subs = subs || plan_.keeps(sub);
    if (subs) render_entries(li, entry.subentries);
  }

  void render_locators(pugi::xml_node li, const std::vector<pack::Locator>& locators) {
    if (locators.empty()) return;
    append_text(li, " ");
    if (locators.size() == 1) {
      append_locator(li, locators[0]);
      return;
    }
    pugi::xml_node list = li.append_child("ul");
    list.append_attribute("epub:type") = "index-locator-list";
    list.append_attribute("class") = "locators";
    for (std::size_t i = 0; i < locators.size(); ++i) {
      pugi::xml_node item = list.append_child("li");
      append_locator(item, locators[i]);
      if (i + 1 < locators.size()) append_text(item, ", ");
    }
  }

  void append_locator(pugi::xml_node parent, const pack::Locator& locator) {
    pugi::xml_node a = append_text_element(parent, "a", pack_.locator_label(locator));
    a.append_attribute("epub:type") = "index-locator";
    a.append_attribute("href") = anchors_.href(locator).c_str();
  }

  /// "See" wins over "See also": an entry must not have both kinds of cross-reference.
  void render_xrefs(pugi::xml_node li, const pack::IndexEntry& entry) {
    const std::string& see = plan_.target_anchor(entry.see_entity, entry.see);
    if (!see.empty()) {
      pugi::xml_node xref = start_xref(li, "index-xref-preferred", "See ");
      append_term_link(xref, entry.see, see);
      return;
    }
    pugi::xml_node xref;
    for (std::size_t i = 0; i < entry.see_also.size(); ++i) {
      const std::string& entity = i < entry.see_also_entities.size() ? entry.see_also_entities[i] : kEmpty;
      const std::string& target = plan_.target_anchor(entity, entry.see_also[i]);
      if (target.empty()) continue;
      if (xref)
        append_text(xref, "; ");
      else
        xref = start_xref(li, "index-xref-related", "See also ");
      append_term_link(xref, entry.see_also[i], target);
    }
  }

  static pugi::xml_node start_xref(pugi::xml_node li, const char* type, const char* lead) {
    append_text(li, " ");
    pugi::xml_node xref = li.append_child("span");
    xref.append_attribute("epub:type") = type;
    append_text(xref, lead);
    return xref;
  }

  static void append_term_link(pugi::xml_node xref, const std::string& term, const std::string& anchor) {
    pugi::xml_node a = append_text_element(xref, "a", term);
    a.append_attribute("epub:type") = "index-term";
    a.append_attribute("href") = ("#" + anchor).c_str();
  }

  const pack::Pack& pack_;
  const IndexPlan& plan_;
  const Anchors& anchors_;
  std::unordered_set<std::string> ids_;  // ids written so far: each at most once
};

}  // namespace

IndexPlan::IndexPlan(const pack::Pack& pack) {
  for (const pack::IndexGroup& group : pack.index)
    for (const pack::IndexEntry& entry : group.entries) assign(entry);
  for (const pack::IndexGroup& group : pack.index)
    for (const pack::IndexEntry& entry : group.entries) empty_ = empty_ && !keeps(entry);
}

// An entry is a target (it gets an id) only if it has locators or subentries that do: a
// cross-reference to an entry that is itself only a cross-reference would be a dead end.
bool IndexPlan::substantive(const pack::IndexEntry& entry) const {
  if (entry.term.empty()) return false;
  if (!entry.locators.empty()) return true;
  for (const pack::IndexEntry& sub : entry.subentries)
    if (substantive(sub)) return true;
  return false;
}

void IndexPlan::assign(const pack::IndexEntry& entry) {
  if (!substantive(entry)) return;  // nor are its subentries
  if (!entry.entity.empty()) {
    const auto it = by_entity_.try_emplace(entry.entity, "ie-" + id_token(entry.entity)).first;
    by_term_.try_emplace(entry.term, it->second);
  }
  for (const pack::IndexEntry& sub : entry.subentries) assign(sub);
}

const std::string& IndexPlan::anchor_of(const pack::IndexEntry& entry) const {
  if (entry.entity.empty() || !substantive(entry)) return kEmpty;
  return entity_anchor(entry.entity);
}

const std::string& IndexPlan::entity_anchor(const std::string& id) const {
  const auto it = by_entity_.find(id);
  return it == by_entity_.end() ? kEmpty : it->second;
}

const std::string& IndexPlan::target_anchor(const std::string& entity, const std::string& term) const {
  if (!entity.empty())
    if (const std::string& anchor = entity_anchor(entity); !anchor.empty()) return anchor;
  if (term.empty()) return kEmpty;
  const auto it = by_term_.find(term);
  return it == by_term_.end() ? kEmpty : it->second;
}

bool IndexPlan::keeps(const pack::IndexEntry& entry) const {
  if (entry.term.empty()) return false;
  if (substantive(entry)) return true;
  if (!target_anchor(entry.see_entity, entry.see).empty()) return true;
  for (std::size_t i = 0; i < entry.see_also.size(); ++i) {
    const std::string& entity = i < entry.see_also_entities.size() ? entry.see_also_entities[i] : kEmpty;
    if (!target_anchor(entity, entry.see_also[i]).empty()) return true;
  }
  return false;
}

std::string render_index(const pack::Pack& pack, const IndexPlan& plan, const Anchors& anchors,
                         const std::string& language) {
  pugi::xml_document doc;
  // The heading stays outside the index section, so the document is not "index only" and
  // body needs no epub:type="index" (which ARIA checkers dislike on body).
  pugi::xml_node body = start_page(doc, language, "Index", "backmatter");
  append_text_element(body, "h1", "Index");
  pugi::xml_node index = body.append_child("section");
  index.append_attribute("epub:type") = "index";
  index.append_attribute("role") = "doc-index";
  index.append_attribute("aria-label") = "Index";
  IndexRenderer renderer(pack, plan, anchors);
  for (const pack::IndexGroup& group : pack.index) renderer.render_group(index, group);
  return finish_page(doc);
}

}  // namespace np::write::epub
