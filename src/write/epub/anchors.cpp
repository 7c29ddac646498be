#include "write/epub/anchors.hpp"

#include "write/epub/xhtml.hpp"

namespace np::write::epub {
namespace {

void put(std::vector<std::int32_t>& table, std::uint32_t key, std::int32_t value, std::int32_t none) {
  if (key >= table.size()) table.resize(std::max<std::size_t>(key + 1, table.size() * 2), none);
  table[key] = value;
}

}  // namespace

Anchors::Anchors(const Book& book)
    : book_(book), mention_part_(book.pack->chapters.size()), heading_part_(book.pack->chapters.size()) {}

std::int32_t Anchors::lookup(const std::vector<std::int32_t>& table, std::uint32_t key) {
  return key < table.size() ? table[key] : kNone;
}

bool Anchors::add_mention(std::uint32_t chapter, std::uint32_t mention, std::size_t part) {
  auto& table = mention_part_.at(chapter);
  if (lookup(table, mention) != kNone) return false;
  put(table, mention, static_cast<std::int32_t>(part), kNone);
  return true;
}

void Anchors::add_heading(std::uint32_t chapter, std::uint32_t block, std::size_t part) {
  auto& table = heading_part_.at(chapter);
  if (lookup(table, block) == kNone) put(table, block, static_cast<std::int32_t>(part), kNone);
}

std::string Anchors::heading_href(std::uint32_t chapter, std::uint32_t block) const {
  if (chapter >= heading_part_.size()) return {};
  const std::int32_t part = lookup(heading_part_[chapter], block);
  if (part == kNone) return {};
  return book_.parts[static_cast<std::size_t>(part)].file + "#" + heading_id(block);
}

const std::string& Anchors::chapter_file(std::uint32_t chapter) const {
  return book_.parts.at(book_.chapter_parts.at(chapter)).file;
}

std::string Anchors::href(const pack::Locator& locator) const {
  const std::uint32_t chapter = locator.chapter;
  if (chapter >= mention_part_.size()) return kTitleFile;
  const std::int32_t part = lookup(mention_part_[chapter], locator.mention);
  if (part != kNone) return book_.parts[static_cast<std::size_t>(part)].file + "#" + mention_id(locator.mention);
  const auto& sections = book_.pack->sections;
  if (locator.section >= 0 && chapter < sections.size() &&
      static_cast<std::size_t>(locator.section) < sections[chapter].size()) {
    std::string heading = heading_href(chapter, sections[chapter][static_cast<std::size_t>(locator.section)].block);
    if (!heading.empty()) return heading;
  }
  return chapter_file(chapter);
}

std::string id_token(std::string_view key) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(key.size());
  for (char ch : key) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
      out += ch;
    } else if (c == '_') {
      out += "__";
    } else {
      out += '_';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace np::write::epub
