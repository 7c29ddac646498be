#include "zip/archive.hpp"

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <vector>

#include "base/error.hpp"

namespace np::zip {
namespace {

/// zlib level for deflated entries. libzip's default is 9, which spends several times the
/// CPU of level 1 on notes-sized XML for a few per cent of size (measured in bench/README.md).
constexpr zip_uint32_t kDeflateLevel = 1;

/// Entries smaller than this are stored: deflating them saves a few hundred bytes but every
/// deflate stream costs zlib a 128 KiB hash-table reset.
constexpr std::size_t kStoreBelow = 1024;

/// libzip turns an entry's time_t into a DOS date with localtime(); pick the time_t that
/// localtime() maps to the UTC fields of `timestamp`, so the bytes do not depend on TZ.
std::time_t local_time_for(std::int64_t timestamp) {
  std::time_t utc = static_cast<std::time_t>(timestamp < 315532800 ? 315532800 : timestamp);
  std::tm fields{};
  gmtime_r(&utc, &fields);
  fields.tm_isdst = -1;
  return std::mktime(&fields);
}

std::string error_text(zip_error_t* error) {
  const char* text = zip_error_strerror(error);
  return text ? text : "unknown libzip error";
}

}  // namespace

struct Archive::Impl {
  zip_source_t* buffer = nullptr;  // holds the archive bytes once zip_close has run
  ::zip* archive = nullptr;
  std::time_t mtime = 0;
  // Bytes taken over by add(name, string&&) and add(name, pieces), read in zip_close. A deque:
  // its elements stay put as it grows.
  std::deque<std::string> kept;
  std::deque<std::vector<std::string>> kept_pieces;

  ~Impl() {
    if (archive) zip_discard(archive);
    if (buffer) zip_source_free(buffer);
  }
};

Archive::Archive(std::int64_t timestamp) : impl_(std::make_unique<Impl>()) {
  impl_->mtime = local_time_for(timestamp);
  zip_error_t error;
  zip_error_init(&error);
  impl_->buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!impl_->buffer) {
    const std::string text = error_text(&error);
    zip_error_fini(&error);
    throw Error(ErrorKind::Zip, "cannot create an in-memory archive: " + text);
  }
  // Keep the buffer alive after zip_close, which would otherwise free it.
  zip_source_keep(impl_->buffer);
  impl_->archive = zip_open_from_source(impl_->buffer, ZIP_TRUNCATE, &error);
  if (!impl_->archive) {
    const std::string text = error_text(&error);
    zip_error_fini(&error);
    throw Error(ErrorKind::Zip, "cannot open an in-memory archive: " + text);
  }
  zip_error_fini(&error);
}

Archive::~Archive() = default;

void Archive::fail(const std::string& what) const {
  throw Error(ErrorKind::Zip, what + ": " + zip_strerror(impl_->archive));
}

void Archive::add(const std::string& name, std::string_view bytes, Compression compression) {
  // libzip reads sources only inside zip_close(): give it a copy it owns.
  void* copy = std::malloc(bytes.empty() ? 1 : bytes.size());
  if (copy == nullptr) throw std::bad_alloc();
  if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
  add_source(name, copy, bytes.size(), true, compression);
}

void Archive::add(const std::string& name, std::string&& bytes, Compression compression) {
  if (bytes.empty()) {
    add_static(name, "", compression);
    return;
  }
  const std::string& kept = impl_->kept.emplace_back(std::move(bytes));
  add_source(name, const_cast<char*>(kept.data()), kept.size(), false, compression);
}

void Archive::add(const std::string& name, std::vector<std::string>&& pieces, Compression compression) {
  if (!impl_->archive) throw Error(ErrorKind::Zip, "archive already finished");
  const std::vector<std::string>& kept = impl_->kept_pieces.emplace_back(std::move(pieces));
  std::vector<zip_buffer_fragment_t> fragments;
  fragments.reserve(kept.size());
  std::size_t size = 0;
  for (const std::string& piece : kept) {
    if (piece.empty()) continue;
    fragments.push_back({reinterpret_cast<zip_uint8_t*>(const_cast<char*>(piece.data())), piece.size()});
    size += piece.size();
  }
  // libzip copies the fragment list, not the bytes.
  zip_source_t* source = fragments.empty()
                             ? zip_source_buffer(impl_->archive, "", 0, 0)
                             : zip_source_buffer_fragment(impl_->archive, fragments.data(), fragments.size(), 0);
  add_entry(name, source, size, compression);
}

void Archive::add_static(const std::string& name, std::string_view bytes, Compression compression) {
  add_source(name, const_cast<char*>(bytes.data()), bytes.size(), false, compression);
}

void Archive::add_source(const std::string& name, void* data, std::size_t size, bool owned, Compression compression) {
  if (!impl_->archive) {
    if (owned) std::free(data);
    throw Error(ErrorKind::Zip, "archive already finished");
  }
  // A buffer source has a known size, so libzip adds no ZIP64 extra field (EPUB's mimetype
  // must have none).
  zip_source_t* source = zip_source_buffer(impl_->archive, data, size, owned ? 1 : 0);
  if (source == nullptr && owned) std::free(data);
  add_entry(name, source, size, compression);
}

void Archive::add_entry(const std::string& name, zip_source* source, std::size_t size, Compression compression) {
  if (source == nullptr) fail("cannot buffer " + name);
  const zip_int64_t index = zip_file_add(impl_->archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);  // still ours on failure
    fail("cannot add " + name);
  }
  const auto entry = static_cast<zip_uint64_t>(index);
  const bool store = compression == Compression::Store || size < kStoreBelow;
  const zip_int32_t method = store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
  if (zip_set_file_compression(impl_->archive, entry, method, store ? 0 : kDeflateLevel) < 0)
    fail("cannot compress " + name);
  if (zip_file_set_mtime(impl_->archive, entry, impl_->mtime, 0) < 0) fail("cannot date " + name);
}

std::string Archive::finish() {
  if (!impl_->archive) throw Error(ErrorKind::Zip, "archive already finished");
  if (zip_close(impl_->archive) < 0) fail("cannot write the archive");
  impl_->archive = nullptr;

  zip_source_t* buffer = impl_->buffer;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(buffer, &stat) < 0 || (stat.valid & ZIP_STAT_SIZE) == 0)
    throw Error(ErrorKind::Zip, "cannot size the archive");
  if (zip_source_open(buffer) < 0) throw Error(ErrorKind::Zip, "cannot reopen the archive");
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t got = zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
    throw Error(ErrorKind::Zip, "cannot read the archive back");
  return bytes;
}

std::vector<Entry> read_entries(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    throw Error(ErrorKind::Zip, "cannot read archive");
  }
  ::zip* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive) {
    const std::string text = error_text(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    throw Error(ErrorKind::Zip, "not a readable archive: " + text);
  }
  zip_error_fini(&error);
  std::unique_ptr<::zip, decltype(&zip_discard)> guard(archive, &zip_discard);

  std::vector<Entry> entries;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) < 0)
      throw Error(ErrorKind::Zip, "cannot stat entry " + std::to_string(i));
    Entry entry;
    entry.name = stat.name;
    entry.stored = stat.comp_method == ZIP_CM_STORE;
    entry.bytes.resize(static_cast<std::size_t>(stat.size));
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (!file) throw Error(ErrorKind::Zip, "cannot open entry " + entry.name);
    const zip_int64_t got = zip_fread(file, entry.bytes.data(), stat.size);
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
      throw Error(ErrorKind::Zip, "cannot read entry " + entry.name);
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace np::zip
