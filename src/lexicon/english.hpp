#pragma once

/// The English word list compiled into notepress (Debian's wbritish-large and
/// wamerican-large, merged): the guard that keeps normalisation off real words.

#include <string_view>

namespace np::english {

/// True if `word` is in the list exactly as written ("Stalin", "left", "Left").
bool contains(std::string_view word) noexcept;

/// True if `word` is an ordinary English word: its ASCII-lower-cased form is in the list, or
/// it is a British -ise/-isation spelling of a listed -ize word ("criticised").
/// "left" and "Left" → true; "stalin", "Zinoviev" → false.
bool is_common_word(std::string_view word);

/// True if `word` is in the list in any capitalisation (a common word or a proper noun).
bool is_known_word(std::string_view word);

/// True if the lower-cased `word` is a frequent English word (Debian's small SCOWL lists):
/// "left", "party", "red", "terror" are; "politburo", "bolshevik", "kulak" are not. A one-word
/// name that is also a frequent word is only a name when capitalised.
bool is_frequent_word(std::string_view word);

}  // namespace np::english
