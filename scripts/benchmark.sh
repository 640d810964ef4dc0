#!/usr/bin/env bash
# The advisor's speed, from release builds on this machine, as medians over several runs:
#   - wall time of `advisor ask` against a Swift "hello world" built the same way;
#   - time per question in process (understanding + answer) over the shipped questions;
#   - peak memory of `advisor ask`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product advisor >/dev/null
swift build -c release --product advisor-benchmark >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo 'print("hello, world")' > "$work/hello.swift"
swiftc -O "$work/hello.swift" -o "$work/hello"
questions=Tests/AdvisorCoreTests/Fixtures/heldout-questions.tsv
python3 - "$work/hello" .build/release/advisor <<'PY'
import resource, statistics, subprocess, sys, time
hello, advisor = sys.argv[1], sys.argv[2]
question = "How much does an engineering manager make?"
def median_ms(commands, runs=61):
    """Medians of the commands' wall times, run in turn so both see the same machine."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for command, samples in zip(commands, times):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            samples.append(time.perf_counter() - start)
    return [statistics.median(samples) * 1000 for samples in times]
for _ in range(3):  # warm the page cache
    subprocess.run([advisor, "ask", question], stdout=subprocess.DEVNULL)
h, a = median_ms([[hello], [advisor, "ask", question]])
print(f"hello world:  {h:.2f} ms (median of 61 runs, taken in turn with advisor ask)")
print(f"advisor ask:  {a:.2f} ms (median of 61 runs), {a / h:.2f}x hello world")
before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
subprocess.run([advisor, "ask", question], stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"peak memory:  {peak / 1024:.1f} MB (advisor ask, maximum resident set)")
PY
.build/release/advisor-benchmark "$questions" 30
