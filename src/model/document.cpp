#include "model/document.hpp"

#include <array>
#include <utility>

namespace np::model {
namespace {

constexpr std::array<std::pair<ListStyle, const char*>, 6> kListStyles{{
    {ListStyle::Bullet, "bullet"},
    {ListStyle::Decimal, "decimal"},
    {ListStyle::LowerAlpha, "lower-alpha"},
    {ListStyle::UpperAlpha, "upper-alpha"},
    {ListStyle::LowerRoman, "lower-roman"},
    {ListStyle::UpperRoman, "upper-roman"},
}};

constexpr std::array<std::pair<Alignment, const char*>, 4> kAlignments{{
    {Alignment::Default, "default"},
    {Alignment::Left, "left"},
    {Alignment::Centre, "center"},
    {Alignment::Right, "right"},
}};

constexpr std::array<std::pair<Task, const char*>, 3> kTasks{{
    {Task::None, "none"},
    {Task::Open, "open"},
    {Task::Done, "done"},
}};

/// The name of `value` in `table`; the first name if it has none.
template <typename T, std::size_t N>
const char* name_in(const std::array<std::pair<T, const char*>, N>& table, T value) noexcept {
  for (const auto& [v, name] : table)
    if (v == value) return name;
  return table[0].second;
}

/// The value named `name` in `table`, into `value`; false if none is.
template <typename T, std::size_t N>
bool parse_in(const std::array<std::pair<T, const char*>, N>& table, std::string_view name, T& value) noexcept {
  for (const auto& [v, n] : table)
    if (name == n) {
      value = v;
      return true;
    }
  return false;
}

}  // namespace

const char* alignment_name(Alignment alignment) noexcept { return name_in(kAlignments, alignment); }
bool parse_alignment(std::string_view name, Alignment& alignment) noexcept {
  return parse_in(kAlignments, name, alignment);
}
const char* list_style_name(ListStyle style) noexcept { return name_in(kListStyles, style); }
bool parse_list_style(std::string_view name, ListStyle& style) noexcept { return parse_in(kListStyles, name, style); }
const char* task_name(Task task) noexcept { return name_in(kTasks, task); }
bool parse_task(std::string_view name, Task& task) noexcept { return parse_in(kTasks, name, task); }

}  // namespace np::model
