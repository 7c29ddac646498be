// The body renderer: blocks and inline spans to properly nested XHTML.

#include <gtest/gtest.h>

#include <chrono>
#include <set>

#include "unit/write/epub_sample_pack.hpp"
#include "write/epub/xhtml.hpp"
#include "xml/xml.hpp"

namespace np::write::epub {
namespace {

using testing::markup;
using testing::person;

std::string render_inline(const model::TextBlock& block, const Hooks& hooks = {}) {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("p");
  append_inlines(p, block, hooks);
  return markup(p);
}

Hooks index_links() {
  Hooks hooks;
  hooks.entity_href = [](const model::Entity& e) { return "index.xhtml#ie-" + e.id; };
  return hooks;
}

TEST(EpubInlines, PlainTextIsEscaped) {
  EXPECT_EQ(render_inline(model::TextBlock("a < b & \"c\"")), "a &lt; b &amp; \"c\"");
}

TEST(EpubInlines, CrossingSpansAreSplitSoElementsNest) {
  model::TextBlock block("abcdefghij");
  block.annotate({0, 6}, model::Strong{});
  block.annotate({3, 9}, model::Emphasis{});
  EXPECT_EQ(render_inline(block), "<strong>abc<em>def</em></strong><em>ghi</em>j");
}

TEST(EpubInlines, SameStartLongerSpanIsOuter) {
  model::TextBlock block("abcdef");
  block.annotate({0, 3}, model::Emphasis{});
  block.annotate({0, 6}, model::Strong{});
  EXPECT_EQ(render_inline(block), "<strong><em>abc</em>def</strong>");
}

TEST(EpubInlines, EntityGetsClassAndIdOnItsFirstPieceOnly) {
  model::TextBlock block("Joseph Stalin ruled");
  block.annotate({0, 13}, person("stalin", 12));
  block.annotate({7, 19}, model::Emphasis{});
  EXPECT_EQ(render_inline(block),
            "<span class=\"entity person\" id=\"m12\">Joseph <em>Stalin</em></span><em> ruled</em>");
}

TEST(EpubInlines, CrossingEntityIsCutAndKeepsOneId) {
  model::TextBlock block("abcdef");
  block.annotate({0, 4}, model::Strong{});
  block.annotate({2, 6}, model::Date{"1917", "", "", "", 3});
  EXPECT_EQ(render_inline(block),
            "<strong>ab<span class=\"entity date\" id=\"m3\">cd</span></strong>"
            "<span class=\"entity date\">ef</span>");
}

TEST(EpubInlines, EntityLinksToItsIndexEntry) {
  model::TextBlock block("Stalin won");
  block.annotate({0, 6}, person("stalin", 1));
  EXPECT_EQ(render_inline(block, index_links()),
            "<a class=\"ix\" href=\"index.xhtml#ie-stalin\"><span class=\"entity person\" id=\"m1\">"
            "Stalin</span></a> won");
}

TEST(EpubInlines, EntityInsideALinkIsNotAnAnchor) {
  model::TextBlock block("read Stalin online");
  block.annotate({0, 18}, model::Link{"https://example.org/"});
  block.annotate({5, 11}, person("stalin", 1));
  EXPECT_EQ(render_inline(block, index_links()),
            "<a href=\"https://example.org/\">read <span class=\"entity person\" id=\"m1\">Stalin</span>"
            " online</a>");
}

TEST(EpubInlines, EntityCrossingALinkIsNotAnAnchorEither) {
  model::TextBlock block("Joseph Stalin");
  block.annotate({0, 13}, person("stalin", 1));  // outer: starts first
  block.annotate({7, 13}, model::Link{"https://example.org/"});
  const std::string html = render_inline(block, index_links());
  EXPECT_EQ(html.find("index.xhtml"), std::string::npos) << html;
  EXPECT_NE(html.find("<a href=\"https://example.org/\">Stalin</a>"), std::string::npos) << html;
}

TEST(EpubInlines, NestedLinksBecomeSpans) {
  model::TextBlock block("abcd");
  block.annotate({0, 4}, model::Link{"https://a.example/"});
  block.annotate({1, 3}, model::Link{"https://b.example/"});
  EXPECT_EQ(render_inline(block), "<a href=\"https://a.example/\">a<span class=\"link\">bc</span>d</a>");
}

TEST(EpubInlines, DuplicateMentionIdsAreRefused) {
  std::set<std::uint32_t> seen;
  Hooks hooks;
  hooks.claim_mention = [&](std::uint32_t m) { return seen.insert(m).second; };
  model::TextBlock block("ab");
  block.annotate({0, 1}, person("x", 4));
  block.annotate({1, 2}, person("x", 4));
  EXPECT_EQ(render_inline(block, hooks),
            "<span class=\"entity person\" id=\"m4\">a</span><span class=\"entity person\">b</span>");
}

TEST(EpubInlines, ManySpansRenderInLinearishTime) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "ab ";
  model::TextBlock block(text);
  for (std::uint32_t i = 0; i < 50000; ++i) {
    block.annotate({i * 3, i * 3 + 2}, person("p", i + 1));
    if (i % 2 == 0) block.annotate({i * 3 + 1, i * 3 + 5}, model::Strong{});
  }
  block.annotate({0, static_cast<std::uint32_t>(text.size())}, model::Link{"https://example.org/"});
  const auto start = std::chrono::steady_clock::now();
  const std::string html = render_inline(block, index_links());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_NE(html.find("id=\"m50000\""), std::string::npos);
}

TEST(EpubBlocks, RendersEveryBlockKind) {
  pack::Pack pack = testing::sample_pack();
  pugi::xml_document doc;
  pugi::xml_node body = doc.append_child("body");
  Hooks hooks;
  hooks.heading_shift = 1;
  hooks.heading_number = [](const model::Block& b) { return b.id == 2 ? std::string("1") : std::string(); };
  std::vector<std::uint32_t> headings;
  hooks.on_heading = [&](const model::Block& b) { headings.push_back(b.id); };
  append_blocks(body, pack.chapters[0].doc.blocks, hooks);
  const std::string html = xml::to_xhtml_bytes(doc);
  EXPECT_NE(html.find("<h2 id=\"b2\"><span class=\"secno\">1</span> Why was there a struggle?</h2>"), std::string::npos)
      << html;
  EXPECT_NE(html.find("<h3 id=\"b4\">Lenin's testament</h3>"), std::string::npos) << html;
  EXPECT_NE(html.find("<ol type=\"a\" start=\"3\"><li>Trotsky was ill.</li><li><p>"), std::string::npos) << html;
  EXPECT_NE(html.find("<blockquote><p>Socialism in one country.</p></blockquote>"), std::string::npos);
  EXPECT_NE(html.find("<pre><code class=\"language-text\">1923-25 &lt;triumvirate&gt;</code></pre>"), std::string::npos)
      << html;
  EXPECT_NE(html.find("<p></p>"), std::string::npos) << "empty paragraphs are never <p/>";
  EXPECT_EQ(html.find("<p/>"), std::string::npos);
  EXPECT_EQ(headings, (std::vector<std::uint32_t>{2, 4, 10}));
}

TEST(EpubBlocks, HeadingLevelsAreClampedToSix) {
  pugi::xml_document doc;
  std::vector<model::Block> blocks{testing::heading(9, "deep")};
  blocks[0].id = 1;
  append_blocks(doc.append_child("body"), blocks, Hooks{.heading_shift = 1});
  EXPECT_EQ(markup(doc.child("body")), "<h6 id=\"b1\">deep</h6>");
}

TEST(EpubBlocks, HeadingLevelHookClosesUpSkippedLevels) {
  std::vector<model::Block> blocks{testing::heading(1, "one"), testing::heading(3, "three")};
  blocks[0].id = 1;
  blocks[1].id = 2;
  Hooks hooks{.heading_shift = 1};
  hooks.heading_level = [](const model::Block& b) { return b.id == 2 ? 2 : 0; };
  pugi::xml_document doc;
  append_blocks(doc.append_child("body"), blocks, hooks);
  EXPECT_EQ(markup(doc.child("body")), "<h2 id=\"b1\">one</h2><h3 id=\"b2\">three</h3>");
}

TEST(EpubSafeHref, KeepsAbsoluteWebAndMailLinks) {
  EXPECT_EQ(safe_href("https://example.org/a?b=c#d"), "https://example.org/a?b=c#d");
  EXPECT_EQ(safe_href("  HTTP://example.org/ "), "HTTP://example.org/");
  EXPECT_EQ(safe_href("mailto:teacher@example.org"), "mailto:teacher@example.org");
}

TEST(EpubSafeHref, PercentEncodesWhatUrlsCannotHold) {
  EXPECT_EQ(safe_href("https://example.org/a b\xC3\xA9|%zz%41"), "https://example.org/a%20b%C3%A9%7C%25zz%41");
}

TEST(EpubSafeHref, DropsTargetsTheBookCannotResolve) {
  EXPECT_EQ(safe_href("notes.html"), "");
  EXPECT_EQ(safe_href("#section"), "");
  EXPECT_EQ(safe_href("javascript:alert(1)"), "");
  EXPECT_EQ(safe_href("https://"), "");
}

}  // namespace
}  // namespace np::write::epub
