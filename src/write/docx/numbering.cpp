#include "write/docx/numbering.hpp"

#include <algorithm>
#include <array>
#include <pugixml.hpp>

#include "write/docx/wml.hpp"
#include "xml/xml.hpp"

namespace np::write::docx {
namespace {

constexpr int kLevels = 9;
constexpr std::array<const char*, 3> kBullets{"\u2022", "\u25E6", "\u25AA"};  // • ◦ ▪

const char* number_format(model::ListStyle style) noexcept {
  switch (style) {
    case model::ListStyle::Bullet:
      return "bullet";
    case model::ListStyle::Decimal:
      return "decimal";
    case model::ListStyle::LowerAlpha:
      return "lowerLetter";
    case model::ListStyle::UpperAlpha:
      return "upperLetter";
    case model::ListStyle::LowerRoman:
      return "lowerRoman";
    case model::ListStyle::UpperRoman:
      return "upperRoman";
  }
  return "bullet";
}

// One w:lvl, children in CT_Lvl order: start, numFmt, lvlText, lvlJc, pPr.
void write_level(pugi::xml_node abstract, int level, model::ListStyle style, std::uint32_t start) {
  pugi::xml_node lvl = abstract.append_child("w:lvl");
  lvl.append_attribute("w:ilvl") = level;
  lvl.append_child("w:start").append_attribute("w:val") = start;
  append_val(lvl, "w:numFmt", number_format(style));
  const std::string text = style == model::ListStyle::Bullet
                               ? std::string(kBullets[static_cast<std::size_t>(level) % kBullets.size()])
                               : "%" + std::to_string(level + 1) + ".";
  append_val(lvl, "w:lvlText", text);
  append_val(lvl, "w:lvlJc", "left");
  pugi::xml_node ind = lvl.append_child("w:pPr").append_child("w:ind");
  ind.append_attribute("w:left") = list_indent(level);
  ind.append_attribute("w:hanging") = kListHanging;
}

}  // namespace

int list_indent(int level) noexcept { return 720 * (std::clamp(level, 0, kLevels - 1) + 1); }

std::string list_nsid(std::size_t index) {
  // A multiplicative hash of the index: distinct for distinct indexes (odd multiplier, 32 bits).
  const auto value = static_cast<std::uint32_t>((index + 1) * 2654435761u);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out(8, '0');
  for (int i = 7, shift = 0; i >= 0; --i, shift += 4) out[static_cast<std::size_t>(i)] = kHex[(value >> shift) & 0xF];
  return out;
}

int Numbering::add_list(model::ListStyle style, std::uint32_t start, int level) {
  level = std::clamp(level, 0, kLevels - 1);
  auto [at, added] = abstract_ids_.try_emplace({style, start, level}, abstracts_.size());
  if (added) abstracts_.push_back({style, start, level});
  lists_.push_back({at->second, style != model::ListStyle::Bullet});
  return static_cast<int>(lists_.size());
}

std::string Numbering::to_xml() const {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("w:numbering");
  root.append_attribute("xmlns:w") = kWordNs;
  for (std::size_t i = 0; i < abstracts_.size(); ++i) {
    const Abstract& list = abstracts_[i];
    pugi::xml_node abstract = root.append_child("w:abstractNum");
    abstract.append_attribute("w:abstractNumId") = i;
    append_val(abstract, "w:nsid", list_nsid(i));
    append_val(abstract, "w:multiLevelType", "hybridMultilevel");
    // Every level has the list's own style; the list's level starts at its start number.
    for (int level = 0; level < kLevels; ++level)
      write_level(abstract, level, list.style, level == list.level ? list.start : 1);
  }
  for (std::size_t i = 0; i < lists_.size(); ++i) {
    const Instance& list = lists_[i];
    const Abstract& abstract = abstracts_[list.abstract];
    pugi::xml_node num = root.append_child("w:num");
    num.append_attribute("w:numId") = i + 1;
    num.append_child("w:abstractNumId").append_attribute("w:val") = list.abstract;
    if (!list.restart) continue;
    pugi::xml_node over = num.append_child("w:lvlOverride");
    over.append_attribute("w:ilvl") = abstract.level;
    over.append_child("w:startOverride").append_attribute("w:val") = abstract.start;
  }
  return xml::to_bytes(doc);
}

}  // namespace np::write::docx
