#pragma once

// Internal to src/dates: reads single date expressions ("atoms") at a token. Every parser
// looks ahead a bounded number of tokens and allocates nothing, so trying one at every token
// keeps find() linear.

#include <array>
#include <optional>
#include <string_view>

#include "dates/atom.hpp"
#include "dates/lexer.hpp"

namespace np::dates::detail {

/// What precedes a candidate atom.
struct Context {
  Token prev;              ///< the token before it (Kind::End at the start of the text)
  bool free_left = false;  ///< its left side is a boundary whatever `prev` is (range ends)
  bool signalled = false;  ///< a word before it says a number is a year ("in", "the", "by")
};

class Grammar {
 public:
  /// `text` must be shorter than 4 GiB (token offsets are 32-bit, as model::ByteRange).
  explicit Grammar(std::string_view text) noexcept : text_(text) {}

  /// The token at or after `pos`. Parsers ask for the same few tokens again and again, so
  /// recent answers are kept in a small cache (a Grammar is not shared between threads).
  Token at(std::size_t pos) const noexcept {
    Cached& entry = cache_[pos % cache_.size()];
    if (entry.pos != pos) entry = Cached{.pos = pos, .token = lex(text_, pos)};
    return entry.token;
  }
  Token next(const Token& t) const noexcept { return at(t.end); }
  /// The context of a token that follows `prev`.
  static Context after(const Token& prev) noexcept;

  /// The longest atom starting at `t`, or nullopt. Complete atoms have `standalone` set.
  std::optional<Atom> atom(const Token& t, const Context& ctx) const noexcept;

  /// The end of a range that starts with `start`: an atom, or a two-digit year ("1928-32") or
  /// decade ("1930s–40s") completed from `start`.
  std::optional<Atom> range_end(const Token& t, const Atom& start, const Context& ctx) const noexcept;

 private:
  struct YearPart {
    int year = 0;
    bool era = false;
    Token last;
  };
  struct Era {
    bool bc = false;
    Token last;
  };

  std::optional<Atom> number_atom(const Token& t, const Context& ctx) const noexcept;
  std::optional<Atom> word_atom(const Token& t, const Context& ctx) const noexcept;
  std::optional<Atom> iso_date(const Token& t) const noexcept;
  std::optional<Atom> numeric_date(const Token& t) const noexcept;
  std::optional<Atom> day_first(const Token& t) const noexcept;
  std::optional<Atom> month_first(const Token& t) const noexcept;
  std::optional<Atom> month_day(Atom month, const Token& t, bool needs_year) const noexcept;
  std::optional<Atom> season(const Token& t) const noexcept;
  std::optional<Atom> century(const Token& t) const noexcept;
  std::optional<Atom> century_tail(int n, std::uint32_t begin, const Token& last) const noexcept;
  std::optional<Atom> decade(const Token& t, const Context& ctx, bool short_ok) const noexcept;
  std::optional<Atom> qualified(const Token& t, const Context& ctx) const noexcept;
  std::optional<Atom> circa(const Token& t) const noexcept;
  std::optional<Atom> anno_domini(const Token& t) const noexcept;
  std::optional<Atom> plain_number(const Token& t, const Context& ctx) const noexcept;

  std::optional<YearPart> year_part(const Token& t, bool loose) const noexcept;
  std::optional<YearPart> year_after_comma(const Token& t, bool loose) const noexcept;
  std::optional<Era> era(const Token& t) const noexcept;
  bool day_number(const Token& t, Token& last, bool& ordinal) const noexcept;
  Token month_end(const Token& t) const noexcept;
  bool glued_left(const Token& t, const Token& prev) const noexcept;
  bool glued_right(const Token& last) const noexcept;
  bool is_count(const Token& last, const Context& ctx) const noexcept;
  bool is_plural(const Token& t) const noexcept;
  bool byte_is(const Token& t, char c) const noexcept { return t.size() == 1 && text_[t.begin] == c; }

  struct Cached {
    std::size_t pos = static_cast<std::size_t>(-1);
    Token token;
  };

  std::string_view text_;
  mutable std::array<Cached, 16> cache_{};
};

}  // namespace np::dates::detail
