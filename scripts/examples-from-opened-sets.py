#!/usr/bin/env python3
"""Writes Intents/examples/from-opened-sets/<intent>.txt from the opened evaluation sets.

Each set in Tests/AdvisorCoreTests/Fixtures/blind/ was scored once on first contact, then opened
(its README); from then on its questions are examples the classifier learns from, labelled with
their first intent and counted twice in training (`weight: 2`: on held-out halves of the opened
sets, twice lifted real questions 2 points and left written conversations level). Follow-ups
that lean on the conversation ("what about directors?", "and for a CTO?") are left out: their
intent comes from the earlier turns, not from their words. So is any question of the
development set, which is never copied into the intent files.

usage: scripts/examples-from-opened-sets.py [DEV.jsonl]   (default ../shared/eval/dev.jsonl)
"""
import collections, glob, json, os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sets = sorted(glob.glob(os.path.join(root, "Tests/AdvisorCoreTests/Fixtures/blind/*.jsonl")))
out = os.path.join(root, "Intents/examples/from-opened-sets")
dev_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "../shared/eval/dev.jsonl")
dev = set()
if os.path.exists(dev_path):
    for line in open(dev_path, encoding="utf-8"):
        dev.update(" ".join(t["q"].split()).lower() for t in json.loads(line)["turns"])

lead = r"(?:(?:ok(?:ay)?|and|so|cool|hmm+|right|alright|also|oh|ah|got it|i see)[ ,.!]*)*"
elliptical = re.compile(lead + r"(?:what about|how about|and |vs\b|versus|same\b|for |to |what if|or |with |in |at )")

by_intent = collections.defaultdict(dict)
for path in sets:
    for line in open(path, encoding="utf-8"):
        for index, turn in enumerate(json.loads(line)["turns"]):
            question = " ".join(turn["q"].split())
            if not question or question.startswith("#") or question.lower() in dev:
                continue
            if index > 0 and elliptical.match(question.lower()):
                continue
            by_intent[turn["intent"][0]][question] = None  # a dict keeps the first order

os.makedirs(out, exist_ok=True)
for name in os.listdir(out):
    if name.endswith(".txt"):
        os.remove(os.path.join(out, name))
for intent, questions in sorted(by_intent.items()):
    with open(os.path.join(out, intent + ".txt"), "w", encoding="utf-8") as file:
        file.write(f"# Example questions for {intent} from the opened evaluation sets\n")
        file.write("# (Tests/AdvisorCoreTests/Fixtures/blind/); written by scripts/examples-from-opened-sets.py.\n")
        file.write("# They are how people really ask, so training counts each twice.\nweight: 2\n")
        file.writelines(question + "\n" for question in questions)
print(f"{sum(len(q) for q in by_intent.values())} questions in {len(by_intent)} files, from {len(sets)} sets")
