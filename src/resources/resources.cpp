#include "resources/resources.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace np::resources {

std::optional<std::string_view> find(std::string_view name) noexcept {
  for (const Resource& r : all())
    if (r.name == name) return r.bytes;
  return std::nullopt;
}

std::string_view get(std::string_view name) noexcept {
  if (auto bytes = find(name)) return *bytes;
  std::fprintf(stderr, "notepress: built-in resource %s is missing\n", std::string(name).c_str());
  std::abort();
}

}  // namespace np::resources
