#!/usr/bin/env python3
"""Answer length over the shipped questions: every answer in Transcripts/*.transcript,
wrapped at 100 columns as a terminal of that width shows it (issue 10: median at most 8
lines, none over 25 except explicit comparisons and overviews).

Usage: scripts/answer-lengths.py [Transcripts] [--list N]
"""
import glob, statistics, sys, textwrap

def answers(folder):
    for path in sorted(glob.glob(folder + "/*.transcript")):
        question, lines = None, []
        def flush():
            if question is not None and not question.startswith(":"):
                yield path, question, [l[1:] if l.startswith("\\") else l for l in lines]
        for raw in open(path, encoding="utf-8").read().split("\n"):
            if raw.startswith("> "):
                yield from flush()
                question, lines = raw[2:], []
            elif raw.startswith("#") or raw.startswith("@") or raw == "":
                continue
            elif question is not None:
                lines.append(raw)
        yield from flush()

def wrapped(lines, width=100):
    count = 0
    for line in lines:
        indent = "  " if line.startswith("- ") else ""
        count += max(1, len(textwrap.wrap(line, width, subsequent_indent=indent)))
    return count

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = args[0] if args else "Transcripts"
    listing = int(sys.argv[sys.argv.index("--list") + 1]) if "--list" in sys.argv else 0
    rows = [(wrapped(lines), path, q) for path, q, lines in answers(folder) if lines]
    counts = sorted(r[0] for r in rows)
    print(f"answers {len(counts)}  median {statistics.median(counts)}  mean {statistics.mean(counts):.1f}  max {counts[-1]}")
    buckets = [(1, 2), (3, 4), (5, 8), (9, 12), (13, 16), (17, 25), (26, 999)]
    for low, high in buckets:
        n = sum(low <= c <= high for c in counts)
        print(f"  {low:>2}-{high if high < 999 else '':<3} lines: {n:>3} {'#' * n}")
    for count, path, q in sorted(rows, reverse=True)[:listing]:
        print(f"  {count:>3}  {path.split('/')[-1]}: {q}")

main()
