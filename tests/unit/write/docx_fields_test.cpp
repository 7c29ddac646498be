#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "write/docx/fields.hpp"

namespace np::write::docx {
namespace {

TEST(DocxXe, WritesMainEntry) {
  const std::vector<std::string> levels{"Stalin, Joseph"};
  EXPECT_EQ(xe_instruction(levels), " XE \"Stalin, Joseph\" ");
}

TEST(DocxXe, JoinsSubentryWithColon) {
  const std::vector<std::string> levels{"Stalin, Joseph", "General Secretary"};
  EXPECT_EQ(xe_instruction(levels), " XE \"Stalin, Joseph:General Secretary\" ");
}

TEST(DocxXe, EscapesColonsQuotesAndBackslashesInTerms) {
  const std::vector<std::string> levels{"Ratio 3:1", "the \"kulak\" \\ class"};
  EXPECT_EQ(xe_instruction(levels), " XE \"Ratio 3\\:1:the \\\"kulak\\\" \\\\ class\" ");
}

TEST(DocxXe, WritesCrossReference) {
  const std::vector<std::string> levels{"Koba"};
  EXPECT_EQ(xe_cross_reference(levels, "See Stalin, Joseph"), " XE \"Koba\" \\t \"See Stalin, Joseph\" ");
}

TEST(DocxXe, CrossReferenceTextKeepsColons) {
  const std::vector<std::string> levels{"A:B"};
  EXPECT_EQ(xe_cross_reference(levels, "See \"C\": D"), " XE \"A\\:B\" \\t \"See \\\"C\\\": D\" ");
}

TEST(DocxFieldEscape, EscapesOnlyQuotesAndBackslashes) {
  EXPECT_EQ(escape_field_argument("a:\"b\"\\c"), "a:\\\"b\\\"\\\\c");
  EXPECT_EQ(escape_index_level("a:b"), "a\\:b");
}

TEST(DocxPageref, LinksToBookmark) { EXPECT_EQ(pageref_instruction("np_c1_m12"), " PAGEREF np_c1_m12 \\h "); }

TEST(DocxToc, OutlineLevelsWithHyperlinks) { EXPECT_EQ(toc_instruction(3), " TOC \\o \"1-3\" \\h \\z \\u "); }

TEST(DocxBookmarkName, StructuralNamesAreValid) {
  EXPECT_EQ(mention_bookmark(0, 12), "np_c1_m12");
  EXPECT_EQ(heading_bookmark(2, 7), "np_c3_h7");
  EXPECT_EQ(chapter_bookmark(4), "np_c5");
  EXPECT_TRUE(is_valid_bookmark_name(mention_bookmark(4294967295u, 4294967295u)));
  EXPECT_LE(mention_bookmark(4294967295u, 4294967295u).size(), kMaxBookmarkName);
}

TEST(DocxBookmarkName, RejectsBadNames) {
  EXPECT_FALSE(is_valid_bookmark_name(""));
  EXPECT_FALSE(is_valid_bookmark_name("_Toc123"));
  EXPECT_FALSE(is_valid_bookmark_name("1abc"));
  EXPECT_FALSE(is_valid_bookmark_name("np-x"));
  EXPECT_FALSE(is_valid_bookmark_name(std::string(41, 'a')));
  EXPECT_TRUE(is_valid_bookmark_name(std::string(40, 'a')));
  EXPECT_TRUE(is_valid_bookmark_name("np_ix_Stalin_Joseph"));
}

TEST(DocxBookmarks, MakeNameSanitisesTruncatesAndDeduplicates) {
  Bookmarks bookmarks;
  const std::string a = bookmarks.make_name("ix_Stalin, Joseph");
  EXPECT_EQ(a, "np_ix_Stalin_Joseph");
  EXPECT_EQ(bookmarks.make_name("ix_Stalin, Joseph"), "np_ix_Stalin_Joseph_2");
  const std::string long_name = bookmarks.make_name("ix_" + std::string(80, 'x'));
  EXPECT_EQ(long_name.size(), kMaxBookmarkName);
  const std::string long_again = bookmarks.make_name("ix_" + std::string(80, 'x'));
  EXPECT_EQ(long_again.size(), kMaxBookmarkName);
  EXPECT_NE(long_name, long_again);
  for (const std::string& name : {a, long_name, long_again}) {
    EXPECT_TRUE(is_valid_bookmark_name(name)) << name;
    EXPECT_NE(name.rfind("_Toc", 0), 0u);
  }
  EXPECT_TRUE(is_valid_bookmark_name(bookmarks.make_name("_Toc1 \xC3\xA9t\xC3\xA9")));
}

TEST(DocxBookmarks, PlacesEachNameOnceWithIncreasingIds) {
  Bookmarks bookmarks;
  EXPECT_EQ(bookmarks.place("np_c1_h1"), 0u);
  EXPECT_EQ(bookmarks.place("np_c1_h2"), 1u);
  EXPECT_EQ(bookmarks.place("np_c1_h1"), std::nullopt);
  EXPECT_EQ(bookmarks.place("_Toc1"), std::nullopt);
  EXPECT_TRUE(bookmarks.placed("np_c1_h2"));
  EXPECT_FALSE(bookmarks.placed("np_c1_h3"));
}

TEST(DocxBookmarks, MentionBookmarksShareTheIdsAndAreNeverMadeFromAHint) {
  Bookmarks bookmarks;
  EXPECT_EQ(bookmarks.place("np_c1_h1"), 0u);
  EXPECT_EQ(bookmarks.place_mention(0, 5), 1u);
  EXPECT_EQ(bookmarks.place_mention(3, 2), 2u);
  EXPECT_EQ(bookmarks.place_mention(0, 5), std::nullopt);
  EXPECT_TRUE(bookmarks.placed_mention(0, 5));
  EXPECT_TRUE(bookmarks.placed_mention(3, 2));
  EXPECT_FALSE(bookmarks.placed_mention(0, 4));
  EXPECT_FALSE(bookmarks.placed_mention(1, 5));
  EXPECT_FALSE(bookmarks.placed_mention(9, 1));
  // mention_bookmark(0, 5) is "np_c1_m5": a hint that would make that name gets a suffix.
  EXPECT_EQ(mention_bookmark(0, 5), "np_c1_m5");
  EXPECT_EQ(bookmarks.make_name("c1_m5"), "np_c1_m5_2");
  EXPECT_EQ(bookmarks.make_name("c1_m5x"), "np_c1_m5x");
}

TEST(DocxMentionSet, HoldsBitsPerChapterAndCountsEachMentionOnce) {
  MentionSet set;
  set.insert(2, 100);
  set.insert(2, 100);
  set.insert(0, 1);
  EXPECT_EQ(set.size(), 2u);
  EXPECT_TRUE(set.contains(2, 100));
  EXPECT_TRUE(set.contains(0, 1));
  EXPECT_FALSE(set.contains(1, 100));
  EXPECT_FALSE(set.contains(2, 99));
  EXPECT_FALSE(set.contains(2, 101));
  EXPECT_FALSE(set.contains(7, 0));
}

}  // namespace
}  // namespace np::write::docx
