#include <algorithm>

#include "lexicon/gazetteer.hpp"
#include "tag/tagger.hpp"

namespace np::tag {

void tag_entities(model::TextBlock& block, std::span<const lexicon::Hit> hits, const lexicon::Gazetteer& gazetteer,
                  const std::vector<bool>& relevant, model::FileContext& context,
                  std::vector<model::Ambiguity>& ambiguities) {
  const std::string_view text = block.text();
  std::vector<model::Span> spans;
  for (const lexicon::Hit& hit : hits) {
    if (!gazetteer.counts(hit, relevant) || hit.range.empty()) continue;
    const lexicon::Pattern& p = *hit.pattern;
    if (p.entries.size() > 1) {
      const std::string form(text.substr(hit.range.begin, hit.range.size()));
      const bool known = std::any_of(ambiguities.begin(), ambiguities.end(), [&](const model::Ambiguity& a) {
        return lexicon::Gazetteer::key_of(a.form) == lexicon::Gazetteer::key_of(form);
      });
      if (known) continue;
      model::Ambiguity ambiguity;
      ambiguity.form = form;
      for (std::uint32_t e : p.entries) ambiguity.entities.push_back(gazetteer.entries()[e].info.id);
      ambiguity.where = context.position(block.source_offset(hit.range.begin));
      ambiguities.push_back(std::move(ambiguity));
      continue;
    }
    const lexicon::Entry& entry = gazetteer.entries()[p.entries.front()];
    spans.push_back({hit.range, model::Entity{entry.info.kind, entry.info.id, 0}});
  }
  block.annotate(std::move(spans));
}

}  // namespace np::tag
