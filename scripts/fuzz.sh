#!/usr/bin/env bash
# Fuzzes the advisor with libFuzzer and AddressSanitizer for SECONDS (default 120), starting
# from the seeds in Fuzz/corpus/, then prints executions per second, total executions and
# coverage. Usage: scripts/fuzz.sh [SECONDS]   (make fuzz SECONDS=1800, make fuzz-smoke)
#
# advisor-fuzz is built in its own scratch path, .build-fuzz, so the fuzzing flags never mix
# with the ordinary build. Inputs that reach new code collect in .build-fuzz/corpus and are
# reused by the next run; an input that crashes or breaks a property is saved in
# .build-fuzz/artifacts/. Reproduce one with: .build-fuzz/release/advisor-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
# FUZZ_SEED and FUZZ_RUNS make a run repeatable: the same seed and number of executions try
# the same inputs on any machine, so CI's smoke passes or fails as it does here.
repeatable=()
[ -n "${FUZZ_SEED:-}" ] && repeatable+=(-seed="$FUZZ_SEED")
[ -n "${FUZZ_RUNS:-}" ] && repeatable+=(-runs="$FUZZ_RUNS")
scratch=.build-fuzz

# libFuzzer and ASan ship with the Swift toolchain; linking libFuzzer, which is C++, needs
# libstdc++'s development files (a documented Swift dependency, installed when missing).
toolchain="$(dirname "$(readlink -f "$(command -v swift)")")"
if ! compgen -G "$toolchain/../lib/clang/*/lib/linux/libclang_rt.fuzzer-$(uname -m).a" >/dev/null; then
  echo "fuzz: this Swift toolchain has no libFuzzer runtime (lib/clang/*/lib/linux/libclang_rt.fuzzer-*)" >&2
  exit 69
fi
if [ ! -e "$("$toolchain/clang" -print-file-name=libstdc++.so)" ]; then
  gcc_version="$(ls "/usr/lib/gcc/$(uname -m)-linux-gnu" 2>/dev/null | sort -V | tail -1)"
  package="libstdc++-${gcc_version:-12}-dev"
  echo "Installing $package (libFuzzer links against it)..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
fi

build=(swift build -c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address)
"${build[@]}" --product advisor-fuzz 2>&1 | { grep -v "Cannot export local symbol '__asan_extra_spill_area'" || true; }
binary="$("${build[@]}" --show-bin-path)/advisor-fuzz"
mkdir -p "$scratch/corpus" "$scratch/artifacts"
log="$scratch/fuzz.log"
: >"$log"  # before the fuzzer starts, so that `tail` below never misses the file

# The Swift runtime's backtracer would catch the crash before libFuzzer and ASan report it.
set +e
start=$SECONDS
SWIFT_BACKTRACE=enable=no "$binary" -max_total_time="$seconds" "${repeatable[@]}" -max_len=4096 -timeout=20 \
  -dict=Fuzz/advisor.dict -print_final_stats=1 -artifact_prefix="$scratch/artifacts/" \
  "$scratch/corpus" Fuzz/corpus/*/ >"$log" 2>&1 &
fuzzer=$!
tail -n +1 --pid="$fuzzer" -f "$log" | grep --line-buffered -E "INITED|pulse|DONE|ERROR|Fatal error|SUMMARY"
wait "$fuzzer"
status=$?
elapsed=$((SECONDS - start))
set -e

stat() { sed -n "s/^stat::$1: *//p" "$log"; }
last="$(grep -E '^#[0-9]+' "$log" | tail -1)"
edges="$(sed -n 's/.*(\([0-9]*\) inline 8-bit counters).*/\1/p' "$log" | head -1)"
field() { sed -n "s/.* $1: \([^ ]*\).*/\1/p" <<<"$last"; }
echo
echo "fuzzed for $elapsed s: $(stat number_of_executed_units) executions, $(stat average_exec_per_sec) per second"
corpus="$(field corp)"
echo "coverage: $(field cov) of $edges edges, $(field ft) features; corpus ${corpus%%/*} inputs" \
  "(${corpus#*/}; $(stat new_units_added) new this run, kept in $scratch/corpus)"
findings="$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$log")"
if [ -n "$findings" ]; then
  echo "findings (log: $log):"
  sed 's/^/  /' <<<"$findings"
  echo "reproduce: $binary FILE"
else
  echo "findings: none"
fi
exit "$status"
