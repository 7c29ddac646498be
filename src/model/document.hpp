#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/source_pos.hpp"
#include "model/text_block.hpp"

namespace np::model {

struct Paragraph {
  TextBlock content;
  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

/// A section heading; level 1 is the highest below the document title.
struct Heading {
  int level = 1;
  TextBlock content;
  friend bool operator==(const Heading&, const Heading&) = default;
};

struct CodeBlock {
  std::string language;
  TextBlock content;  ///< verbatim; never normalised or tagged
  friend bool operator==(const CodeBlock&, const CodeBlock&) = default;
};

struct Block;

/// The box of a task list item ("- [ ] revise the purges", "- [x] learn the dates").
enum class Task : std::uint8_t { None, Open, Done };

struct ListItem {
  std::vector<Block> blocks;
  Task task = Task::None;
  friend bool operator==(const ListItem&, const ListItem&);
};

enum class ListStyle : std::uint8_t { Bullet, Decimal, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman };

struct List {
  ListStyle style = ListStyle::Bullet;
  std::uint32_t start = 1;  ///< first number of an ordered list
  std::vector<ListItem> items;
  friend bool operator==(const List&, const List&) = default;
};

struct Quote {
  std::vector<Block> blocks;
  friend bool operator==(const Quote&, const Quote&);
};

/// How a table column's cells are aligned.
enum class Alignment : std::uint8_t { Default, Left, Centre, Right };

/// A table cell holds blocks like a list item (a Markdown cell: one paragraph, or none when
/// the cell is empty), so that each cell's text has a block id of its own.
struct TableCell {
  std::vector<Block> blocks;
  friend bool operator==(const TableCell&, const TableCell&);
};

struct TableRow {
  std::vector<TableCell> cells;
  friend bool operator==(const TableRow&, const TableRow&) = default;
};

/// A table: every row has one cell per column; the first `header_rows` rows are headings.
struct Table {
  std::vector<Alignment> columns;
  std::uint32_t header_rows = 0;
  std::vector<TableRow> rows;
  friend bool operator==(const Table&, const Table&) = default;
};

/// A node of the block tree. `id` is unique within its document (assigned by
/// `number_blocks`); writers derive anchors from it. `source` is where the block starts.
struct Block {
  std::variant<Paragraph, Heading, CodeBlock, List, Quote, Table> node;
  SourcePos source;
  std::uint32_t id = 0;
  friend bool operator==(const Block&, const Block&) = default;
};

inline bool operator==(const ListItem& a, const ListItem& b) { return a.task == b.task && a.blocks == b.blocks; }
inline bool operator==(const Quote& a, const Quote& b) { return a.blocks == b.blocks; }
inline bool operator==(const TableCell& a, const TableCell& b) { return a.blocks == b.blocks; }

struct Metadata {
  std::string language = "en";       ///< BCP 47
  std::vector<std::string> authors;  ///< as the notes name them (Markdown front matter), in order
  friend bool operator==(const Metadata&, const Metadata&) = default;
};

/// A notes document: a title (possibly empty) and a tree of blocks. Value semantics: copies
/// are deep. Text is NFC UTF-8 with "\n" line ends.
struct Document {
  Metadata meta;
  TextBlock title;
  std::vector<Block> blocks;
  friend bool operator==(const Document&, const Document&) = default;
};

/// Numbers every block in reading order, from 1.
void number_blocks(Document& doc);

/// "bullet", "decimal", "lower-alpha", "upper-alpha", "lower-roman", "upper-roman".
const char* list_style_name(ListStyle style) noexcept;
bool parse_list_style(std::string_view name, ListStyle& style) noexcept;
/// "none", "open", "done".
const char* task_name(Task task) noexcept;
bool parse_task(std::string_view name, Task& task) noexcept;
/// "default", "left", "center", "right" (the CSS names).
const char* alignment_name(Alignment alignment) noexcept;
bool parse_alignment(std::string_view name, Alignment& alignment) noexcept;

}  // namespace np::model
