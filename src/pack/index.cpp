#include "pack/index.hpp"

#include <algorithm>
#include <set>

#include "base/utf8.hpp"

namespace np::pack {
namespace {

/// Lower-cased words of `text` (letters and digits only).
std::set<std::string> words_of(const std::string& text) {
  std::set<std::string> words;
  const std::string folded = unicode::fold_case(text);
  std::string word;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    const bool part = i < folded.size() && (utf8::is_ascii_alpha(folded[i]) || utf8::is_ascii_digit(folded[i]) ||
                                            static_cast<unsigned char>(folded[i]) >= 0x80 || folded[i] == '\'');
    if (part) {
      word.push_back(folded[i]);
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
  return words;
}

class IndexBuilder {
 public:
  IndexBuilder(const std::map<std::string, const model::EntityInfo*>& info, const unicode::IndexCollator& collator)
      : info_(info), collator_(collator) {}

  std::vector<IndexGroup> build(const std::map<std::string, std::vector<Locator>>& mentions,
                                const std::vector<std::string>& order,
                                const std::map<std::string, std::set<std::string>>& used);

 private:
  void sort_entries(std::vector<IndexEntry>& entries) const {
    std::vector<std::pair<std::string, IndexEntry>> keyed;
    for (IndexEntry& e : entries) keyed.emplace_back(collator_.sort_key(e.term) + '\x01' + e.entity, std::move(e));
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    entries.clear();
    for (auto& [key, e] : keyed) {
      sort_entries(e.subentries);
      entries.push_back(std::move(e));
    }
  }
  IndexEntry take_tree(const std::string& id, std::map<std::string, IndexEntry>& entries,
                       const std::map<std::string, std::vector<std::string>>& children, int depth) const;

  const std::map<std::string, const model::EntityInfo*>& info_;
  const unicode::IndexCollator& collator_;
};

IndexEntry IndexBuilder::take_tree(const std::string& id, std::map<std::string, IndexEntry>& entries,
                                   const std::map<std::string, std::vector<std::string>>& children, int depth) const {
  IndexEntry entry = std::move(entries.at(id));
  if (auto it = children.find(id); it != children.end() && depth < 8)
    for (const std::string& child : it->second)
      entry.subentries.push_back(take_tree(child, entries, children, depth + 1));
  return entry;
}

std::vector<IndexGroup> IndexBuilder::build(const std::map<std::string, std::vector<Locator>>& mentions,
                                            const std::vector<std::string>& order,
                                            const std::map<std::string, std::set<std::string>>& used) {
  // One entry per mentioned entity and per ancestor of one.
  std::map<std::string, IndexEntry> entries;
  std::vector<std::string> ids;
  for (const std::string& id : order) {
    std::string at = id;
    for (int depth = 0; depth < 8 && !at.empty() && info_.count(at) && !entries.count(at); ++depth) {
      const model::EntityInfo& info = *info_.at(at);
      IndexEntry entry;
      entry.term = info.index.empty() ? info.name : info.index;
      entry.entity = at;
      if (auto m = mentions.find(at); m != mentions.end()) entry.locators = m->second;
      entries.emplace(at, std::move(entry));
      ids.push_back(at);
      at = info.parent;
    }
  }
  for (auto& [id, entry] : entries)
    for (const std::string& rel : info_.at(id)->related)
      if (entries.count(rel) && rel != id) {
        entry.see_also.push_back(entries.at(rel).term);
        entry.see_also_entities.push_back(rel);
      }
  std::map<std::string, std::vector<std::string>> children;
  std::vector<std::string> roots;
  for (const std::string& id : ids) {
    const std::string& parent = info_.at(id)->parent;
    if (!parent.empty() && entries.count(parent) && parent != id)
      children[parent].push_back(id);
    else
      roots.push_back(id);
  }
  std::vector<IndexEntry> top;
  for (const std::string& id : roots) top.push_back(take_tree(id, entries, children, 0));

  // "See" entries for the alternative names the notes use: a reader who met "Koba" looks
  // for Koba. Names the notes never use would only crowd the index.
  std::set<std::string> terms;
  for (const IndexEntry& e : top) terms.insert(unicode::fold_case(e.term));
  for (const std::string& id : ids) {
    const model::EntityInfo& info = *info_.at(id);
    auto forms = used.find(id);
    if (forms == used.end()) continue;
    for (const std::string& alias : info.aliases) {
      const std::string key = unicode::fold_case(alias);
      if (!forms->second.count(key) || !deserves_see_entry(alias, info) || !terms.insert(key).second) continue;
      IndexEntry see;
      see.term = alias;
      see.see = info.index.empty() ? info.name : info.index;
      see.see_entity = id;
      top.push_back(std::move(see));
    }
  }
  sort_entries(top);

  std::vector<IndexGroup> groups;
  for (IndexEntry& entry : top) {
    const std::string letter = collator_.bucket(entry.term);
    auto group = std::find_if(groups.begin(), groups.end(), [&](const IndexGroup& g) { return g.letter == letter; });
    if (group == groups.end()) {
      groups.push_back({letter, {}});
      group = groups.end() - 1;
    }
    group->entries.push_back(std::move(entry));
  }
  // Entries are sorted, so groups appear in order, except that "#" leads.
  std::stable_partition(groups.begin(), groups.end(), [](const IndexGroup& g) { return g.letter == "#"; });
  return groups;
}

}  // namespace

bool deserves_see_entry(const std::string& alias, const model::EntityInfo& info) {
  const std::set<std::string> alias_words = words_of(alias);
  if (alias_words.empty()) return false;
  std::set<std::string> own = words_of(info.name);
  const std::set<std::string> index_words = words_of(info.index);
  own.insert(index_words.begin(), index_words.end());
  if (std::includes(own.begin(), own.end(), alias_words.begin(), alias_words.end())) return false;
  const std::string a = unicode::fold_case(alias), n = unicode::fold_case(info.name);
  return !(a + "s" == n || n + "s" == a || a + "es" == n || n + "es" == a);
}

std::vector<IndexGroup> build_index(const std::map<std::string, const model::EntityInfo*>& info,
                                    const std::map<std::string, std::vector<Locator>>& mentions,
                                    const std::vector<std::string>& order,
                                    const std::map<std::string, std::set<std::string>>& used,
                                    const unicode::IndexCollator& collator) {
  return IndexBuilder(info, collator).build(mentions, order, used);
}

}  // namespace np::pack
