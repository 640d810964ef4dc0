#ifndef CMEMORY_SHIM_H
#define CMEMORY_SHIM_H
static inline void cmemory_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
#endif
