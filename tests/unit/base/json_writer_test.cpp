#include "base/json_writer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace np {
namespace {

std::string escaped(std::string_view text) {
  std::string out;
  JsonWriter::escape(out, text);
  return out;
}

TEST(JsonWriterEscape, QuotesAndBackslashes) {
  EXPECT_EQ(escaped(""), "\"\"");
  EXPECT_EQ(escaped("say \"no\""), R"("say \"no\"")");
  EXPECT_EQ(escaped("C:\\notes"), R"("C:\\notes")");
  EXPECT_EQ(escaped("a/b"), R"("a/b")");  // "/" needs no escape
}

TEST(JsonWriterEscape, NamedControlCharacters) { EXPECT_EQ(escaped("a\nb\rc\td\be\ff"), R"("a\nb\rc\td\be\ff")"); }

TEST(JsonWriterEscape, OtherControlCharactersAsUnicodeEscapes) {
  EXPECT_EQ(escaped(std::string_view("\0", 1)), R"("\u0000")");
  EXPECT_EQ(escaped("\x01\x1F"), R"("\u0001\u001f")");
  EXPECT_EQ(escaped("\x0B"), R"("\u000b")");
  EXPECT_EQ(escaped("\x7F"), R"("\u007f")");
}

TEST(JsonWriterEscape, LineAndParagraphSeparatorsForJavaScript) {
  EXPECT_EQ(escaped("a\xE2\x80\xA8"
                    "b\xE2\x80\xA9"
                    "c"),
            R"("a\u2028b\u2029c")");
  // Other characters starting with E2 80 stay as UTF-8: "–" (E2 80 93), "’" (E2 80 99).
  EXPECT_EQ(escaped("1917\xE2\x80\x93"
                    "21 Stalin\xE2\x80\x99s"),
            "\"1917\xE2\x80\x93"
            "21 Stalin\xE2\x80\x99s\"");
  // A separator cut short at the end of the string is not mistaken for one.
  EXPECT_EQ(escaped("x\xE2\x80"), "\"x\xE2\x80\"");
}

TEST(JsonWriterEscape, NonAsciiPassesThrough) {
  EXPECT_EQ(escaped("caf\xC3\xA9 \xF0\x9F\x98\x80"), "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"");
}

/// A writer into a string, read back with text() after the outermost end.
struct Written {
  explicit Written(bool compact = false) : sink(out), w(sink, compact) {}
  std::string text() {
    w.finish();
    return out;
  }
  std::string out;
  StringSink sink;
  JsonWriter w;
};

TEST(JsonWriterCompact, NestedObjectsAndArraysWithCommas) {
  Written json(true);
  JsonWriter& w = json.w;
  w.begin_object();
  w.field("name", "notes");
  w.key("blocks").begin_array();
  w.begin_object().field("id", 1).field("type", "heading").end_object();
  w.begin_object().field("id", 2).key("spans").begin_array().end_array().end_object();
  w.value(3);
  w.end_array();
  w.key("empty").begin_object().end_object();
  w.field("ok", true);
  w.end_object();
  EXPECT_EQ(json.text(),
            R"({"name":"notes","blocks":[{"id":1,"type":"heading"},{"id":2,"spans":[]},3],"empty":{},"ok":true})"
            "\n");
}

TEST(JsonWriterSink, HandsTheDocumentOverInBlocksWithNothingLostOrReordered) {
  // A document of a few MB crosses the block size many times, in the middle of values.
  struct CountingSink final : Sink {
    void write(std::string_view bytes) override {
      out.append(bytes);
      ++writes;
    }
    std::string out;
    int writes = 0;
  } sink;
  JsonWriter w(sink, true);
  std::string expected = R"({"items":[)";
  w.begin_object().key("items").begin_array();
  for (int i = 0; i < 40000; ++i) {
    w.begin_object().field("n", i).field("text", "Stalin \"and\" Trotsky\n" + std::to_string(i)).end_object();
    expected += (i > 0 ? "," : "") + std::string(R"({"n":)") + std::to_string(i) +
                R"(,"text":"Stalin \"and\" Trotsky\n)" + std::to_string(i) + R"("})";
  }
  w.end_array().end_object();
  expected += "]}\n";
  EXPECT_GT(sink.writes, 3);
  EXPECT_LT(sink.out.size(), expected.size());  // the last block waits for finish()
  w.finish();
  EXPECT_EQ(sink.out, expected);
}

TEST(JsonWriterPretty, IndentsTwoSpacesAndEndsWithNewline) {
  Written json;
  JsonWriter& w = json.w;
  w.begin_object();
  w.field("title", "Lenin");
  w.key("list").begin_array().value(1).value(2).end_array();
  w.key("nested").begin_object().field("a", false).end_object();
  w.key("none").begin_array().end_array();
  w.end_object();
  EXPECT_EQ(json.text(),
            "{\n"
            "  \"title\": \"Lenin\",\n"
            "  \"list\": [\n"
            "    1,\n"
            "    2\n"
            "  ],\n"
            "  \"nested\": {\n"
            "    \"a\": false\n"
            "  },\n"
            "  \"none\": []\n"
            "}\n");
}

TEST(JsonWriterPretty, TopLevelArrayOfObjects) {
  Written json;
  JsonWriter& w = json.w;
  w.begin_array();
  w.begin_object().field("k", "v").end_object();
  w.begin_object().end_object();
  w.end_array();
  EXPECT_EQ(json.text(),
            "[\n"
            "  {\n"
            "    \"k\": \"v\"\n"
            "  },\n"
            "  {}\n"
            "]\n");
}

TEST(JsonWriterValues, NumbersBooleansAndNull) {
  Written json(true);
  JsonWriter& w = json.w;
  w.begin_array();
  w.value(std::int64_t{-42});
  w.value(std::numeric_limits<std::uint64_t>::max());
  w.value(std::numeric_limits<std::int64_t>::min());
  w.value(7u);
  w.value(0.25);
  w.value(1.0);
  w.value(std::numeric_limits<double>::infinity());
  w.value(std::numeric_limits<double>::quiet_NaN());
  w.value(false);
  w.null();
  w.end_array();
  EXPECT_EQ(json.text(), "[-42,18446744073709551615,-9223372036854775808,7,0.25,1,null,null,false,null]\n");
}

TEST(JsonWriterValues, KeysAreSchemaNamesWrittenAsIsValuesAreEscaped) {
  Written json(true);
  JsonWriter& w = json.w;
  w.begin_object().field("source_bytes", "x\ty").end_object();
  EXPECT_EQ(json.text(), R"({"source_bytes":"x\ty"})"
                         "\n");
}

TEST(JsonWriterValuesDeathTest, KeyNeedingEscapesIsAProgrammingError) {
  // Keys are never data: a key that would need escaping trips the assertion in debug builds.
  EXPECT_DEBUG_DEATH(
      {
        Written json(true);
        json.w.begin_object().key("a\"b");
      },
      "");
}

TEST(JsonWriterValues, ConstCharPointerIsAString) {
  // A string literal must not decay to bool.
  Written json(true);
  JsonWriter& w = json.w;
  const char* text = "Politburo";
  w.begin_array().value(text).value("NEP").end_array();
  EXPECT_EQ(json.text(), R"(["Politburo","NEP"])"
                         "\n");
}

TEST(JsonWriterValues, ScalarAtTopLevel) {
  Written compact(true);
  compact.w.value("alone");
  EXPECT_EQ(compact.text(), "\"alone\"\n");
  Written pretty;
  pretty.w.value(12);
  EXPECT_EQ(pretty.text(), "12\n");
}

}  // namespace
}  // namespace np
