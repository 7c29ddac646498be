#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/entity_info.hpp"
#include "pack/pack.hpp"
#include "unicode/icu.hpp"

namespace np::pack {

/// Builds the index: every mentioned entity under its index form with its locators; an
/// entity with a `parent` as a subentry of the parent's entry (created if the parent itself
/// is not mentioned); the alternative names the notes use ("Koba") as "See" entries;
/// `related` entities that are in the index as "See also". Entries sorted by ICU collation,
/// grouped by letter. `info` knows every mentioned entity and its ancestors; `mentions` maps
/// ids to locators; `order` lists mentioned ids in reading order; `used` maps ids to the
/// case-folded forms the notes wrote them in.
std::vector<IndexGroup> build_index(const std::map<std::string, const model::EntityInfo*>& info,
                                    const std::map<std::string, std::vector<Locator>>& mentions,
                                    const std::vector<std::string>& order,
                                    const std::map<std::string, std::set<std::string>>& used,
                                    const unicode::IndexCollator& collator);

/// True if `alias` deserves a "See" entry: it is not the name, the index form, a word of
/// either ("Stalin" for "Stalin, Joseph"; "NEP" for "New Economic Policy (NEP)") or a mere
/// plural of the name.
bool deserves_see_entry(const std::string& alias, const model::EntityInfo& info);

}  // namespace np::pack
