#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/text_block.hpp"

namespace np::model {

/// What the pack needs to know about a lexicon entity: carried with every tagged document
/// (so a course pack can be built from tagged JSON alone).
struct EntityInfo {
  std::string id;
  EntityKind kind = EntityKind::Concept;
  std::string name;                  ///< display name: "Joseph Stalin"
  std::string index;                 ///< index form: "Stalin, Joseph"
  std::string description;           ///< one line
  std::vector<std::string> aliases;  ///< real alternative names (index "See" entries)
  std::optional<Date> born;
  std::optional<Date> died;
  std::optional<Date> date;          ///< events and concepts
  std::string parent;                ///< id of the entity this one is a subentry of, or ""
  std::vector<std::string> related;  ///< ids for "See also"
  friend bool operator==(const EntityInfo&, const EntityInfo&) = default;
};

/// "person", "place", "organisation", "event", "concept".
const char* kind_name(EntityKind kind) noexcept;
/// Inverse of kind_name; false if `name` is not a kind.
bool parse_kind(std::string_view name, EntityKind& kind) noexcept;

}  // namespace np::model
