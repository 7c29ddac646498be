#include "read/decode.hpp"

#include <gtest/gtest.h>

#include <string>

#include "base/error.hpp"

namespace np::read {
namespace {

using namespace std::string_literals;

/// The message decode() refuses `bytes` with, or "" if it accepts them.
std::string refusal(std::string_view bytes) {
  try {
    (void)decode(bytes);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Decode) << e.what();
    EXPECT_TRUE(e.file().empty()) << "the caller adds the file name";
    return e.what();
  }
  return "";
}

std::string utf16le(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

std::string utf16be(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    out += '\0';
    out += c;
  }
  return out;
}

/// A Windows-1252 paragraph long enough for ICU's detector to be sure of it.
const std::string kWindows1252 =
    "Notes on the caf\xE9 society of Petrograd in 1917. Lenin promised \x93peace, land and "
    "bread\x94 \x96 a dash of genius. The Bolsheviks\x92 slogan was popular with the soldiers and "
    "with the workers in the factories, and the Provisional Government had no answer to it.\n";

TEST(DecodeTest, EmptyInputIsEmptyUtf8) {
  const Decoded d = decode("");
  EXPECT_EQ(d.text, "");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_FALSE(d.byte_order_mark);
  EXPECT_FALSE(d.nfc_changed);
}

TEST(DecodeTest, Utf8WithoutBomIsKeptVerbatim) {
  const std::string text = "Stalin\xE2\x80\x99s rise \xE2\x80\x93 1922\r\nline two\n";
  const Decoded d = decode(text);
  EXPECT_EQ(d.text, text);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_FALSE(d.byte_order_mark);
}

TEST(DecodeTest, Utf8BomIsRemovedAndReported) {
  const Decoded d = decode(
      "\xEF\xBB\xBF"
      "Purges\r\n");
  EXPECT_EQ(d.text, "Purges\r\n");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_TRUE(d.byte_order_mark);
}

TEST(DecodeTest, Utf8BomAloneIsAnEmptyText) {
  const Decoded d = decode("\xEF\xBB\xBF");
  EXPECT_EQ(d.text, "");
  EXPECT_TRUE(d.byte_order_mark);
}

TEST(DecodeTest, InvalidUtf8AfterBomCountsTheBomInTheOffset) {
  EXPECT_EQ(refusal("\xEF\xBB\xBF"
                    "ab\xFF"),
            "invalid UTF-8 at byte 5");
}

TEST(DecodeTest, Utf16LittleEndianWithBom) {
  const Decoded d = decode("\xFF\xFE"s + utf16le("Lenin\n"));
  EXPECT_EQ(d.text, "Lenin\n");
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_TRUE(d.byte_order_mark);
}

TEST(DecodeTest, Utf16BigEndianWithBom) {
  const Decoded d = decode("\xFE\xFF"s + utf16be("Trotsky\n") + "\x20\x13"s);  // and an en dash
  EXPECT_EQ(d.text, "Trotsky\n\xE2\x80\x93");
  EXPECT_EQ(d.encoding, "UTF-16BE");
  EXPECT_TRUE(d.byte_order_mark);
}

TEST(DecodeTest, Utf16WithBomKeepsALaterZeroWidthNoBreakSpace) {
  // Only the first U+FEFF is the mark.
  const Decoded d = decode("\xFF\xFE\xFF\xFE"s + utf16le("x"));
  EXPECT_EQ(d.text, "\xEF\xBB\xBFx");
}

TEST(DecodeTest, Utf16LittleEndianWithoutBomByItsZeroBytes) {
  const Decoded d = decode(utf16le("Notes on the Kronstadt rising of 1921.\n"));
  EXPECT_EQ(d.text, "Notes on the Kronstadt rising of 1921.\n");
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_FALSE(d.byte_order_mark);
}

TEST(DecodeTest, Utf16BigEndianWithoutBomByItsZeroBytes) {
  const Decoded d = decode(utf16be("War Communism\n"));
  EXPECT_EQ(d.text, "War Communism\n");
  EXPECT_EQ(d.encoding, "UTF-16BE");
  EXPECT_FALSE(d.byte_order_mark);
}

TEST(DecodeTest, TruncatedUtf16NamesTheByte) {
  EXPECT_EQ(refusal(utf16le("Hello notes\n") + "x"), "cannot decode as UTF-16LE: invalid byte sequence at byte 24");
}

TEST(DecodeTest, BrokenUtf16AfterBomCountsTheBomInTheOffset) {
  // A low surrogate on its own at bytes 4-5 of the file.
  EXPECT_EQ(refusal("\xFF\xFE"
                    "H\0\x00\xDC"
                    "a\0"s),
            "cannot decode as UTF-16LE: invalid byte sequence at byte 4 (after a UTF-16LE byte-order mark)");
}

TEST(DecodeTest, Utf32WithBomBothEndians) {
  const Decoded le = decode(
      "\xFF\xFE\0\0"
      "H\0\0\0"
      "i\0\0\0"s);
  EXPECT_EQ(le.text, "Hi");
  EXPECT_EQ(le.encoding, "UTF-32LE");
  EXPECT_TRUE(le.byte_order_mark);
  const Decoded be = decode(
      "\0\0\xFE\xFF"
      "\0\0\0H"
      "\0\x01\xD1\x1E"s);  // and U+1D11E
  EXPECT_EQ(be.text, "H\xF0\x9D\x84\x9E");
  EXPECT_EQ(be.encoding, "UTF-32BE");
  EXPECT_TRUE(be.byte_order_mark);
}

TEST(DecodeTest, Windows1252IsDetectedAndConverted) {
  const Decoded d = decode(kWindows1252);
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_FALSE(d.byte_order_mark);
  EXPECT_NE(d.text.find("caf\xC3\xA9 society"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("\xE2\x80\x9Cpeace, land and bread\xE2\x80\x9D \xE2\x80\x93 a dash"), std::string::npos)
      << d.text;
  EXPECT_NE(d.text.find("Bolsheviks\xE2\x80\x99 slogan"), std::string::npos) << d.text;
}

TEST(DecodeTest, DamagedUtf8IsRefusedNotReadAsLatin1) {
  // "é" is valid UTF-8, so the stray Latin-1 byte is damage, not another encoding.
  EXPECT_EQ(refusal("caf\xC3\xA9 and \xE9t\xE9"), "invalid UTF-8 at byte 10");
  EXPECT_EQ(refusal("\xE2\x80\x93 dash then \x96 dash"), "invalid UTF-8 at byte 14");
}

TEST(DecodeTest, RefusesPngWithClearMessage) {
  EXPECT_EQ(refusal("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s), "this is a PNG image, not a notes file");
}

TEST(DecodeTest, RefusesZipWithClearMessage) {
  EXPECT_EQ(refusal("PK\x03\x04\x14\0\0\0"s), "this is a ZIP archive (or a .docx/.epub/.odt), not a notes file");
}

TEST(DecodeTest, RefusesPdfWithClearMessage) {
  EXPECT_EQ(refusal("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), "this is a PDF document, not a notes file");
}

TEST(DecodeTest, RefusesElfWithClearMessage) {
  EXPECT_EQ(refusal("\x7F"
                    "ELF\x02\x01\x01\0\0\0"s),
            "this is an executable, not a notes file");
}

TEST(DecodeTest, RefusesOtherKnownBinaryFormats) {
  EXPECT_EQ(refusal("\xFF\xD8\xFF\xE0\0\x10JFIF"s), "this is a JPEG image, not a notes file");
  EXPECT_EQ(refusal("GIF89a\x01\0"s), "this is a GIF image, not a notes file");
  EXPECT_EQ(refusal("\x1F\x8B\x08\0"s), "this is a gzip archive, not a notes file");
  EXPECT_EQ(refusal("MZ\x90\0\x03\0"s), "this is an executable, not a notes file");
  EXPECT_EQ(refusal("{\\rtf1\\ansi hello}"), "this is an RTF document, not a notes file");
}

TEST(DecodeTest, MzWithoutNulIsText) {
  // "MZ" alone could begin a note.
  EXPECT_EQ(decode("MZ notes: Mensheviks and Zinoviev\n").text, "MZ notes: Mensheviks and Zinoviev\n");
}

TEST(DecodeTest, RefusesNulBytesWithOffset) {
  EXPECT_EQ(refusal("Stalin was\0 General Secretary since April 1922 and"s),
            "binary data, not text: NUL byte at byte 10");
}

TEST(DecodeTest, RefusesNulBytesAfterAUtf8BomToo) {
  EXPECT_EQ(refusal("\xEF\xBB\xBF"
                    "Stalin\0 was General Secretary since April 1922 and more"s),
            "binary data, not text: NUL byte at byte 9");
}

TEST(DecodeTest, RefusesManyControlCharacters) {
  std::string bytes = "text ";
  for (char c = 1; c < 0x1F; ++c)
    if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A) bytes += c;
  bytes += " end";
  EXPECT_EQ(refusal(bytes), "binary data, not text: control character U+0001 at byte 5");
}

TEST(DecodeTest, ControlCharacterOffsetCountsTheUtf8Bom) {
  EXPECT_EQ(refusal("\xEF\xBB\xBF" + std::string(20, '\x02')),
            "binary data, not text: control character U+0002 at byte 3");
}

TEST(DecodeTest, ControlCharacterOffsetIsAFileOffsetForUtf16) {
  // U+0001 is the second character after the mark: bytes 4-5 of the file.
  const std::string bytes =
      "\xFF\xFE"
      "A\0"s +
      utf16le(std::string(20, '\x01'));
  EXPECT_EQ(refusal(bytes), "binary data, not text: control character U+0001 at byte 4");
}

TEST(DecodeTest, ControlCharacterOffsetIsAFileOffsetForWindows1252) {
  // 0x81 is unassigned in Windows-1252 (ICU maps it to U+0081); it is byte 17 of the file but
  // byte 18 of the UTF-8 text, as "é" takes two bytes there.
  std::string bytes = kWindows1252;
  bytes.replace(17, 1, "\x81");
  ASSERT_EQ(bytes.substr(13, 5), "caf\xE9\x81");
  const std::string message = refusal(bytes);
  EXPECT_NE(message.find("control character U+0081 at byte 17 (as windows-1252)"), std::string::npos) << message;
}

TEST(DecodeTest, FewControlCharactersInLongTextAreAccepted) {
  // The text reader drops and records them; only binary-looking files are refused.
  std::string bytes(4000, 'a');
  bytes[100] = '\x01';
  bytes[2000] = '\x1B';
  const Decoded d = decode(bytes);
  EXPECT_EQ(d.text, bytes);
}

TEST(DecodeTest, AFewStrayControlCharactersInAShortNoteAreAccepted) {
  const std::string bytes = "Evil\n\n<script> \x01\x02 Stalin \x1B[0m \x7F\n";
  EXPECT_EQ(decode(bytes).text, bytes);
  // A fifth in so short a text is too many.
  EXPECT_EQ(refusal(bytes + "\x03"), "binary data, not text: control character U+0001 at byte 15");
}

TEST(DecodeTest, FormFeedTabsAndDosEofAreNotControlsToRefuse) {
  const std::string bytes = "page one\f\tpage two\v\x1A";
  EXPECT_EQ(decode(bytes).text, bytes);
}

TEST(DecodeTest, NormalisesDecomposedInputToNfc) {
  const Decoded d = decode("Cafe\xCC\x81 and Ke\xCC\x81rensky");
  EXPECT_EQ(d.text, "Caf\xC3\xA9 and K\xC3\xA9rensky");
  EXPECT_TRUE(d.nfc_changed);
  EXPECT_FALSE(decode("Caf\xC3\xA9").nfc_changed);
}

TEST(DecodeTest, NormalisesConvertedTextToo) {
  // UTF-16 "e" + COMBINING ACUTE ACCENT.
  const Decoded d = decode(
      "\xFF\xFE"
      "e\0\x01\x03"s);
  EXPECT_EQ(d.text, "\xC3\xA9");
  EXPECT_TRUE(d.nfc_changed);
}

}  // namespace
}  // namespace np::read
