#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/error.hpp"
#include "base/file_io.hpp"
#include "base/utf8.hpp"
#include "dates/dates.hpp"
#include "lexicon/english.hpp"
#include "lexicon/lexicon.hpp"
#include "unicode/icu.hpp"

namespace np::lexicon {
namespace {

SourcePos pos_of(const toml::source_region& region) {
  return {static_cast<std::uint32_t>(region.begin.line), static_cast<std::uint32_t>(region.begin.column)};
}

bool valid_id(std::string_view id, bool allow_underscore) {
  if (id.empty()) return false;
  auto ok = [&](char c, bool first) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
    return !first && (c == '-' || (allow_underscore && c == '_'));
  };
  for (std::size_t i = 0; i < id.size(); ++i)
    if (!ok(id[i], i == 0)) return false;
  return true;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

/// "Joseph Stalin" → "Stalin, Joseph"; names that end in a numeral or have one word stay.
std::string default_person_index(const std::string& name) {
  const std::size_t space = name.rfind(' ');
  if (space == std::string::npos) return name;
  const std::string last = name.substr(space + 1);
  const bool numeral = last.find_first_not_of("IVXLC") == std::string::npos;
  if (numeral || last.empty()) return name;
  std::size_t first = 0;
  if (!unicode::is_upper(utf8::next(last, first))) return name;  // "Ëzhov" counts, "von" does not
  return last + ", " + name.substr(0, space);
}

/// Collects problems while reading one file.
class Reader {
 public:
  explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

  void error(const toml::node& node, std::string message) {
    problems_.push_back({true, pos_of(node.source()), std::move(message)});
  }
  void error(SourcePos where, std::string message) { problems_.push_back({true, where, std::move(message)}); }
  void warn(SourcePos where, std::string message) { problems_.push_back({false, where, std::move(message)}); }

  /// A required or optional string value; reports wrong types.
  std::optional<std::string> string(const toml::table& table, std::string_view key, bool required) {
    const toml::node* node = table.get(key);
    if (!node) {
      if (required) error(table, "missing required key '" + std::string(key) + "'");
      return std::nullopt;
    }
    if (!node->is_string()) {
      error(*node, "'" + std::string(key) + "' must be a string");
      return std::nullopt;
    }
    return node->as_string()->get();
  }

  /// An array of non-blank strings.
  std::vector<std::pair<std::string, SourcePos>> strings(const toml::table& table, std::string_view key) {
    std::vector<std::pair<std::string, SourcePos>> out;
    const toml::node* node = table.get(key);
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array) {
      error(*node, "'" + std::string(key) + "' must be an array of strings");
      return out;
    }
    for (const toml::node& item : *array) {
      if (!item.is_string()) {
        error(item, "'" + std::string(key) + "' must contain only strings");
        continue;
      }
      const std::string& text = item.as_string()->get();
      if (is_blank(text)) {
        error(item, "empty form in '" + std::string(key) + "'");
        continue;
      }
      out.emplace_back(text, pos_of(item.source()));
    }
    return out;
  }

  std::optional<model::Date> date(const toml::table& table, std::string_view key) {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (!node->is_string()) {
      error(*node, "'" + std::string(key) + "' must be a string such as \"25 October 1917\"");
      return std::nullopt;
    }
    auto date = dates::parse(node->as_string()->get());
    if (!date) error(*node, "cannot read '" + node->as_string()->get() + "' as a date");
    return date;
  }

 private:
  std::vector<Problem>& problems_;
};

constexpr std::string_view kEntityKeys[] = {"id",   "type", "name",        "index",  "aliases", "misspellings",  "born",
                                            "died", "date", "description", "parent", "related", "case_sensitive"};
constexpr std::string_view kLexiconKeys[] = {"id", "title", "language", "description"};

template <std::size_t N>
void check_keys(Reader& reader, const toml::table& table, const std::string_view (&known)[N], const char* where) {
  for (auto&& [key, node] : table) {
    if (std::find(std::begin(known), std::end(known), key.str()) == std::end(known))
      reader.error(pos_of(key.source()), "unknown key '" + std::string(key.str()) + "' in " + where);
  }
}

std::optional<Entry> read_entity(Reader& reader, const toml::table& table, const std::string& origin) {
  check_keys(reader, table, kEntityKeys, "[[entity]]");
  Entry entry;
  entry.origin = origin;
  entry.where = pos_of(table.source());
  bool ok = true;

  auto id = reader.string(table, "id", true);
  if (id && !valid_id(*id, true)) {
    reader.error(*table.get("id"), "invalid id '" + *id + "': use lower-case letters, digits, '-' and '_'");
    ok = false;
  }
  auto type = reader.string(table, "type", true);
  if (type && !model::parse_kind(*type, entry.info.kind)) {
    reader.error(*table.get("type"), "unknown type '" + *type + "': use person, place, organisation, event or concept");
    ok = false;
  }
  auto name = reader.string(table, "name", true);
  if (name && is_blank(*name)) {
    reader.error(*table.get("name"), "empty name");
    ok = false;
  }
  if (!id || !type || !name) ok = false;
  // Read the rest even when the entry is unusable, so that lint reports every problem at once.
  entry.info.id = id.value_or("");
  entry.info.name = name.value_or("");
  entry.info.index = reader.string(table, "index", false)
                         .value_or(entry.info.kind == model::EntityKind::Person ? default_person_index(entry.info.name)
                                                                                : entry.info.name);
  entry.info.description = reader.string(table, "description", false).value_or("");
  for (auto& [alias, where] : reader.strings(table, "aliases")) entry.info.aliases.push_back(alias);
  for (auto& [wrong, where] : reader.strings(table, "misspellings")) entry.misspellings.push_back(wrong);
  entry.info.born = reader.date(table, "born");
  entry.info.died = reader.date(table, "died");
  entry.info.date = reader.date(table, "date");
  if (ok && entry.info.kind != model::EntityKind::Person && (table.get("born") || table.get("died")))
    reader.warn(entry.where, "'born' and 'died' are for people; '" + entry.info.id + "' is a " + *type);
  entry.info.parent = reader.string(table, "parent", false).value_or("");
  for (auto& [rel, where] : reader.strings(table, "related")) entry.info.related.push_back(rel);
  if (const toml::node* cs = table.get("case_sensitive")) {
    if (!cs->is_boolean())
      reader.error(*cs, "'case_sensitive' must be true or false");
    else
      entry.case_sensitive = cs->as_boolean()->get();
  }
  if (!ok) return std::nullopt;
  return entry;
}

/// Checks across entries: duplicate ids, shared forms, references, cycles.
void check_entries(Reader& reader, const std::vector<Entry>& entries, const toml::array& array) {
  std::map<std::string, std::size_t> ids;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto [it, fresh] = ids.emplace(entries[i].info.id, i);
    if (!fresh)
      reader.error(entries[i].where, "duplicate id '" + entries[i].info.id + "' (first at line " +
                                         std::to_string(entries[it->second].where.line) + ")");
  }
  // Forms shared by two entries are ambiguous: the tagger tags neither.
  std::map<std::string, std::size_t> forms;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    std::set<std::string> own;
    auto add = [&](const std::string& form, bool misspelling) {
      const std::string key = unicode::fold_case(form);
      if (!own.insert(key).second) return;
      auto [it, fresh] = forms.emplace(key, i);
      if (!fresh)
        reader.warn(e.where, "form '" + form + "' of '" + e.info.id + "' is also a form of '" +
                                 entries[it->second].info.id + "': neither will be tagged there");
      if (misspelling && english::is_common_word(form))
        reader.warn(e.where,
                    "misspelling '" + form + "' of '" + e.info.id + "' is an English word and will never be corrected");
    };
    add(e.info.name, false);
    for (const std::string& a : e.info.aliases) add(a, false);
    for (const std::string& m : e.misspellings) add(m, true);
  }
  for (const Entry& e : entries) {
    if (!e.info.parent.empty() && !ids.count(e.info.parent))
      reader.error(e.where, "'" + e.info.id + "' has unknown parent '" + e.info.parent + "'");
    for (const std::string& r : e.info.related)
      if (!ids.count(r)) reader.error(e.where, "'" + e.info.id + "' is related to unknown id '" + r + "'");
  }
  // Parent chains must end. Each entry on a cycle is reported; an entry whose chain only
  // runs into a cycle is not on it (its own parent link is fine).
  for (const Entry& e : entries) {
    std::set<std::string> seen{e.info.id};
    std::string next = e.info.parent;
    while (!next.empty()) {
      if (next == e.info.id) {
        reader.error(e.where, "cycle of 'parent' references through '" + e.info.id + "'");
        break;
      }
      if (!seen.insert(next).second) break;  // a cycle further up, reported at its members
      auto it = ids.find(next);
      if (it == ids.end()) break;
      next = entries[it->second].info.parent;
    }
  }
  (void)array;
}

}  // namespace

ParseResult parse(std::string_view text, const std::string& origin) {
  ParseResult result;
  Reader reader(result.problems);
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    reader.error(pos_of(e.source()), std::string(e.description()));
    return result;
  }
  for (auto&& [key, node] : root) {
    if (key.str() != "lexicon" && key.str() != "entity")
      reader.error(pos_of(key.source()),
                   "unknown top-level key '" + std::string(key.str()) + "': expected [lexicon] and [[entity]]");
  }
  Lexicon lexicon;
  lexicon.origin = origin;
  const toml::table* header = root["lexicon"].as_table();
  if (!header) {
    reader.error(SourcePos{1, 1}, "missing [lexicon] table with id and title");
  } else {
    check_keys(reader, *header, kLexiconKeys, "[lexicon]");
    lexicon.id = reader.string(*header, "id", true).value_or("");
    if (!lexicon.id.empty() && !valid_id(lexicon.id, false))
      reader.error(*header->get("id"), "invalid lexicon id '" + lexicon.id + "'");
    lexicon.title = reader.string(*header, "title", true).value_or("");
    lexicon.description = reader.string(*header, "description", false).value_or("");
    if (auto language = reader.string(*header, "language", false)) {
      lexicon.language = unicode::canonical_language_tag(*language);
      if (lexicon.language.empty())
        reader.error(*header->get("language"), "'" + *language + "' is not a BCP 47 language tag");
    }
  }
  const toml::node* entities = root.get("entity");
  const toml::array* array = entities ? entities->as_array() : nullptr;
  if (entities && (!array || !array->is_array_of_tables())) {
    reader.error(*entities, "'entity' must be written as [[entity]] tables");
  } else if (array) {
    for (const toml::node& item : *array)
      if (auto entry = read_entity(reader, *item.as_table(), lexicon.id.empty() ? origin : lexicon.id))
        lexicon.entries.push_back(std::move(*entry));
    check_entries(reader, lexicon.entries, *array);
  }
  std::stable_sort(result.problems.begin(), result.problems.end(), [](const Problem& a, const Problem& b) {
    return a.where.line != b.where.line ? a.where.line < b.where.line : a.where.column < b.where.column;
  });
  const bool failed =
      std::any_of(result.problems.begin(), result.problems.end(), [](const Problem& p) { return p.error; });
  if (!failed) result.lexicon = std::move(lexicon);
  return result;
}

Lexicon load_file(const std::filesystem::path& file, Diagnostics& diags) {
  return load(file_io::read_file(file, kMaxFileBytes), file, diags);
}

Lexicon load(std::string_view text, const std::filesystem::path& file, Diagnostics& diags) {
  ParseResult result = parse(text, file.string());
  std::string errors;
  std::optional<SourcePos> first;
  for (const Problem& p : result.problems) {
    if (p.error) {
      if (!first) first = p.where;
      if (!errors.empty()) errors += "\n" + format_location(file, p.where, "");
      errors += p.message;
    } else {
      diags.warn(format_location(file, p.where, p.message));
    }
  }
  if (!result.lexicon) throw Error(ErrorKind::Lexicon, errors, file, first);
  return std::move(*result.lexicon);
}

std::vector<Entry> merge(std::span<const Lexicon> lexicons) {
  std::vector<Entry> merged;
  std::map<std::string, std::size_t> position;
  for (const Lexicon& lexicon : lexicons) {
    for (const Entry& entry : lexicon.entries) {
      auto [it, fresh] = position.emplace(entry.info.id, merged.size());
      if (fresh)
        merged.push_back(entry);
      else
        merged[it->second] = entry;
    }
  }
  return merged;
}

}  // namespace np::lexicon
