#pragma once

/// Limits of a run that more than one part of the batch needs.

#include <cstdint>

namespace np::batch {

/// The default input size limit (--max-size). A file needs about 80 to 100 bytes of memory
/// per input byte while it is processed (bench/README.md), so 16 MiB of notes (some 3 million
/// words) needs up to 1.6 GB per worker.
inline constexpr std::uint64_t kDefaultMaxBytes = 16u << 20;

}  // namespace np::batch
