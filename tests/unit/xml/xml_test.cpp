// xml: serialisation a document or a piece at a time, and the XML 1.0 safety check.

#include "xml/xml.hpp"

#include <gtest/gtest.h>

#include <string>

namespace np::xml {
namespace {

TEST(XmlBytes, APieceIsWrittenAsInTheWholeDocumentWithoutADeclaration) {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("root");
  pugi::xml_node a = root.append_child("a");
  a.append_attribute("k") = "v";
  a.text().set(std::string("x\x01y<&", 5).c_str());
  root.append_child("b");
  const std::string whole = to_bytes(doc);
  std::string pieces;
  for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) append_bytes(child, pieces);
  EXPECT_EQ(pieces, "<a k=\"v\">xy&lt;&amp;</a><b/>");  // the control character is dropped
  EXPECT_NE(whole.find(pieces), std::string::npos);
  EXPECT_EQ(whole.rfind("<?xml", 0), 0u);
  EXPECT_EQ(pieces.find("<?xml"), std::string::npos);
}

TEST(XmlSafe, CheckAndCleanAgree) {
  for (const std::string& text : {std::string("plain \t\n\r text \u00E9\U0001F600"), std::string("a\x01b", 3),
                                  std::string("\xEF\xBF\xBE"), std::string("\xC3")}) {
    EXPECT_EQ(is_xml_safe(text), xml_safe(text) == text) << text;
    EXPECT_TRUE(is_xml_safe(xml_safe(text))) << text;
  }
  EXPECT_FALSE(is_xml_safe(std::string("a\x01b", 3)));
  EXPECT_EQ(xml_safe("\xC3"), "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace np::xml
