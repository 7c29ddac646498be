#pragma once

/// Data files compiled into the binary (cmake/embed.cmake): built-in lexicons, the English
/// word list, DOCX and EPUB templates, the boilerplate list.

#include <optional>
#include <span>
#include <string_view>

namespace np::resources {

struct Resource {
  std::string_view name;   ///< e.g. "lexicons/russia-1917-1953.toml"
  std::string_view bytes;  ///< static storage; followed by a NUL byte
};

/// Every embedded resource, in the order CMake lists them.
std::span<const Resource> all() noexcept;

/// The resource called `name`, or nullopt.
std::optional<std::string_view> find(std::string_view name) noexcept;

/// The resource called `name`; a missing built-in resource is a build bug (aborts).
std::string_view get(std::string_view name) noexcept;

}  // namespace np::resources
