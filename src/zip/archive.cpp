#include "zip/archive.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

#include "base/error.hpp"

namespace np::zip {
namespace {

/// Entries smaller than this are stored: deflating them saves a few hundred bytes but every
/// deflate stream costs zlib a hash-table reset.
constexpr std::size_t kStoreBelow = 1024;

bool stores(std::size_t size, Compression compression) {
  return compression == Compression::Store || size < kStoreBelow;
}

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

/// A libzip source over bytes deflated beforehand. Its stat gives the compression method,
/// sizes and CRC, so zip_close copies the bytes as they are instead of compressing them.
struct DeflatedSource {
  const Deflated* entry = nullptr;
  std::size_t offset = 0;
  zip_error_t error{};

  static zip_int64_t call(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
    auto& self = *static_cast<DeflatedSource*>(state);
    const std::string& bytes = self.entry->data;
    switch (command) {
      case ZIP_SOURCE_OPEN:
        self.offset = 0;
        return 0;
      case ZIP_SOURCE_READ: {
        const std::size_t n = std::min<std::size_t>(length, bytes.size() - self.offset);
        std::memcpy(data, bytes.data() + self.offset, n);
        self.offset += n;
        return static_cast<zip_int64_t>(n);
      }
      case ZIP_SOURCE_CLOSE:
        return 0;
      case ZIP_SOURCE_STAT: {
        auto* stat = static_cast<zip_stat_t*>(data);
        zip_stat_init(stat);
        stat->valid =
            ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC | ZIP_STAT_ENCRYPTION_METHOD;
        stat->size = self.entry->size;
        stat->comp_size = bytes.size();
        stat->comp_method = ZIP_CM_DEFLATE;
        stat->crc = self.entry->crc;
        stat->encryption_method = ZIP_EM_NONE;
        return sizeof(*stat);
      }
      case ZIP_SOURCE_GET_FILE_ATTRIBUTES: {
        // Bits 1-2 of the general purpose flags: "fast" deflate (level 1), as libzip would say.
        auto* attributes = static_cast<zip_file_attributes_t*>(data);
        attributes->valid |= ZIP_FILE_ATTRIBUTES_GENERAL_PURPOSE_BIT_FLAGS;
        attributes->general_purpose_bit_flags = 4;
        attributes->general_purpose_bit_mask = 6;
        return 0;
      }
      case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&self.error, data, length);
      case ZIP_SOURCE_FREE:
        zip_error_fini(&self.error);
        return 0;
      case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_GET_FILE_ATTRIBUTES, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
      default:
        zip_error_set(&self.error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
  }
};

/// Static bytes deflated once per process, by address and size (static storage never moves or
/// changes). Entries are never removed, so references to them stay valid.
const Deflated& deflated_static(std::string_view bytes) {
  static std::mutex mutex;
  static std::map<std::pair<const char*, std::size_t>, std::unique_ptr<const Deflated>> cache;
  const std::lock_guard lock(mutex);
  auto& slot = cache[{bytes.data(), bytes.size()}];
  if (!slot) slot = std::make_unique<const Deflated>(deflate(bytes));
  return *slot;
}

}  // namespace

struct Archive::Impl {
  zip_source_t* buffer = nullptr;  // holds the archive bytes once zip_close has run
  ::zip* archive = nullptr;
  std::time_t mtime = 0;
  // Bytes taken over by add(name, string&&) and add(name, Deflated&&), and the sources over
  // deflated bytes, read in zip_close. Deques: their elements stay put as they grow.
  std::deque<std::string> kept;
  std::deque<Deflated> kept_deflated;
  std::deque<DeflatedSource> deflated_sources;

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
  if (!stores(bytes.size(), compression)) {
    add(name, deflate(bytes));
    return;
  }
  // libzip reads sources only inside zip_close(): give it a copy it owns.
  void* copy = std::malloc(bytes.empty() ? 1 : bytes.size());
  if (copy == nullptr) throw std::bad_alloc();
  if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
  add_stored(name, copy, bytes.size(), true);
}

Prepared prepare(std::string&& bytes, Compression compression) {
  if (stores(bytes.size(), compression)) return std::move(bytes);
  Deflated deflated = deflate(bytes);
  std::string().swap(bytes);  // the text is no longer needed
  return deflated;
}

void Archive::add(const std::string& name, std::string&& bytes, Compression compression) {
  add_prepared(name, prepare(std::move(bytes), compression));
}

void Archive::add_prepared(const std::string& name, Prepared&& entry) {
  if (auto* deflated = std::get_if<Deflated>(&entry)) {
    add(name, std::move(*deflated));
    return;
  }
  // Text: prepare() decided it is stored. No copy: the archive keeps it until finish().
  if (!impl_->archive) throw Error(ErrorKind::Zip, "archive already finished");
  const std::string& kept = impl_->kept.emplace_back(std::get<std::string>(std::move(entry)));
  add_stored(name, const_cast<char*>(kept.data()), kept.size(), false);
}

void Archive::add(const std::string& name, Deflated&& entry) {
  if (!impl_->archive) throw Error(ErrorKind::Zip, "archive already finished");
  add_deflated(name, impl_->kept_deflated.emplace_back(std::move(entry)));
}

void Archive::add_static(const std::string& name, std::string_view bytes, Compression compression) {
  if (stores(bytes.size(), compression))
    add_stored(name, const_cast<char*>(bytes.data()), bytes.size(), false);
  else
    add_deflated(name, deflated_static(bytes));
}

void Archive::add_stored(const std::string& name, void* data, std::size_t size, bool owned) {
  if (!impl_->archive) {
    if (owned) std::free(data);
    throw Error(ErrorKind::Zip, "archive already finished");
  }
  // A buffer source has a known size, so libzip adds no ZIP64 extra field (EPUB's mimetype
  // must have none).
  zip_source_t* source = zip_source_buffer(impl_->archive, data, size, owned ? 1 : 0);
  if (source == nullptr && owned) std::free(data);
  add_entry(name, source, false);
}

void Archive::add_deflated(const std::string& name, const Deflated& entry) {
  if (!impl_->archive) throw Error(ErrorKind::Zip, "archive already finished");
  DeflatedSource& state = impl_->deflated_sources.emplace_back();
  state.entry = &entry;
  zip_error_init(&state.error);
  add_entry(name, zip_source_function(impl_->archive, &DeflatedSource::call, &state), true);
}

void Archive::add_entry(const std::string& name, zip_source* source, bool deflated) {
  if (source == nullptr) fail("cannot buffer " + name);
  const zip_int64_t index = zip_file_add(impl_->archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);  // still ours on failure
    fail("cannot add " + name);
  }
  const auto entry = static_cast<zip_uint64_t>(index);
  // The method must match what the source holds: libzip then copies deflated bytes as they are.
  if (zip_set_file_compression(impl_->archive, entry, deflated ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) < 0)
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
