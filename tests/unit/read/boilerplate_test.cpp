#include "read/boilerplate.hpp"

#include <gtest/gtest.h>

#include "resources/resources.hpp"

namespace np::read {
namespace {

TEST(BoilerplateNormalise, TrimsFoldsCollapsesAndCutsFinalPunctuation) {
  EXPECT_EQ(Boilerplate::normalise("  No   Comments\tYet...  "), "no comments yet");
  EXPECT_EQ(Boilerplate::normalise("Share this:"), "share this");
  EXPECT_EQ(Boilerplate::normalise("Was this helpful?"), "was this helpful");
  EXPECT_EQ(Boilerplate::normalise("Loading\xE2\x80\xA6"), "loading");
  EXPECT_EQ(Boilerplate::normalise("Back\xC2\xA0to\xC2\xA0top!"), "back to top");
  EXPECT_EQ(Boilerplate::normalise("STRA\xC3\x9F"
                                   "E"),
            "strasse");  // full case folding
  EXPECT_EQ(Boilerplate::normalise(" ... "), "");
}

TEST(BoilerplateMatches, WholeLinesOfTheList) {
  const Boilerplate list;
  EXPECT_TRUE(list.matches("No comments have yet been made"));
  EXPECT_TRUE(list.matches("No comments have yet been made."));
  EXPECT_TRUE(list.matches("  LOG IN TO COMMENT  "));
  EXPECT_TRUE(list.matches("Share this:"));
  EXPECT_TRUE(list.matches("Was this helpful?"));
  EXPECT_TRUE(list.matches("Like this:"));
  EXPECT_TRUE(list.matches("Like Loading..."));
  EXPECT_TRUE(list.matches("&nbsp;"));
  EXPECT_TRUE(list.matches("<br />"));
}

TEST(BoilerplateMatches, PrefixPatterns) {
  const Boilerplate list;
  EXPECT_TRUE(list.matches("We use cookies to improve your experience."));
  EXPECT_TRUE(list.matches("Click here to download the worksheet"));
  EXPECT_TRUE(list.matches("Posted by admin on 3 March 2019"));
  EXPECT_TRUE(list.matches("Copyright \xC2\xA9 2019 History Revision Ltd"));
  EXPECT_TRUE(list.matches("\xC2\xA9 2019 HistoryNotes Ltd. All rights reserved."));
  EXPECT_TRUE(list.matches("Share this: Facebook Twitter Email"));
  EXPECT_TRUE(list.matches("Filed under: Russia, Revision"));
}

TEST(BoilerplateMatches, CommentFormsAndNavigation) {
  const Boilerplate list;
  EXPECT_TRUE(list.matches("Your email address will not be published. Required fields are marked *"));
  EXPECT_TRUE(list.matches("Save my name, email, and website in this browser for the next time I comment."));
  EXPECT_TRUE(list.matches("This site uses Akismet to reduce spam. Learn how your comment data is processed."));
  EXPECT_TRUE(list.matches("Post Comment"));
  EXPECT_TRUE(list.matches("Name *"));  // a literal star: "name \*" in the list
  EXPECT_TRUE(list.matches("Email *"));
  EXPECT_TRUE(list.matches("Menu"));
  EXPECT_TRUE(list.matches("Home | About | Revision | Contact"));
  EXPECT_TRUE(list.matches("Home \xE2\x80\xBA GCSE \xE2\x80\xBA Russia"));
  EXPECT_TRUE(list.matches("Search for:"));
  EXPECT_FALSE(list.matches("Name"));
  EXPECT_FALSE(list.matches("Name * Stalin"));
  EXPECT_FALSE(list.matches("Home front in 1942"));
  EXPECT_FALSE(list.matches("Menu of the Tsar's banquet"));
}

TEST(BoilerplateMatches, BylinesWithAFullDate) {
  const Boilerplate list;
  EXPECT_TRUE(list.matches("Posted on March 3, 2019 by admin"));
  EXPECT_TRUE(list.matches("posted on 3 March 2019"));
  EXPECT_TRUE(list.matches("Published: 12 May 2021 | 4 comments"));
  EXPECT_TRUE(list.matches("Last updated 2 June 2020 by J. R. Smith"));
  // Not a full date, something else after it, or not a byline's start.
  EXPECT_FALSE(list.matches("Posted on the Eastern Front in 1942"));
  EXPECT_FALSE(list.matches("Updated: 1936 constitution"));
  EXPECT_FALSE(list.matches("Published on 18 November 1962 in Novy Mir, it made Solzhenitsyn famous"));
  EXPECT_FALSE(list.matches("Posted on 3 March 2019 by the Bolsheviks to every soldier in Petrograd"));
  EXPECT_FALSE(list.matches("Stalin posted on 3 March 2019"));
}

TEST(BoilerplateMatches, NotesAreNotBoilerplate) {
  const Boilerplate list;
  EXPECT_FALSE(list.matches(""));
  EXPECT_FALSE(list.matches("   "));
  EXPECT_FALSE(list.matches("No comments have yet been made about the Kirov murder"));
  EXPECT_FALSE(list.matches("Stalin shared this view with Bukharin until 1928."));
  EXPECT_FALSE(list.matches("Share this with your revision group"));
  EXPECT_FALSE(list.matches("Privacy policy under Stalin: none"));
  EXPECT_FALSE(list.matches("Read more about NEP in chapter 3"));
  EXPECT_FALSE(list.matches("top"));
}

TEST(BoilerplateMatches, LongLinesNeverMatch) {
  const Boilerplate list;
  EXPECT_FALSE(list.matches("We use cookies " + std::string(200, 'x')));
}

TEST(BoilerplateList, EveryPatternIsAlreadyNormalised) {
  // A pattern that normalise() would change could never match: catch typos in the list.
  const std::string_view text = resources::get("boilerplate.txt");
  std::size_t start = 0, patterns = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    ++patterns;
    if (line.ends_with("\\*")) {  // a literal star
      const std::string pattern = std::string(line.substr(0, line.size() - 2)) + "*";
      EXPECT_EQ(Boilerplate::normalise(pattern), pattern) << "pattern: " << line;
      continue;
    }
    const bool prefix = line.back() == '*';
    if (prefix) line.remove_suffix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    EXPECT_EQ(Boilerplate::normalise(line, prefix), std::string(line)) << "pattern: " << line;
  }
  EXPECT_GE(patterns, 40u);
}

}  // namespace
}  // namespace np::read
