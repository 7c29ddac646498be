// The JSON output: the tagged documents with their spans, the review and the pack.
// Schema: docs/json-format.md. Keys are written in a fixed order; the same pack gives the
// same bytes.

#include <type_traits>

#include "base/json_writer.hpp"
#include "write/writer.hpp"

namespace np::write {
namespace {

constexpr int kSchemaVersion = 1;

/// `"key": ["a", "b"]`.
void write_strings(JsonWriter& json, const char* key, const std::vector<std::string>& strings) {
  json.key(key).begin_array();
  for (const std::string& s : strings) json.value(s);
  json.end_array();
}

void write_date_fields(JsonWriter& json, const model::Date& date) {
  json.field("value", date.value).field("start", date.start).field("end", date.end);
  if (!date.qualifier.empty()) json.field("qualifier", date.qualifier);
}

void write_span(JsonWriter& json, const model::Span& span) {
  json.begin_object().field("begin", span.range.begin).field("end", span.range.end);
  std::visit(
      [&](const auto& what) {
        using T = std::decay_t<decltype(what)>;
        if constexpr (std::is_same_v<T, model::Emphasis>) {
          json.field("type", "emphasis");
        } else if constexpr (std::is_same_v<T, model::Strong>) {
          json.field("type", "strong");
        } else if constexpr (std::is_same_v<T, model::Code>) {
          json.field("type", "code");
        } else if constexpr (std::is_same_v<T, model::Link>) {
          json.field("type", "link").field("href", what.href);
        } else if constexpr (std::is_same_v<T, model::Entity>) {
          json.field("type", "entity").field("kind", model::kind_name(what.kind)).field("id", what.id);
          json.field("mention", what.mention);
        } else {
          json.field("type", "date").key("date").begin_object();
          write_date_fields(json, what);
          json.end_object().field("mention", what.mention);
        }
      },
      span.what);
  json.end_object();
}

void write_text(JsonWriter& json, const model::TextBlock& block) {
  json.field("text", block.text());
  json.key("spans").begin_array();
  for (const model::Span& span : block.spans()) write_span(json, span);
  json.end_array();
}

void write_blocks(JsonWriter& json, const std::vector<model::Block>& blocks);

void write_block(JsonWriter& json, const model::Block& block) {
  json.begin_object();
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, model::Paragraph>) json.field("type", "paragraph");
        if constexpr (std::is_same_v<T, model::Heading>) json.field("type", "heading");
        if constexpr (std::is_same_v<T, model::CodeBlock>) json.field("type", "code");
        if constexpr (std::is_same_v<T, model::List>) json.field("type", "list");
        if constexpr (std::is_same_v<T, model::Quote>) json.field("type", "quote");
        if constexpr (std::is_same_v<T, model::Table>) json.field("type", "table");
        json.field("id", block.id).field("line", block.source.line).field("column", block.source.column);
        if constexpr (std::is_same_v<T, model::Paragraph>) {
          write_text(json, node.content);
        } else if constexpr (std::is_same_v<T, model::Heading>) {
          json.field("level", node.level);
          write_text(json, node.content);
        } else if constexpr (std::is_same_v<T, model::CodeBlock>) {
          json.field("language", node.language);
          write_text(json, node.content);
        } else if constexpr (std::is_same_v<T, model::List>) {
          json.field("style", model::list_style_name(node.style)).field("start", node.start);
          json.key("items").begin_array();
          for (const model::ListItem& item : node.items) {
            json.begin_object();
            if (item.task != model::Task::None) json.field("task", model::task_name(item.task));
            json.key("blocks");
            write_blocks(json, item.blocks);
            json.end_object();
          }
          json.end_array();
        } else if constexpr (std::is_same_v<T, model::Table>) {
          json.key("columns").begin_array();
          for (const model::Alignment a : node.columns) json.value(model::alignment_name(a));
          json.end_array().field("headerRows", node.header_rows).key("rows").begin_array();
          for (const model::TableRow& row : node.rows) {
            json.begin_object().key("cells").begin_array();
            for (const model::TableCell& cell : row.cells) {
              json.begin_object().key("blocks");
              write_blocks(json, cell.blocks);
              json.end_object();
            }
            json.end_array().end_object();
          }
          json.end_array();
        } else {
          json.key("blocks");
          write_blocks(json, node.blocks);
        }
      },
      block.node);
  json.end_object();
}

void write_blocks(JsonWriter& json, const std::vector<model::Block>& blocks) {
  json.begin_array();
  for (const model::Block& block : blocks) write_block(json, block);
  json.end_array();
}

void write_position(JsonWriter& json, const SourcePos& where) {
  json.field("line", where.line).field("column", where.column);
}

void write_review(JsonWriter& json, const model::Review& review) {
  json.key("input").begin_object();
  json.field("encoding", review.encoding).field("byteOrderMark", review.byte_order_mark);
  json.field("lineEndings", review.line_endings).field("nfcChanged", review.nfc_changed);
  json.field("bytes", review.source_bytes).end_object();

  json.key("changes").begin_array();
  for (const model::Change& c : review.changes) {
    json.begin_object().field("block", c.block).field("offset", c.offset);
    write_position(json, c.where);
    json.field("original", c.original).field("replacement", c.replacement);
    json.field("rule", model::rule_name(c.rule)).field("confidence", c.confidence);
    if (!c.entity.empty()) json.field("entity", c.entity);
    json.end_object();
  }
  json.end_array();

  json.key("suggestions").begin_array();
  for (const model::Suggestion& s : review.suggestions) {
    json.begin_object().field("original", s.original);
    write_position(json, s.where);
    write_strings(json, "candidates", s.candidates);
    json.field("reason", s.reason).end_object();
  }
  json.end_array();

  json.key("removed").begin_array();
  for (const model::Removal& r : review.removals) {
    if (r.kind == model::Removal::Kind::Whitespace) continue;
    json.begin_object().field("kind", model::removal_kind_name(r.kind));
    json.field("begin", r.begin).field("end", r.end);
    write_position(json, r.where);
    json.field("text", r.text).end_object();
  }
  json.end_array();
  json.key("removedWhitespace").begin_object();
  json.field("runs", review.whitespace_runs).field("bytes", review.whitespace_bytes).end_object();

  json.key("ambiguities").begin_array();
  for (const model::Ambiguity& a : review.ambiguities) {
    json.begin_object().field("form", a.form);
    write_position(json, a.where);
    write_strings(json, "entities", a.entities);
    json.end_object();
  }
  json.end_array();

  json.key("candidates").begin_array();
  for (const model::Candidate& c : review.candidates) {
    json.begin_object().field("text", c.text).field("count", c.count);
    write_position(json, c.first);
    json.end_object();
  }
  json.end_array();
}

void write_optional_date(JsonWriter& json, const char* key, const std::optional<model::Date>& date) {
  if (!date) return;
  json.key(key).begin_object();
  write_date_fields(json, *date);
  json.end_object();
}

void write_entity(JsonWriter& json, const model::EntityInfo& e) {
  json.begin_object().field("id", e.id).field("kind", model::kind_name(e.kind));
  json.field("name", e.name).field("index", e.index).field("description", e.description);
  write_strings(json, "aliases", e.aliases);
  write_optional_date(json, "born", e.born);
  write_optional_date(json, "died", e.died);
  write_optional_date(json, "date", e.date);
  if (!e.parent.empty()) json.field("parent", e.parent);
  write_strings(json, "related", e.related);
  json.end_object();
}

void write_chapter(JsonWriter& json, const pack::Chapter& chapter) {
  json.begin_object().field("name", chapter.name).field("source", chapter.source).field("title", chapter.title);
  write_review(json, chapter.review);
  json.key("document").begin_object().field("language", chapter.doc.meta.language);
  write_strings(json, "authors", chapter.doc.meta.authors);
  json.key("title").begin_object();
  write_text(json, chapter.doc.title);
  json.end_object().key("blocks");
  write_blocks(json, chapter.doc.blocks);
  json.end_object();
  json.key("entities").begin_array();
  for (const auto& e : chapter.entities) write_entity(json, *e);
  json.end_array().end_object();
}

void write_locators(JsonWriter& json, const std::vector<pack::Locator>& locators, const pack::Pack& pack) {
  json.begin_array();
  for (const pack::Locator& l : locators) {
    json.begin_object().field("chapter", l.chapter).field("mention", l.mention).field("section", l.section);
    json.field("label", pack.locator_label(l)).end_object();
  }
  json.end_array();
}

void write_index_entry(JsonWriter& json, const pack::IndexEntry& e, const pack::Pack& pack) {
  json.begin_object().field("term", e.term);
  if (!e.entity.empty()) json.field("entity", e.entity);
  if (!e.see.empty()) json.field("see", e.see).field("seeEntity", e.see_entity);
  json.key("locators");
  write_locators(json, e.locators, pack);
  write_strings(json, "seeAlso", e.see_also);
  json.key("subentries").begin_array();
  for (const pack::IndexEntry& sub : e.subentries) write_index_entry(json, sub, pack);
  json.end_array().end_object();
}

void write_pack(JsonWriter& json, const pack::Pack& pack) {
  json.key("sections").begin_array();
  for (const std::vector<pack::Section>& chapter : pack.sections) {
    json.begin_array();
    for (const pack::Section& s : chapter)
      json.begin_object()
          .field("block", s.block)
          .field("level", s.level)
          .field("number", s.number)
          .field("title", s.title)
          .end_object();
    json.end_array();
  }
  json.end_array();
  json.key("people").begin_array();
  for (const pack::Person& p : pack.people) {
    json.begin_object().field("id", p.id).field("name", p.name).field("index", p.index).field("dates", p.dates);
    json.field("description", p.description).key("mentions");
    write_locators(json, p.mentions, pack);
    json.end_object();
  }
  json.end_array();
  json.key("timeline").begin_array();
  for (const pack::TimelineEntry& t : pack.timeline) {
    json.begin_object();
    write_date_fields(json, t.date);
    json.field("label", t.label).field("text", t.text);
    if (!t.entity.empty()) json.field("entity", t.entity);
    json.key("where");
    write_locators(json, {t.where}, pack);
    json.end_object();
  }
  json.end_array();
  json.key("glossary").begin_array();
  for (const pack::Term& t : pack.glossary) {
    json.begin_object().field("id", t.id).field("kind", model::kind_name(t.kind)).field("name", t.name);
    json.field("dates", t.dates).field("description", t.description).key("mentions");
    write_locators(json, t.mentions, pack);
    json.end_object();
  }
  json.end_array();
  json.key("index").begin_array();
  for (const pack::IndexGroup& g : pack.index) {
    json.begin_object().field("letter", g.letter).key("entries").begin_array();
    for (const pack::IndexEntry& e : g.entries) write_index_entry(json, e, pack);
    json.end_array().end_object();
  }
  json.end_array();
}

}  // namespace

std::string write_json(const pack::Pack& pack, const Options& options) {
  std::string bytes;
  StringSink sink(bytes);
  write_json(pack, options, sink);
  return bytes;
}

void write_json(const pack::Pack& pack, const Options&, Sink& out) {
  JsonWriter json(out, /*compact=*/true);  // machine-readable; pipe through jq to read it
  json.begin_object();
  json.key("notepress").begin_object().field("schema", kSchemaVersion).end_object();
  json.field("title", pack.title);
  write_strings(json, "authors", pack.authors);
  json.field("language", pack.language).field("course", pack.course);
  json.key("chapters").begin_array();
  for (const pack::Chapter& chapter : pack.chapters) write_chapter(json, chapter);
  json.end_array();
  json.key("pack").begin_object();
  write_pack(json, pack);
  json.end_object();
  json.end_object();
  json.finish();
}

}  // namespace np::write
