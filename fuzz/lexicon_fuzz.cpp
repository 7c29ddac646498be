// The lexicon parser: never throws for bad content; a lexicon it accepts compiles into a
// gazetteer.
#include <cstdint>
#include <cstdlib>

#include "lexicon/gazetteer.hpp"
#include "lexicon/lexicon.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const np::lexicon::ParseResult result = np::lexicon::parse(text, "fuzz.toml");
  if (result.lexicon) {
    static np::unicode::TextBreaker breaker;
    const np::lexicon::Gazetteer gazetteer(result.lexicon->entries, breaker);
    (void)gazetteer.patterns().size();
  } else if (result.problems.empty()) {
    std::abort();  // a refused lexicon must say why
  }
  return 0;
}
