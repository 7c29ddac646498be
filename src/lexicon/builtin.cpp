#include <cstdio>
#include <cstdlib>

#include "base/error.hpp"
#include "lexicon/lexicon.hpp"
#include "resources/resources.hpp"

namespace np::lexicon {
namespace {

std::vector<Lexicon> parse_builtins() {
  std::vector<Lexicon> lexicons;
  for (const resources::Resource& resource : resources::all()) {
    if (!resource.name.starts_with("lexicons/")) continue;
    ParseResult result = parse(resource.bytes, "built-in " + std::string(resource.name));
    if (!result.lexicon) {
      // A broken built-in lexicon is a build bug; the lexicon tests catch it first.
      for (const Problem& p : result.problems)
        std::fprintf(stderr, "%s\n", format_location(std::string(resource.name), p.where, p.message).c_str());
      std::abort();
    }
    result.lexicon->origin = "built-in";
    for (Entry& entry : result.lexicon->entries) entry.builtin = true;
    lexicons.push_back(std::move(*result.lexicon));
  }
  return lexicons;
}

}  // namespace

std::span<const Lexicon> builtins() {
  static const std::vector<Lexicon> lexicons = parse_builtins();
  return lexicons;
}

}  // namespace np::lexicon
