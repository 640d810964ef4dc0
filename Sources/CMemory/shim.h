// Clang's prefetch builtin, which Swift does not offer. The learned weights' lookups ask for
// the index slots and table lines of a question's features ahead of reading them, so that
// their waits for memory overlap (`LineSums`). A header alone: nothing is linked.
#ifndef CMEMORY_SHIM_H
#define CMEMORY_SHIM_H

/// Starts loading the cache line at `address` for reading (0), to be kept in every level of
/// the cache (3). A hint only: an address outside memory the process may read is not an error.
static inline void cmemory_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
