#!/usr/bin/env bash
# The test suite and the transcript check under AddressSanitizer (with LeakSanitizer), then the
# test suite under ThreadSanitizer, each built in its own scratch path (.build-asan,
# .build-tsan) so the sanitizer flags never mix with the ordinary build.
#
# LeakSanitizer's suppression file (scripts/lsan-suppressions.txt: libedit's own leak) goes in
# LSAN_OPTIONS, which the tests pass on to the advisor processes they start.
set -euo pipefail
cd "$(dirname "$0")/.."
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
# The Swift runtime's backtracer would catch a sanitizer's crash before it is reported.
export SWIFT_BACKTRACE=enable=no

for sanitizer in address thread; do
  scratch=".build-${sanitizer:0:1}san"
  echo "== swift test under -sanitize=$sanitizer ($scratch)"
  swift build --build-tests --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizer"
  swift test --skip-build --scratch-path "$scratch"
  "$(swift build --scratch-path "$scratch" --show-bin-path)/advisor" check Transcripts
done
