#include "model/review.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace np::model {
namespace {

constexpr std::array<std::pair<Rule, const char*>, 5> kRules{{
    {Rule::Misspelling, "misspelling"},
    {Rule::Possessive, "possessive"},
    {Rule::Case, "case"},
    {Rule::Fuzzy, "fuzzy"},
    {Rule::Layout, "layout"},
}};

}  // namespace

const char* rule_name(Rule rule) noexcept {
  for (const auto& [r, name] : kRules)
    if (r == rule) return name;
  return "layout";
}

bool parse_rule(std::string_view name, Rule& rule) noexcept {
  for (const auto& [r, n] : kRules)
    if (name == n) {
      rule = r;
      return true;
    }
  return false;
}

bool parse_removal_kind(std::string_view name, Removal::Kind& kind) noexcept {
  for (Removal::Kind k :
       {Removal::Kind::Whitespace, Removal::Kind::Marker, Removal::Kind::Markup, Removal::Kind::Boilerplate,
        Removal::Kind::Control, Removal::Kind::Metadata, Removal::Kind::Comment})
    if (name == removal_kind_name(k)) {
      kind = k;
      return true;
    }
  return false;
}

const char* removal_kind_name(Removal::Kind kind) noexcept {
  switch (kind) {
    case Removal::Kind::Whitespace:
      return "whitespace";
    case Removal::Kind::Marker:
      return "marker";
    case Removal::Kind::Markup:
      return "markup";
    case Removal::Kind::Boilerplate:
      return "boilerplate";
    case Removal::Kind::Control:
      return "control";
    case Removal::Kind::Metadata:
      return "metadata";
    case Removal::Kind::Comment:
      return "comment";
  }
  return "whitespace";
}

}  // namespace np::model
