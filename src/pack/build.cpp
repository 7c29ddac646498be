#include <algorithm>
#include <map>
#include <set>

#include "dates/dates.hpp"
#include "model/walk.hpp"
#include "pack/index.hpp"
#include "pack/pack.hpp"
#include "pack/sections.hpp"
#include "unicode/icu.hpp"

namespace np::pack {
namespace {

constexpr std::size_t kMaxSentenceBytes = 400;

/// Mentions of one entity, and the first one per section.
struct Mentions {
  std::vector<Locator> all;
  std::vector<Locator> per_section;
};

class Builder {
 public:
  Builder(Pack& pack, BuildTools& tools)
      : pack_(pack), collator_(tools.collator(pack.language)), breaker_(tools.breaker()) {}

  void collect();
  void make_people();
  void make_glossary();
  void make_timeline();
  void make_index() { pack_.index = build_index(info_, mentions_of_all(), order_, used_, collator_); }

 private:
  void collect_chapter(std::uint32_t c);
  std::string sentence_around(std::string_view text, model::ByteRange range,
                              const std::vector<unicode::Token>& sentences) const;
  std::string dates_of(const model::EntityInfo& info) const;
  std::map<std::string, std::vector<Locator>> mentions_of_all() const {
    std::map<std::string, std::vector<Locator>> out;
    for (const auto& [id, m] : mentions_) out.emplace(id, m.per_section);
    return out;
  }
  std::vector<Locator> mentions_of(const std::string& id) const {
    auto it = mentions_.find(id);
    return it == mentions_.end() ? std::vector<Locator>{} : it->second.per_section;
  }

  Pack& pack_;
  const unicode::IndexCollator& collator_;
  unicode::TextBreaker& breaker_;
  std::map<std::string, const model::EntityInfo*> info_;
  std::map<std::string, Mentions> mentions_;
  std::vector<std::string> order_;                     ///< entity ids in order of first mention
  std::map<std::string, std::set<std::string>> used_;  ///< id → case-folded forms the notes use
};

void Builder::collect() {
  for (const Chapter& chapter : pack_.chapters)
    for (const auto& info : chapter.entities) info_.emplace(info->id, info.get());
  for (std::uint32_t c = 0; c < pack_.chapters.size(); ++c) collect_chapter(c);
}

namespace {

/// Joins sentences that the break iterator split inside a date or a name ("until c. 1900",
/// "St. Petersburg"), so that a timeline entry's sentence holds its date whole.
void join_split_mentions(std::span<const model::Span> spans, std::vector<unicode::Token>& sentences) {
  std::size_t next = 0;
  std::uint32_t reach = 0;  // end of the furthest-reaching mention that starts before the break
  std::size_t kept = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::uint32_t boundary = sentences[i].begin;
    for (; next < spans.size() && spans[next].range.begin < boundary; ++next)
      if (std::holds_alternative<model::Date>(spans[next].what) ||
          std::holds_alternative<model::Entity>(spans[next].what))
        reach = std::max(reach, spans[next].range.end);
    if (kept > 0 && reach > boundary)
      sentences[kept - 1].end = sentences[i].end;
    else
      sentences[kept++] = sentences[i];
  }
  sentences.resize(kept);
}

}  // namespace

void Builder::collect_chapter(std::uint32_t c) {
  Chapter& chapter = pack_.chapters[c];
  const std::vector<Section>& sections = pack_.sections[c];
  int section = -1;
  std::size_t next_section = 0;
  model::for_each_text(chapter.doc, [&](const model::TextBlock& block, const model::TextPlace& place) {
    if (place.role == model::TextPlace::Role::Heading && next_section < sections.size() &&
        sections[next_section].block == place.block->id)
      section = static_cast<int>(next_section++);
    std::vector<unicode::Token> sentences;  // found on the first date of the block
    for (const model::Span& span : block.spans()) {
      if (const auto* e = std::get_if<model::Entity>(&span.what)) {
        const Locator where{c, e->mention, section};
        Mentions& m = mentions_[e->id];
        used_[e->id].insert(unicode::fold_case(block.text().substr(span.range.begin, span.range.size())));
        if (m.all.empty()) order_.push_back(e->id);
        m.all.push_back(where);
        // Sections only move forward, so the last one kept is the only one to compare with.
        if (m.per_section.empty() || m.per_section.back().chapter != c || m.per_section.back().section != section)
          m.per_section.push_back(where);
      } else if (const auto* d = std::get_if<model::Date>(&span.what)) {
        TimelineEntry entry;
        entry.date = *d;
        entry.date.mention = 0;
        entry.label = dates::describe(*d);
        if (sentences.empty()) {  // once per block
          breaker_.sentences(block.text(), sentences);
          join_split_mentions(block.spans(), sentences);
        }
        entry.text = sentence_around(block.text(), span.range, sentences);
        entry.where = {c, d->mention, section};
        pack_.timeline.push_back(std::move(entry));
      }
    }
  });
}

std::string Builder::sentence_around(std::string_view text, model::ByteRange range,
                                     const std::vector<unicode::Token>& sentences) const {
  std::string_view sentence = text;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), range.begin,
                             [](std::uint32_t at, const unicode::Token& s) { return at < s.end; });
  if (it != sentences.end() && it->begin <= range.begin) sentence = text.substr(it->begin, it->end - it->begin);
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\t')) sentence.remove_suffix(1);
  if (sentence.size() <= kMaxSentenceBytes) return std::string(sentence);
  // A runaway "sentence" (no punctuation for pages): keep a window around the date.
  const std::size_t offset = static_cast<std::size_t>(text.data() + range.begin - sentence.data());
  std::size_t from = offset > kMaxSentenceBytes / 2 ? offset - kMaxSentenceBytes / 2 : 0;
  std::size_t to = std::min(sentence.size(), from + kMaxSentenceBytes);
  while (from > 0 && (static_cast<unsigned char>(sentence[from]) & 0xC0) == 0x80) --from;
  while (to < sentence.size() && (static_cast<unsigned char>(sentence[to]) & 0xC0) == 0x80) ++to;
  return (from > 0 ? "\xE2\x80\xA6" : "") + std::string(sentence.substr(from, to - from)) +
         (to < sentence.size() ? "\xE2\x80\xA6" : "");
}

std::string Builder::dates_of(const model::EntityInfo& info) const {
  if (info.born || info.died) {
    const std::string born = info.born ? dates::describe(*info.born) : "?";
    const std::string died = info.died ? dates::describe(*info.died) : "";
    return born + " \xE2\x80\x93 " + died;
  }
  return info.date ? dates::describe(*info.date) : "";
}

void Builder::make_people() {
  for (const std::string& id : order_) {
    auto it = info_.find(id);
    if (it == info_.end() || it->second->kind != model::EntityKind::Person) continue;
    const model::EntityInfo& info = *it->second;
    pack_.people.push_back({id, info.name, info.index, dates_of(info), info.description, mentions_of(id)});
  }
  std::map<std::string, std::string> keys;
  for (const Person& p : pack_.people) keys[p.id] = collator_.sort_key(p.index) + '\x01' + p.id;
  std::sort(pack_.people.begin(), pack_.people.end(),
            [&](const Person& a, const Person& b) { return keys[a.id] < keys[b.id]; });
}

void Builder::make_glossary() {
  for (const std::string& id : order_) {
    auto it = info_.find(id);
    if (it == info_.end() || it->second->kind == model::EntityKind::Person) continue;
    const model::EntityInfo& info = *it->second;
    pack_.glossary.push_back({id, info.kind, info.name, dates_of(info), info.description, mentions_of(id)});
  }
  std::map<std::string, std::string> keys;
  for (const Term& t : pack_.glossary) keys[t.id] = collator_.sort_key(t.name) + '\x01' + t.id;
  std::sort(pack_.glossary.begin(), pack_.glossary.end(),
            [&](const Term& a, const Term& b) { return keys[a.id] < keys[b.id]; });
}

void Builder::make_timeline() {
  // Events the lexicon dates appear at their first mention, even if the notes give no date.
  for (const std::string& id : order_) {
    auto it = info_.find(id);
    if (it == info_.end() || it->second->kind != model::EntityKind::Event || !it->second->date) continue;
    const model::EntityInfo& info = *it->second;
    TimelineEntry entry;
    entry.date = *info.date;
    entry.label = dates::describe(entry.date);
    entry.text = info.name + (info.description.empty() ? "" : ": " + info.description);
    entry.where = mentions_.at(id).all.front();
    entry.entity = id;
    pack_.timeline.push_back(std::move(entry));
  }
  std::stable_sort(pack_.timeline.begin(), pack_.timeline.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    return std::tie(a.date.start, a.date.end, a.where.chapter, a.where.mention) <
           std::tie(b.date.start, b.date.end, b.where.chapter, b.where.mention);
  });
  // The same statement dated twice the same way is one entry.
  auto same = [](const TimelineEntry& a, const TimelineEntry& b) {
    return a.date.value == b.date.value && a.text == b.text && a.where.chapter == b.where.chapter;
  };
  pack_.timeline.erase(std::unique(pack_.timeline.begin(), pack_.timeline.end(), same), pack_.timeline.end());
}

}  // namespace

void number_mentions(model::Document& doc) {
  std::uint32_t next = 1;
  model::for_each_text(doc, [&](model::TextBlock& block, const model::TextPlace&) {
    for (std::size_t i = 0; i < block.spans().size(); ++i) {
      model::Annotation& what = block.annotation(i);
      if (auto* e = std::get_if<model::Entity>(&what))
        e->mention = next++;
      else if (auto* d = std::get_if<model::Date>(&what))
        d->mention = next++;
    }
  });
}

const unicode::IndexCollator& BuildTools::collator(const std::string& language) {
  if (!collator_ || language != language_) {
    collator_ = std::make_unique<unicode::IndexCollator>(language);
    language_ = language;
  }
  return *collator_;
}

Pack build(std::vector<Chapter> chapters, std::string title, std::string language, bool course) {
  BuildTools tools;
  return build(std::move(chapters), std::move(title), std::move(language), course, tools);
}

Pack build(std::vector<Chapter> chapters, std::string title, std::string language, bool course, BuildTools& tools) {
  Pack pack;
  pack.title = std::move(title);
  pack.language = std::move(language);
  pack.course = course;
  pack.chapters = std::move(chapters);
  if (!pack.chapters.empty()) {
    pack.authors = pack.chapters.front().doc.meta.authors;
    for (const Chapter& chapter : pack.chapters)
      if (chapter.doc.meta.authors != pack.authors) pack.authors.clear();
  }
  for (Chapter& chapter : pack.chapters) {
    number_mentions(chapter.doc);
    pack.sections.push_back(number_sections(chapter.doc));
  }
  Builder builder(pack, tools);
  builder.collect();
  builder.make_people();
  builder.make_glossary();
  builder.make_timeline();
  builder.make_index();
  return pack;
}

}  // namespace np::pack
