#!/usr/bin/env python3
"""Rewrites README.md's two explanations with what the advisor prints now: the
`advisor ask --explain` example, from the release build, and lesson 6's `:why`, from the
lesson transcript (refresh that first with `advisor check --update`).

Retraining moves the learned weights a little; run after `make generate` and a release build:
    scripts/refresh-readme-explain.py
"""
import os, re, subprocess

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
readme = os.path.join(root, "README.md")
question = "how much does an enginering manager make"
command = f'$ advisor ask --explain "{question}"\n'
output = subprocess.run(
    [os.path.join(root, ".build/release/advisor"), "ask", "--explain", question],
    capture_output=True, text=True, check=True).stdout
lesson = open(os.path.join(root, "Transcripts/lesson-06-how-the-classifier-works.transcript"), encoding="utf-8").read()
why = 'Why the answer to "how much does an engineering manager make?":\n'
lesson_why = re.search(re.escape(why) + r".*?\n(?=\n)", lesson, flags=re.S).group(0)
text = open(readme, encoding="utf-8").read()
updated = re.sub(re.escape(command) + r".*?(?=```)", lambda _: command + output, text, count=1, flags=re.S)
updated = re.sub(re.escape(why) + r".*?(?=```)", lambda _: lesson_why, updated, count=1, flags=re.S)
open(readme, "w", encoding="utf-8").write(updated)
print("README.md: examples", "updated" if updated != text else "unchanged")
