#include "unicode/icu.hpp"

#include <unicode/alphaindex.h>
#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/coll.h>
#include <unicode/errorcode.h>
#include <unicode/localpointer.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <climits>

#include "base/error.hpp"
#include "base/utf8.hpp"
#include "unicode/fast_words.hpp"

namespace np::unicode {
namespace {

/// One check after a chain of ICU calls; throws Error(Unicode) naming the operation.
class ThrowingErrorCode : public icu::ErrorCode {
 public:
  void check(const char* what) const {
    if (isFailure()) throw Error(ErrorKind::Unicode, std::string(what) + ": " + errorName());
  }
};

int32_t clamp_length(std::size_t size) {
  if (size > static_cast<std::size_t>(INT32_MAX)) throw Error(ErrorKind::Limit, "text larger than 2 GiB");
  return static_cast<int32_t>(size);
}

icu::StringPiece piece(std::string_view text) { return icu::StringPiece(text.data(), clamp_length(text.size())); }

}  // namespace

std::vector<CharsetGuess> detect_charsets(std::string_view bytes) {
  ThrowingErrorCode status;
  icu::LocalUCharsetDetectorPointer detector(ucsdet_open(status));
  status.check("ucsdet_open");
  // A sample is enough for the statistics, and keeps detection cheap on huge files.
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 256 * 1024);
  ucsdet_setText(detector.getAlias(), bytes.data(), clamp_length(sample), status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.getAlias(), &count, status);
  status.check("ucsdet_detectAll");
  std::vector<CharsetGuess> guesses;
  for (int32_t i = 0; i < count; ++i) {
    ThrowingErrorCode item;
    CharsetGuess guess;
    guess.name = ucsdet_getName(matches[i], item);
    guess.confidence = ucsdet_getConfidence(matches[i], item);
    item.check("ucsdet_getName");
    guesses.push_back(std::move(guess));
  }
  return guesses;
}

std::string convert_to_utf8(std::string_view bytes, const std::string& charset) {
  ThrowingErrorCode status;
  icu::LocalUConverterPointer converter(ucnv_open(charset.c_str(), status));
  status.check("ucnv_open");
  ucnv_setToUCallBack(converter.getAlias(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, status);
  status.check("ucnv_setToUCallBack");

  // No supported charset yields more UTF-16 units than input bytes (plus a flush).
  std::u16string units(bytes.size() + 16, u'\0');
  const char* source = bytes.data();
  const char* const source_limit = bytes.data() + bytes.size();
  UChar* target = units.data();
  UErrorCode code = U_ZERO_ERROR;
  ucnv_toUnicode(converter.getAlias(), &target, units.data() + units.size(), &source, source_limit, nullptr, true,
                 &code);
  if (U_FAILURE(code)) {
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignore = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter.getAlias(), invalid, &invalid_length, &ignore);
    const auto offset =
        static_cast<std::size_t>(source - bytes.data()) - static_cast<std::size_t>(std::max<int8_t>(invalid_length, 0));
    if (code == U_ILLEGAL_CHAR_FOUND || code == U_INVALID_CHAR_FOUND || code == U_TRUNCATED_CHAR_FOUND)
      throw Error(ErrorKind::Decode,
                  "cannot decode as " + charset + ": invalid byte sequence at byte " + std::to_string(offset));
    throw Error(ErrorKind::Unicode, "cannot decode as " + charset + ": " + u_errorName(code));
  }
  units.resize(static_cast<std::size_t>(target - units.data()));
  std::string out;
  icu::UnicodeString(false, units.data(), clamp_length(units.size())).toUTF8String(out);
  return out;
}

bool is_nfc(std::string_view text) {
  if (utf8::is_ascii(text)) return true;
  ThrowingErrorCode status;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  status.check("NFC");
  const bool result = nfc->isNormalizedUTF8(piece(text), status);
  status.check("NFC check");
  return result;
}

std::string to_nfc(std::string_view text) {
  if (is_nfc(text)) return std::string(text);
  ThrowingErrorCode status;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  icu::StringByteSink<std::string> sink(&out, clamp_length(text.size()));
  nfc->normalizeUTF8(0, piece(text), sink, nullptr, status);
  status.check("NFC normalisation");
  return out;
}

std::string fold_case(std::string_view text) {
  if (utf8::is_ascii(text)) {
    std::string out(text);
    for (char& c : out) c = utf8::ascii_lower(c);
    return out;
  }
  ThrowingErrorCode status;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, clamp_length(text.size()));
  icu::CaseMap::utf8Fold(0, piece(text), sink, nullptr, status);
  status.check("case folding");
  return out;
}

std::string to_lower(std::string_view text) {
  if (utf8::is_ascii(text)) {
    std::string out(text);
    for (char& c : out) c = utf8::ascii_lower(c);
    return out;
  }
  ThrowingErrorCode status;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, clamp_length(text.size()));
  icu::CaseMap::utf8ToLower("", 0, piece(text), sink, nullptr, status);
  status.check("lower-casing");
  return out;
}

std::string strip_marks(std::string_view text) {
  if (utf8::is_ascii(text)) return std::string(text);
  ThrowingErrorCode status;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string decomposed;
  icu::StringByteSink<std::string> sink(&decomposed, clamp_length(text.size()));
  nfd->normalizeUTF8(0, piece(text), sink, nullptr, status);
  status.check("NFD normalisation");
  std::string out;
  out.reserve(decomposed.size());
  for (std::size_t i = 0; i < decomposed.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(decomposed, i);
    if (u_charType(static_cast<UChar32>(c)) != U_NON_SPACING_MARK) out.append(decomposed, start, i - start);
  }
  return to_nfc(out);
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }
bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) != 0; }
bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)) != 0; }
char32_t to_upper(char32_t c) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))); }

bool is_printable(char32_t c) {
  if (c == '\t' || c == '\n') return true;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFFFE || c == 0xFFFF || c > 0x10FFFF) return false;
  return true;
}

std::string canonical_language_tag(std::string_view tag) {
  std::string input(tag);
  std::replace(input.begin(), input.end(), '_', '-');
  if (input.empty() || input.size() > 64) return {};
  char locale[ULOC_FULLNAME_CAPACITY] = {};
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  uloc_forLanguageTag(input.c_str(), locale, sizeof locale, &parsed, &status);
  if (U_FAILURE(status) || parsed != static_cast<int32_t>(input.size())) return {};
  char out[ULOC_FULLNAME_CAPACITY] = {};
  uloc_toLanguageTag(locale, out, sizeof out, true, &status);
  if (U_FAILURE(status)) return {};
  std::string result(out);
  if (result.empty() || result == "und") return {};
  return result;
}

struct TextBreaker::Impl {
  icu::LocalPointer<icu::BreakIterator> words;
  icu::LocalPointer<icu::BreakIterator> sentences;
  icu::LocalUTextPointer text;
};

// Break iterators are built on first use: a sentence iterator with abbreviation
// suppression costs a few million instructions to make, and most breakers never need one.
TextBreaker::TextBreaker() : impl_(std::make_unique<Impl>()) {}

TextBreaker::~TextBreaker() = default;
TextBreaker::TextBreaker(TextBreaker&&) noexcept = default;
TextBreaker& TextBreaker::operator=(TextBreaker&&) noexcept = default;

void TextBreaker::words(std::string_view text, std::vector<Token>& out) {
  if (!fast_words(text, out)) icu_words(text, out);
}

void TextBreaker::icu_words(std::string_view text, std::vector<Token>& out) {
  ThrowingErrorCode status;
  if (!impl_->words.isValid()) {
    impl_->words.adoptInstead(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    status.check("creating a word break iterator");
  }
  impl_->text.adoptInstead(utext_openUTF8(impl_->text.orphan(), text.data(), clamp_length(text.size()), status));
  impl_->words->setText(impl_->text.getAlias(), status);
  status.check("word breaking");
  icu::BreakIterator& it = *impl_->words;
  int32_t begin = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next()) {
    const int32_t rule = it.getRuleStatus();
    if (rule < UBRK_WORD_NONE_LIMIT) continue;
    const TokenKind kind = rule < UBRK_WORD_NUMBER_LIMIT ? TokenKind::Number : TokenKind::Word;
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), kind});
  }
}

void TextBreaker::sentences(std::string_view text, std::vector<Token>& out) {
  ThrowingErrorCode status;
  if (!impl_->sentences.isValid()) {
    // "ss=standard" suppresses sentence breaks after common abbreviations ("Mr.", "e.g.").
    impl_->sentences.adoptInstead(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    status.check("creating a sentence break iterator");
  }
  impl_->text.adoptInstead(utext_openUTF8(impl_->text.orphan(), text.data(), clamp_length(text.size()), status));
  impl_->sentences->setText(impl_->text.getAlias(), status);
  status.check("sentence breaking");
  icu::BreakIterator& it = *impl_->sentences;
  int32_t begin = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next())
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), TokenKind::Other});
}

struct IndexCollator::Impl {
  icu::LocalPointer<icu::Collator> collator;
  icu::LocalPointer<icu::AlphabeticIndex::ImmutableIndex> index;
};

IndexCollator::IndexCollator(const std::string& language) : impl_(std::make_unique<Impl>()) {
  ThrowingErrorCode status;
  icu::Locale locale = icu::Locale::forLanguageTag(language, status);
  if (status.isFailure()) {
    status.reset();
    locale = icu::Locale::getRoot();
  }
  impl_->collator.adoptInstead(icu::Collator::createInstance(locale, status));
  status.check("creating a collator");
  icu::AlphabeticIndex index(locale, status);
  status.check("creating an alphabetic index");
  impl_->index.adoptInstead(index.buildImmutableIndex(status));
  status.check("building an alphabetic index");
}

IndexCollator::~IndexCollator() = default;

std::string IndexCollator::sort_key(std::string_view text) const {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(piece(text));
  std::string key(64, '\0');
  int32_t needed =
      impl_->collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), static_cast<int32_t>(key.size()));
  if (needed > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(needed));
    needed = impl_->collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), needed);
  }
  // getSortKey counts the terminating zero; drop it so keys concatenate cleanly.
  key.resize(needed > 0 ? static_cast<std::size_t>(needed - 1) : 0);
  return key;
}

std::string IndexCollator::bucket(std::string_view text) const {
  ThrowingErrorCode status;
  const int32_t i = impl_->index->getBucketIndex(icu::UnicodeString::fromUTF8(piece(text)), status);
  status.check("alphabetic index bucket");
  const icu::AlphabeticIndex::Bucket* bucket = impl_->index->getBucket(i);
  if (bucket == nullptr || bucket->getLabelType() != U_ALPHAINDEX_NORMAL) return "#";
  std::string label;
  bucket->getLabel().toUTF8String(label);
  return label;
}

}  // namespace np::unicode
