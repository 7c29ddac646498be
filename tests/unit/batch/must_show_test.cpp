// What issue 2 says notepress must show on the seed notes and on every file in input/.

#include <gtest/gtest.h>

#include <set>

#include "model/walk.hpp"
#include "support/pipeline.hpp"

namespace np {
namespace {

struct Found {
  std::string text;
  std::set<std::string> people, others, dates;
};

Found examine(const pack::Chapter& chapter) {
  Found f;
  f.text = test::all_text(chapter.doc);
  model::for_each_text(chapter.doc, [&](const model::TextBlock& block, const model::TextPlace&) {
    for (const model::Span& s : block.spans()) {
      if (const auto* e = std::get_if<model::Entity>(&s.what))
        (e->kind == model::EntityKind::Person ? f.people : f.others).insert(e->id);
      else if (const auto* d = std::get_if<model::Date>(&s.what))
        f.dates.insert(d->value);
    }
  });
  return f;
}

/// True if `word` occurs in `text` with no letter just before or after it.
bool has_word(const std::string& text, const std::string& word) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; };
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool left = at == 0 || !letter(text[at - 1]);
    const bool right = at + word.size() == text.size() || !letter(text[at + word.size()]);
    if (left && right) return true;
  }
  return false;
}

/// No known error survives, whichever of them a file had.
void expect_clean(const Found& f, const std::string& file) {
  for (const char* wrong : {"Zionev", "Bukarin", "Trotskys", "Stalins ", "Lenins ", "Kamanev", "Trotksy"})
    EXPECT_EQ(f.text.find(wrong), std::string::npos) << file << " still has " << wrong;
  for (const std::string lower : {"stalin", "trotsky", "lenin", "bukharin", "zinoviev", "kamenev", "october revolution",
                                  "red army", "politburo", "central committee", "party congress", "bolsheviks"}) {
    EXPECT_FALSE(has_word(f.text, lower)) << file << " still has lower-case '" << lower << "'";
  }
}

TEST(MustShow, SeedNotes) {
  if (test::shared_dir().empty()) GTEST_SKIP() << "../shared is not here";
  for (const auto& entry : std::filesystem::directory_iterator(test::shared_dir() / "seeds")) {
    const std::string input = test::slurp(entry.path());
    const Found f = examine(test::process(input));
    const std::string file = entry.path().string();
    expect_clean(f, file);
    for (const char* british : {"collectivisation", "criticised"}) {
      if (input.find(british) != std::string::npos) {
        EXPECT_NE(f.text.find(british), std::string::npos) << british << " was changed";
      }
    }
    for (const char* person : {"stalin", "trotsky", "bukharin", "zinoviev", "kamenev", "lenin"})
      EXPECT_TRUE(f.people.count(person)) << file << ": " << person << " not tagged";
    for (const char* date : {"1917", "1923", "1925"}) EXPECT_TRUE(f.dates.count(date)) << file << ": " << date;
    for (const char* term : {"nep", "politburo", "party-congress", "central-committee", "general-secretary", "rabkrin",
                             "red-army", "october-revolution", "civil-war"})
      EXPECT_TRUE(f.others.count(term)) << file << ": " << term << " not tagged";
  }
}

TEST(MustShow, EveryInputFile) {
  for (const auto& file : test::input_files()) {
    const read::Format* format = read::format_for(file, true);
    const Found f = examine(test::process(test::slurp(file), format->name, file.stem().string()));
    expect_clean(f, file.string());
    EXPECT_GE(f.people.size(), 4u) << file;
    EXPECT_GE(f.others.size(), 5u) << file;
    EXPECT_GE(f.dates.size(), 3u) << file;
    for (const char* british : {"collectivisation", "criticised", "industrialisation", "organised", "labour"}) {
      const std::string input = test::slurp(file);
      if (input.find(british) != std::string::npos) {
        EXPECT_NE(f.text.find(british), std::string::npos) << file << ": " << british << " was changed";
      }
    }
  }
}

}  // namespace
}  // namespace np
