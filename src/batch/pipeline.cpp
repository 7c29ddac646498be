#include "batch/pipeline.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "base/error.hpp"
#include "base/file_io.hpp"
#include "base/utf8.hpp"
#include "model/check.hpp"
#include "model/walk.hpp"
#include "unicode/icu.hpp"

namespace np::batch {

std::string title_from_name(const std::string& stem) {
  std::string name = stem.substr(stem.rfind('/') == std::string::npos ? 0 : stem.rfind('/') + 1);
  for (char& c : name)
    if (c == '-' || c == '_') c = ' ';
  if (!name.empty()) name[0] = utf8::ascii_upper(name[0]);
  return name.empty() ? "Notes" : name;
}

std::vector<std::shared_ptr<const model::EntityInfo>> referenced_entities(const model::Document& doc,
                                                                          const Shared& shared) {
  std::set<std::string> ids;
  model::for_each_text(doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::Span& span : block.spans())
      if (const auto* e = std::get_if<model::Entity>(&span.what)) ids.insert(e->id);
  });
  // Index parents come along, so subentries have somewhere to go.
  std::vector<std::string> pending(ids.begin(), ids.end());
  while (!pending.empty()) {
    const std::string id = pending.back();
    pending.pop_back();
    const auto it = shared.infos.find(id);
    if (it != shared.infos.end() && !it->second->parent.empty() && ids.insert(it->second->parent).second)
      pending.push_back(it->second->parent);
  }
  std::vector<std::shared_ptr<const model::EntityInfo>> out;
  for (const std::string& id : ids)
    if (const auto it = shared.infos.find(id); it != shared.infos.end()) out.push_back(it->second);
  return out;
}

Shared Shared::compile(std::span<const lexicon::Lexicon> lexicons) {
  Shared shared;
  unicode::TextBreaker breaker;
  shared.gazetteer = std::make_unique<lexicon::Gazetteer>(lexicon::merge(lexicons), breaker);
  for (const lexicon::Entry& entry : shared.gazetteer->entries())
    shared.infos.emplace(entry.info.id, std::make_shared<const model::EntityInfo>(entry.info));
  return shared;
}

const Shared& builtin_shared() {
  static const Shared instance = Shared::compile(lexicon::builtins());
  return instance;
}

Pipeline::Pipeline(const Shared& shared) : shared_(shared), spelling_(*shared.gazetteer), tagger_(*shared.gazetteer) {}

pack::Chapter Pipeline::process(const Input& input, Diagnostics& diags) {
  try {
    const std::string bytes = file_io::read_file(input.path, shared_.max_bytes);
    return process_bytes(bytes, *input.format, input.stem, input.display, diags);
  } catch (const Error& e) {
    // Name the file as the user sees it (file_io names the raw path).
    throw Error(e.kind(), e.message(), input.display, e.where());
  }
}

pack::Chapter Pipeline::process_bytes(std::string_view bytes, const read::Format& format, const std::string& name,
                                      const std::string& display, Diagnostics& diags) {
  if (bytes.empty()) throw Error(ErrorKind::Parse, "no notes: the file is empty", display);
  read::Result read = read::read(bytes, format, shared_.boilerplate);
  if (read.doc.blocks.empty() && read.doc.title.empty())
    throw Error(ErrorKind::Parse, "no notes: the file holds only whitespace, markup or boilerplate", display);

  pack::Chapter chapter;
  chapter.name = name;
  chapter.source = display;
  chapter.review = std::move(read.review);
  chapter.doc = std::move(read.doc);
  chapter.doc.meta.language = shared_.language;

  const read::Source& source = read.source;
  model::FileContext context{[&source](std::uint32_t offset) { return source.position(offset); }, chapter.review,
                             diags};
  for (model::Transform* transform :
       {static_cast<model::Transform*>(&layout_), static_cast<model::Transform*>(&spelling_),
        static_cast<model::Transform*>(&tagger_)}) {
    transform->apply(chapter.doc, context);
#ifndef NDEBUG
    if (auto problems = model::check(chapter.doc); !problems.empty())
      throw std::logic_error(std::string(transform->name()) + " broke the model: " + problems.front());
#endif
  }

  // Whitespace removals are counted, not kept: the review stays small.
  model::Review& review = chapter.review;
  for (const model::Removal& r : review.removals)
    if (r.kind == model::Removal::Kind::Whitespace) {
      ++review.whitespace_runs;
      review.whitespace_bytes += r.end - r.begin;
    }
  std::erase_if(review.removals, [](const model::Removal& r) { return r.kind == model::Removal::Kind::Whitespace; });

  chapter.title = chapter.doc.title.empty() ? title_from_name(name) : std::string(chapter.doc.title.text());
  chapter.entities = referenced_entities(chapter.doc, shared_);
  return chapter;
}

}  // namespace np::batch
