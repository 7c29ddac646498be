#include "write/epub/package.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>

#include "model/walk.hpp"
#include "xml/xml.hpp"

namespace np::write::epub {
namespace {

constexpr std::string_view kNcxType = "application/x-dtbncx+xml";

class Hasher {
 public:
  Hasher() : state_(XXH3_createState(), &XXH3_freeState) {
    if (!state_) throw std::bad_alloc();
    XXH3_128bits_reset(state_.get());
  }
  /// Adds `text` and a separator, so ("ab", "c") and ("a", "bc") differ.
  void add(std::string_view text) {
    XXH3_128bits_update(state_.get(), text.data(), text.size());
    XXH3_128bits_update(state_.get(), "\0", 1);
  }
  XXH128_hash_t digest() const { return XXH3_128bits_digest(state_.get()); }

 private:
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state_;
};

pugi::xml_node append_element(pugi::xml_node parent, const char* name, const std::string& text) {
  pugi::xml_node node = parent.append_child(name);
  node.append_child(pugi::node_pcdata).set_value(xml::xml_safe(text).c_str());
  return node;
}

}  // namespace

std::string content_uuid(const pack::Pack& pack) {
  Hasher hasher;
  hasher.add(pack.title);
  hasher.add(pack.language);
  hasher.add(pack.course ? "course" : "single");
  for (const pack::Chapter& chapter : pack.chapters) {
    hasher.add(chapter.name);
    model::for_each_text(chapter.doc,
                         [&](const model::TextBlock& block, const model::TextPlace&) { hasher.add(block.text()); });
  }
  const XXH128_hash_t hash = hasher.digest();
  std::array<unsigned char, 16> b{};
  for (int i = 0; i < 8; ++i) {
    b[static_cast<std::size_t>(i)] = static_cast<unsigned char>(hash.high64 >> (56 - 8 * i));
    b[static_cast<std::size_t>(8 + i)] = static_cast<unsigned char>(hash.low64 >> (56 - 8 * i));
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x80);  // version 8: custom
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // variant 10
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "urn:uuid:";
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[b[i] >> 4];
    out += kHex[b[i] & 0xF];
  }
  return out;
}

std::string modified_time(std::int64_t timestamp) {
  const std::time_t t = static_cast<std::time_t>(std::clamp<std::int64_t>(timestamp, 0, 253402300799));
  std::tm fields{};
  gmtime_r(&t, &fields);
  std::array<char, 32> text{};
  const std::size_t n = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &fields);
  return std::string(text.data(), n);
}

std::string render_package(const Book& book, const std::string& uid, const std::string& modified,
                           std::span<const Item> items) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node package = doc.append_child("package");
  package.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
  package.append_attribute("version") = "3.0";
  package.append_attribute("unique-identifier") = "pub-id";
  package.append_attribute("xml:lang") = book.language.c_str();

  pugi::xml_node metadata = package.append_child("metadata");
  metadata.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  append_element(metadata, "dc:identifier", uid).append_attribute("id") = "pub-id";
  append_element(metadata, "dc:title", book.title);
  for (const std::string& author : book.pack->authors) append_element(metadata, "dc:creator", author);
  append_element(metadata, "dc:language", book.language);
  append_element(metadata, "meta", modified).append_attribute("property") = "dcterms:modified";

  pugi::xml_node manifest = package.append_child("manifest");
  pugi::xml_node spine = package.append_child("spine");
  for (const Item& item : items) {
    pugi::xml_node node = manifest.append_child("item");
    node.append_attribute("id") = item.id.c_str();
    node.append_attribute("href") = item.href.c_str();
    node.append_attribute("media-type") = std::string(item.media_type).c_str();
    if (!item.properties.empty()) node.append_attribute("properties") = item.properties.c_str();
    if (item.media_type == kNcxType) spine.append_attribute("toc") = item.id.c_str();
    if (item.spine == SpineRole::None) continue;
    pugi::xml_node ref = spine.append_child("itemref");
    ref.append_attribute("idref") = item.id.c_str();
    if (item.spine == SpineRole::NonLinear) ref.append_attribute("linear") = "no";
  }
  return xml::to_bytes(doc);
}

}  // namespace np::write::epub
