#include "batch/state.hpp"

#include <xxhash.h>

#include <cstdio>

#include "base/error.hpp"
#include "base/file_io.hpp"

namespace np::batch {
namespace {

constexpr std::string_view kHeader = "notepress build state 1\n";

}  // namespace

std::string content_hash(std::string_view bytes) {
  const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

BuildState::BuildState(std::filesystem::path output) : file_(std::move(output) / ".notepress-state") {}

void BuildState::load() {
  std::string text;
  try {
    text = file_io::read_file(file_, 256u << 20);
  } catch (const Error&) {
    return;
  }
  if (!text.starts_with(kHeader)) return;
  std::size_t start = kHeader.size();
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    const std::size_t tab = line.find('\t');
    if (tab != std::string_view::npos) old_[std::string(line.substr(tab + 1))] = std::string(line.substr(0, tab));
    start = end + 1;
  }
}

bool BuildState::up_to_date(const std::string& stem, const std::string& hash) const {
  auto it = old_.find(stem);
  return it != old_.end() && it->second == hash;
}

void BuildState::record(const std::string& stem, const std::string& hash) { new_[stem] = hash; }

void BuildState::forget(const std::string& stem) { new_.erase(stem); }

void BuildState::save() const {
  std::string text(kHeader);
  for (const auto& [stem, hash] : new_) text += hash + "\t" + stem + "\n";
  file_io::write_atomic(file_, text);
}

}  // namespace np::batch
