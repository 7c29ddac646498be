#include "model/entity_info.hpp"

#include <array>
#include <utility>

namespace np::model {
namespace {

constexpr std::array<std::pair<EntityKind, const char*>, 5> kKinds{{
    {EntityKind::Person, "person"},
    {EntityKind::Place, "place"},
    {EntityKind::Organisation, "organisation"},
    {EntityKind::Event, "event"},
    {EntityKind::Concept, "concept"},
}};

}  // namespace

const char* kind_name(EntityKind kind) noexcept {
  for (const auto& [k, name] : kKinds)
    if (k == kind) return name;
  return "concept";
}

bool parse_kind(std::string_view name, EntityKind& kind) noexcept {
  for (const auto& [k, n] : kKinds)
    if (name == n) {
      kind = k;
      return true;
    }
  return false;
}

}  // namespace np::model
