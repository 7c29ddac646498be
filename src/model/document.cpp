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

}  // namespace

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
