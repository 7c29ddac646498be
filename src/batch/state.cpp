#include "batch/state.hpp"

#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>

#include "base/error.hpp"
#include "base/file_io.hpp"

namespace np::batch {
namespace {

constexpr std::string_view kHeader = "notepress build state 1\n";
constexpr std::size_t kFlushBytes = 64 * 1024;

std::array<std::uint64_t, 2> stem_key(std::string_view stem) {
  const XXH128_hash_t h = XXH3_128bits(stem.data(), stem.size());
  return {h.high64, h.low64};
}

/// The two halves of a content_hash; nullopt if `hex` is not one.
std::optional<std::array<std::uint64_t, 2>> parse_hash(std::string_view hex) {
  if (hex.size() != 32) return std::nullopt;
  std::array<std::uint64_t, 2> value{};
  for (int half = 0; half < 2; ++half) {
    const char* first = hex.data() + 16 * half;
    const auto [end, ec] = std::from_chars(first, first + 16, value[half], 16);
    if (ec != std::errc() || end != first + 16) return std::nullopt;
  }
  return value;
}

}  // namespace

std::string content_hash(std::string_view bytes) {
  const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

BuildState::BuildState(std::filesystem::path output) : file_(std::move(output) / ".notepress-state") {}

BuildState::~BuildState() = default;  // an uncommitted new state is abandoned: the old one stays

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
    if (tab != std::string_view::npos)
      if (const auto hash = parse_hash(line.substr(0, tab))) old_.push_back({stem_key(line.substr(tab + 1)), *hash});
    start = end + 1;
  }
  std::sort(old_.begin(), old_.end());
  old_.shrink_to_fit();
}

bool BuildState::up_to_date(std::string_view stem, std::string_view hash) const {
  const auto value = parse_hash(hash);
  const Entry wanted{stem_key(stem), {}};
  const auto it = std::lower_bound(old_.begin(), old_.end(), wanted);
  return value && it != old_.end() && it->stem == wanted.stem && it->hash == *value;
}

void BuildState::record(std::string_view stem, std::string_view hash) {
  pending_.append(hash).append("\t").append(stem).append("\n");
  if (pending_.size() >= kFlushBytes) flush();
}

void BuildState::flush() {
  if (!error_.empty()) {
    pending_.clear();
    return;
  }
  try {
    if (!new_) {
      new_ = std::make_unique<file_io::AtomicFile>(file_);
      new_->write(kHeader);
    }
    new_->write(pending_);
  } catch (const Error& e) {
    error_ = e.what();
    new_.reset();
  }
  pending_.clear();
}

void BuildState::save() {
  flush();
  if (!error_.empty()) throw Error(ErrorKind::Io, error_);
  new_->commit();
  new_.reset();
}

}  // namespace np::batch
