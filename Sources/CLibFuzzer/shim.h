// libFuzzer's driver entry, for advisor-fuzz.
//
// LLVMFuzzerRunDriver is declared weak so the ordinary build, which has no libFuzzer,
// still links the executable: there the symbol is null, and clf_main says so. A build
// with -sanitize=fuzzer (make fuzz) links libFuzzer, which defines it.
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size))
  __attribute__((weak));

/// Runs libFuzzer on `test_one_input` with the command line and exits with its status, or
/// exits 69 (EX_UNAVAILABLE) when the executable was built without -sanitize=fuzzer.
static inline void clf_main(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size)) {
  if (!LLVMFuzzerRunDriver) {
    fputs("advisor-fuzz was built without libFuzzer: build and run it with 'make fuzz'\n", stderr);
    exit(69);
  }
  exit(LLVMFuzzerRunDriver(argc, argv, test_one_input));
}
