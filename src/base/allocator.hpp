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

/// Hands memory the calling thread's heap holds but no longer uses back to the kernel. For
/// after a one-off peak on the main thread (collecting the inputs of a big batch): the
/// workers' threads allocate from heaps of their own, so they would never reuse it, and with
/// tune_allocator's settings it would otherwise stay with the process. Does nothing on other
/// C libraries.
void release_free_memory() noexcept;

}  // namespace np
