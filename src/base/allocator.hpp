#pragma once

/// Process-wide memory allocator settings.

namespace np {

/// Tells glibc's malloc to keep freed memory for reuse instead of handing it back to the
/// kernel after every file. notepress allocates and frees buffers of 100 KB to tens of MB per
/// file (XML parts, archives, JSON); with glibc's defaults each is returned to the kernel
/// (munmap, or madvise when a thread's heap shrinks) and faulted in again, page by page, for
/// the next file: a third of a small-file batch's CPU time went to page faults. Freed memory
/// above 64 MiB is still returned, and blocks over 32 MiB are still mapped on their own, so
/// what the process holds stays near its peak working set. Does nothing on other C libraries.
/// Call once, before any thread starts.
void tune_allocator() noexcept;

}  // namespace np
