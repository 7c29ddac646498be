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

}  // namespace

const char* alignment_name(Alignment alignment) noexcept {
  for (const auto& [a, name] : kAlignments)
    if (a == alignment) return name;
  return "default";
}

bool parse_alignment(std::string_view name, Alignment& alignment) noexcept {
  for (const auto& [a, n] : kAlignments)
    if (name == n) {
      alignment = a;
      return true;
    }
  return false;
}

const char* list_style_name(ListStyle style) noexcept {
  for (const auto& [s, name] : kListStyles)
    if (s == style) return name;
  return "bullet";
}

bool parse_list_style(std::string_view name, ListStyle& style) noexcept {
  for (const auto& [s, n] : kListStyles)
    if (name == n) {
      style = s;
      return true;
    }
  return false;
}

}  // namespace np::model
