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
def median_ms(command, runs=41):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
for _ in range(3):  # warm the page cache
    subprocess.run([advisor, "ask", question], stdout=subprocess.DEVNULL)
h = median_ms([hello])
a = median_ms([advisor, "ask", question])
print(f"hello world:  {h:.2f} ms (median of 41 runs)")
print(f"advisor ask:  {a:.2f} ms (median of 41 runs), {a / h:.2f}x hello world")
before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
subprocess.run([advisor, "ask", question], stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"peak memory:  {peak / 1024:.1f} MB (advisor ask, maximum resident set)")
PY
.build/release/advisor-benchmark "$questions" 30
