#include "base/allocator.hpp"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace np {

void tune_allocator() noexcept {
#if defined(__GLIBC__)
  // Explicit values also switch off glibc's dynamic threshold, which starts at 128 KiB.
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

}  // namespace np
