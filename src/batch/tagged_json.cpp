#include "batch/tagged_json.hpp"

#include <nlohmann/json.hpp>

#include "base/error.hpp"

namespace np::batch {
namespace {

using Json = nlohmann::json;

[[noreturn]] void bad(const std::string& where, const std::string& what) {
  throw Error(ErrorKind::Parse, "not notepress JSON: " + where + ": " + what);
}

const Json& member(const Json& object, const char* key, const std::string& where) {
  if (!object.is_object()) bad(where, "expected an object");
  auto it = object.find(key);
  if (it == object.end()) bad(where, std::string("missing \"") + key + "\"");
  return *it;
}

template <typename T>
T get(const Json& object, const char* key, const std::string& where) {
  const Json& value = member(object, key, where);
  try {
    return value.get<T>();
  } catch (const Json::exception&) {
    bad(where + "." + key, "wrong type");
  }
}

template <typename T>
T get_or(const Json& object, const char* key, T fallback) {
  auto it = object.find(key);
  return it == object.end() ? fallback : it->get<T>();
}

SourcePos position(const Json& object, const std::string& where) {
  return {get<std::uint32_t>(object, "line", where), get<std::uint32_t>(object, "column", where)};
}

model::Date read_date(const Json& object, const std::string& where) {
  model::Date date;
  date.value = get<std::string>(object, "value", where);
  date.start = get<std::string>(object, "start", where);
  date.end = get<std::string>(object, "end", where);
  date.qualifier = get_or<std::string>(object, "qualifier", "");
  return date;
}

model::Annotation read_annotation(const Json& span, const std::string& where) {
  const std::string type = get<std::string>(span, "type", where);
  if (type == "emphasis") return model::Emphasis{};
  if (type == "strong") return model::Strong{};
  if (type == "code") return model::Code{};
  if (type == "link") return model::Link{get<std::string>(span, "href", where)};
  if (type == "entity") {
    model::Entity entity;
    if (!model::parse_kind(get<std::string>(span, "kind", where), entity.kind)) bad(where, "unknown entity kind");
    entity.id = get<std::string>(span, "id", where);
    entity.mention = get<std::uint32_t>(span, "mention", where);
    return entity;
  }
  if (type == "date") {
    model::Date date = read_date(member(span, "date", where), where + ".date");
    date.mention = get<std::uint32_t>(span, "mention", where);
    return date;
  }
  bad(where, "unknown span type \"" + type + "\"");
}

model::TextBlock read_text(const Json& object, const std::string& where) {
  model::TextBlock block(get<std::string>(object, "text", where));
  std::vector<model::Span> spans;
  const Json& list = member(object, "spans", where);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = where + ".spans[" + std::to_string(i) + "]";
    spans.push_back({{get<std::uint32_t>(list[i], "begin", at), get<std::uint32_t>(list[i], "end", at)},
                     read_annotation(list[i], at)});
  }
  try {
    block.annotate(std::move(spans));
  } catch (const std::out_of_range&) {
    bad(where, "a span lies outside its text");
  }
  return block;
}

std::vector<model::Block> read_blocks(const Json& list, const std::string& where, int depth);

model::Block read_block(const Json& object, const std::string& where, int depth) {
  if (depth > 200) bad(where, "blocks nested too deeply");
  model::Block block;
  block.id = get<std::uint32_t>(object, "id", where);
  block.source = position(object, where);
  const std::string type = get<std::string>(object, "type", where);
  if (type == "paragraph") {
    block.node = model::Paragraph{read_text(object, where)};
  } else if (type == "heading") {
    block.node = model::Heading{get<int>(object, "level", where), read_text(object, where)};
  } else if (type == "code") {
    block.node = model::CodeBlock{get<std::string>(object, "language", where), read_text(object, where)};
  } else if (type == "list") {
    model::List list;
    if (!model::parse_list_style(get<std::string>(object, "style", where), list.style))
      bad(where, "unknown list style");
    list.start = get<std::uint32_t>(object, "start", where);
    const Json& items = member(object, "items", where);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string at = where + ".items[" + std::to_string(i) + "]";
      model::ListItem& item = list.items.emplace_back();
      item.blocks = read_blocks(member(items[i], "blocks", at), at, depth + 1);
      if (!model::parse_task(get_or<std::string>(items[i], "task", "none"), item.task)) bad(at, "unknown task");
    }
    block.node = std::move(list);
  } else if (type == "quote") {
    block.node = model::Quote{read_blocks(member(object, "blocks", where), where, depth + 1)};
  } else if (type == "table") {
    model::Table table;
    for (const Json& column : member(object, "columns", where)) {
      table.columns.emplace_back();
      if (!column.is_string() || !model::parse_alignment(column.get<std::string>(), table.columns.back()))
        bad(where, "unknown column alignment");
    }
    table.header_rows = get<std::uint32_t>(object, "headerRows", where);
    const Json& rows = member(object, "rows", where);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const std::string at = where + ".rows[" + std::to_string(r) + "]";
      model::TableRow& row = table.rows.emplace_back();
      const Json& cells = member(rows[r], "cells", at);
      if (cells.size() != table.columns.size()) bad(at, "a row must have one cell per column");
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::string cell_at = at + ".cells[" + std::to_string(c) + "]";
        row.cells.push_back({read_blocks(member(cells[c], "blocks", cell_at), cell_at, depth + 1)});
        for (const model::Block& b : row.cells.back().blocks)
          if (!std::holds_alternative<model::Paragraph>(b.node)) bad(cell_at, "a table cell holds only paragraphs");
      }
    }
    block.node = std::move(table);
  } else {
    bad(where, "unknown block type \"" + type + "\"");
  }
  return block;
}

std::vector<model::Block> read_blocks(const Json& list, const std::string& where, int depth) {
  if (!list.is_array()) bad(where, "expected an array");
  std::vector<model::Block> blocks;
  for (std::size_t i = 0; i < list.size(); ++i)
    blocks.push_back(read_block(list[i], where + "[" + std::to_string(i) + "]", depth));
  return blocks;
}

model::Review read_review(const Json& c, const std::string& where) {
  model::Review r;
  const Json& input = member(c, "input", where);
  r.encoding = get<std::string>(input, "encoding", where + ".input");
  r.byte_order_mark = get<bool>(input, "byteOrderMark", where + ".input");
  r.line_endings = get<std::string>(input, "lineEndings", where + ".input");
  r.nfc_changed = get<bool>(input, "nfcChanged", where + ".input");
  r.source_bytes = get<std::uint32_t>(input, "bytes", where + ".input");
  for (const Json& j : member(c, "changes", where)) {
    model::Change change;
    change.block = get<std::uint32_t>(j, "block", where);
    change.offset = get<std::uint32_t>(j, "offset", where);
    change.where = position(j, where);
    change.original = get<std::string>(j, "original", where);
    change.replacement = get<std::string>(j, "replacement", where);
    if (!model::parse_rule(get<std::string>(j, "rule", where), change.rule)) bad(where, "unknown rule");
    change.confidence = get<double>(j, "confidence", where);
    change.entity = get_or<std::string>(j, "entity", "");
    r.changes.push_back(std::move(change));
  }
  for (const Json& j : member(c, "suggestions", where))
    r.suggestions.push_back({get<std::string>(j, "original", where),
                             get<std::vector<std::string>>(j, "candidates", where),
                             get<std::string>(j, "reason", where), position(j, where)});
  for (const Json& j : member(c, "removed", where)) {
    model::Removal removal;
    if (!model::parse_removal_kind(get<std::string>(j, "kind", where), removal.kind)) bad(where, "unknown removal");
    removal.begin = get<std::uint32_t>(j, "begin", where);
    removal.end = get<std::uint32_t>(j, "end", where);
    removal.where = position(j, where);
    removal.text = get<std::string>(j, "text", where);
    r.removals.push_back(std::move(removal));
  }
  const Json& ws = member(c, "removedWhitespace", where);
  r.whitespace_runs = get<std::uint32_t>(ws, "runs", where);
  r.whitespace_bytes = get<std::uint32_t>(ws, "bytes", where);
  for (const Json& j : member(c, "ambiguities", where))
    r.ambiguities.push_back(
        {get<std::string>(j, "form", where), get<std::vector<std::string>>(j, "entities", where), position(j, where)});
  for (const Json& j : member(c, "candidates", where))
    r.candidates.push_back(
        {get<std::string>(j, "text", where), get<std::uint32_t>(j, "count", where), position(j, where)});
  return r;
}

model::EntityInfo read_entity(const Json& j, const std::string& where) {
  model::EntityInfo e;
  e.id = get<std::string>(j, "id", where);
  if (!model::parse_kind(get<std::string>(j, "kind", where), e.kind)) bad(where, "unknown entity kind");
  e.name = get<std::string>(j, "name", where);
  e.index = get<std::string>(j, "index", where);
  e.description = get<std::string>(j, "description", where);
  e.aliases = get<std::vector<std::string>>(j, "aliases", where);
  if (j.contains("born")) e.born = read_date(j["born"], where + ".born");
  if (j.contains("died")) e.died = read_date(j["died"], where + ".died");
  if (j.contains("date")) e.date = read_date(j["date"], where + ".date");
  e.parent = get_or<std::string>(j, "parent", "");
  e.related = get<std::vector<std::string>>(j, "related", where);
  return e;
}

}  // namespace

std::vector<pack::Chapter> read_chapters(std::string_view text) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw Error(ErrorKind::Parse, std::string("not valid JSON: ") + e.what());
  }
  const Json& header = member(root, "notepress", "$");
  if (get<int>(header, "schema", "$.notepress") != 1) bad("$.notepress.schema", "unsupported schema version");
  std::vector<pack::Chapter> chapters;
  const Json& list = member(root, "chapters", "$");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "$.chapters[" + std::to_string(i) + "]";
    const Json& c = list[i];
    pack::Chapter chapter;
    chapter.name = get<std::string>(c, "name", where);
    chapter.source = get<std::string>(c, "source", where);
    chapter.title = get<std::string>(c, "title", where);
    chapter.review = read_review(c, where);
    const Json& doc = member(c, "document", where);
    chapter.doc.meta.language = get<std::string>(doc, "language", where + ".document");
    chapter.doc.meta.authors = get_or<std::vector<std::string>>(doc, "authors", {});
    chapter.doc.title = read_text(member(doc, "title", where + ".document"), where + ".document.title");
    chapter.doc.blocks = read_blocks(member(doc, "blocks", where + ".document"), where + ".document.blocks", 0);
    for (const Json& e : member(c, "entities", where))
      chapter.entities.push_back(std::make_shared<const model::EntityInfo>(read_entity(e, where + ".entities")));
    chapters.push_back(std::move(chapter));
  }
  return chapters;
}

}  // namespace np::batch
