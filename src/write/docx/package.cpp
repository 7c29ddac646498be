#include "write/docx/package.hpp"

#include <cassert>
#include <pugixml.hpp>

#include "xml/xml.hpp"
#include "zip/archive.hpp"

namespace np::write::docx {
namespace {

constexpr const char* kContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
constexpr const char* kRelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kRelsMediaType = "application/vnd.openxmlformats-package.relationships+xml";

}  // namespace

std::string_view media_type(PartKind kind) noexcept {
  switch (kind) {
    case PartKind::MainDocument:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    case PartKind::Styles:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    case PartKind::Numbering:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    case PartKind::Settings:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    case PartKind::FontTable:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    case PartKind::Footer:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    case PartKind::CoreProperties:
      return "application/vnd.openxmlformats-package.core-properties+xml";
    case PartKind::ExtendedProperties:
      return "application/vnd.openxmlformats-officedocument.extended-properties+xml";
  }
  return "application/xml";
}

std::string_view relationship_type(PartKind kind) noexcept {
  switch (kind) {
    case PartKind::MainDocument:
      return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    case PartKind::Styles:
      return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    case PartKind::Numbering:
      return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    case PartKind::Settings:
      return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    case PartKind::FontTable:
      return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    case PartKind::Footer:
      return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
    case PartKind::CoreProperties:
      return "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    case PartKind::ExtendedProperties:
      return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
  }
  return "";
}

std::string Relationships::add(std::string_view type, std::string target) {
  std::string id = "rId" + std::to_string(list_.size() + 1);
  list_.push_back({.id = id, .type = std::string(type), .target = std::move(target)});
  return id;
}

std::string Relationships::add_hyperlink(const std::string& url) {
  if (auto found = hyperlinks_.find(url); found != hyperlinks_.end()) return found->second;
  std::string id = "rId" + std::to_string(list_.size() + 1);
  list_.push_back({.id = id, .type = std::string(kHyperlinkRelationship), .target = url, .external = true});
  hyperlinks_.emplace(url, id);
  return id;
}

std::string relative_target(std::string_view source, std::string_view target) {
  const std::size_t slash = source.rfind('/');
  if (slash == std::string_view::npos) return std::string(target);  // package or a root part
  const std::string_view folder = source.substr(0, slash + 1);
  if (target.substr(0, folder.size()) == folder) return std::string(target.substr(folder.size()));
  return "/" + std::string(target);
}

void Package::add_part(std::string name, PartKind kind, std::string bytes) {
  for ([[maybe_unused]] const Part& p : parts_) assert(p.name != name);
  parts_.push_back({.name = std::move(name), .kind = kind, .bytes = std::move(bytes)});
}

void Package::add_part(std::string name, PartKind kind, zip::Deflated bytes) {
  for ([[maybe_unused]] const Part& p : parts_) assert(p.name != name);
  parts_.push_back({.name = std::move(name), .kind = kind, .bytes = std::move(bytes)});
}

void Package::add_static_part(std::string name, PartKind kind, std::string_view bytes) {
  for ([[maybe_unused]] const Part& p : parts_) assert(p.name != name);
  parts_.push_back({.name = std::move(name), .kind = kind, .bytes = bytes});
}

Relationships& Package::relationships(std::string_view source) {
  auto found = relationships_.find(source);
  if (found == relationships_.end()) found = relationships_.emplace(std::string(source), Relationships{}).first;
  return found->second;
}

std::string Package::relate(std::string_view source, PartKind kind, std::string_view target) {
  return relationships(source).add(relationship_type(kind), relative_target(source, target));
}

std::string Package::relationships_part_name(std::string_view source) {
  const std::size_t slash = source.rfind('/');
  if (source.empty()) return "_rels/.rels";
  if (slash == std::string_view::npos) return "_rels/" + std::string(source) + ".rels";
  return std::string(source.substr(0, slash + 1)) + "_rels/" + std::string(source.substr(slash + 1)) + ".rels";
}

std::string Package::content_types_xml() const {
  pugi::xml_document doc;
  pugi::xml_node types = doc.append_child("Types");
  types.append_attribute("xmlns") = kContentTypesNs;
  pugi::xml_node rels = types.append_child("Default");
  rels.append_attribute("Extension") = "rels";
  rels.append_attribute("ContentType") = kRelsMediaType;
  pugi::xml_node xml = types.append_child("Default");
  xml.append_attribute("Extension") = "xml";
  xml.append_attribute("ContentType") = "application/xml";
  for (const Part& part : parts_) {
    pugi::xml_node over = types.append_child("Override");
    over.append_attribute("PartName") = ("/" + part.name).c_str();
    over.append_attribute("ContentType") = std::string(media_type(part.kind)).c_str();
  }
  return xml::to_bytes(doc);
}

std::string Package::relationships_xml(std::string_view source) const {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("Relationships");
  root.append_attribute("xmlns") = kRelationshipsNs;
  if (auto found = relationships_.find(source); found != relationships_.end()) {
    for (const Relationship& r : found->second.all()) {
      pugi::xml_node rel = root.append_child("Relationship");
      rel.append_attribute("Id") = r.id.c_str();
      rel.append_attribute("Type") = r.type.c_str();
      rel.append_attribute("Target") = r.target.c_str();
      if (r.external) rel.append_attribute("TargetMode") = "External";
    }
  }
  return xml::to_bytes(doc);
}

std::string Package::to_zip(std::int64_t timestamp) && {
  zip::Archive archive(timestamp);
  archive.add("[Content_Types].xml", content_types_xml());
  archive.add("_rels/.rels", relationships_xml(""));
  for (Part& part : parts_) {
    if (auto* generated = std::get_if<std::string>(&part.bytes))
      archive.add(part.name, std::move(*generated));
    else if (auto* static_bytes = std::get_if<std::string_view>(&part.bytes))
      archive.add_static(part.name, *static_bytes);
    else
      archive.add(part.name, std::move(std::get<zip::Deflated>(part.bytes)));
  }
  for (const auto& [source, rels] : relationships_) {
    if (source.empty() || rels.empty()) continue;
    archive.add(relationships_part_name(source), relationships_xml(source));
  }
  return archive.finish();
}

std::string Package::to_zip(std::int64_t timestamp) const& {
  Package copy = *this;
  return std::move(copy).to_zip(timestamp);
}

}  // namespace np::write::docx
