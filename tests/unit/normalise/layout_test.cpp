#include "normalise/layout.hpp"

#include <gtest/gtest.h>

#include <optional>

#include "model/review.hpp"

namespace np::normalise {
namespace {

struct Tidied {
  std::string text;
  std::vector<model::Change> changes;
};

Tidied tidy(const std::string& text, std::optional<model::ByteRange> code = std::nullopt) {
  model::Document doc;
  model::Paragraph p{model::TextBlock(text)};
  if (code) p.content.annotate(*code, model::Code{});
  doc.blocks.push_back({p, {}, 7});
  model::Review review;
  Diagnostics diags;
  model::FileContext context{[](std::uint32_t) { return SourcePos{1, 1}; }, review, diags};
  LayoutTidy().apply(doc, context);
  return {std::string(std::get<model::Paragraph>(doc.blocks[0].node).content.text()), review.changes};
}

TEST(LayoutTidy, TurnsAHyphenGluedToANameIntoASpacedDash) {
  const Tidied t = tidy("Stalin- He was the grey blur");
  EXPECT_EQ(t.text, "Stalin \xE2\x80\x93 He was the grey blur");
  ASSERT_EQ(t.changes.size(), 1u);
  EXPECT_EQ(t.changes[0].original, "- ");
  EXPECT_EQ(t.changes[0].block, 7u);
  EXPECT_EQ(t.changes[0].rule, model::Rule::Layout);
}

TEST(LayoutTidy, TurnsASpacedHyphenIntoADash) {
  EXPECT_EQ(tidy("Stalin - to power").text, "Stalin \xE2\x80\x93 to power");
}

TEST(LayoutTidy, LeavesInlineCodeAsWritten) {
  //                   0123456789012345678901234567890
  const Tidied t = tidy("run `a - b ,  c` then a - b ,  c", model::ByteRange{4, 16});
  EXPECT_EQ(t.text, "run `a - b ,  c` then a \xE2\x80\x93 b, c");
  for (const model::Change& c : t.changes) EXPECT_GE(c.offset, 16u);
}

TEST(LayoutTidy, LeavesSuspendedAndWordHyphensAlone) {
  EXPECT_EQ(tidy("pre- and post-war Brest-Litovsk").text, "pre- and post-war Brest-Litovsk");
  EXPECT_EQ(tidy("1928-32").text, "1928-32");
}

TEST(LayoutTidy, RemovesSpacesBeforePunctuation) {
  const Tidied t = tidy("power , and the army ; then ?");
  EXPECT_EQ(t.text, "power, and the army; then?");
  EXPECT_EQ(t.changes.size(), 3u);
}

TEST(LayoutTidy, KeepsEllipsesAndDecimals) { EXPECT_EQ(tidy("and ... then 3 .5").text, "and ... then 3 .5"); }

TEST(LayoutTidy, CollapsesRepeatedSpacesAndTabs) { EXPECT_EQ(tidy("the  grey\tblur").text, "the grey blur"); }

TEST(LayoutTidy, NeverTouchesCodeBlocks) {
  model::Document doc;
  doc.blocks.push_back({model::CodeBlock{"", model::TextBlock("a  -  b , c")}, {}, 1});
  model::Review review;
  Diagnostics diags;
  model::FileContext context{[](std::uint32_t) { return SourcePos{}; }, review, diags};
  LayoutTidy().apply(doc, context);
  EXPECT_TRUE(review.changes.empty());
}

}  // namespace
}  // namespace np::normalise
