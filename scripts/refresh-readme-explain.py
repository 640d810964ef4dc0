#!/usr/bin/env python3
"""Rewrites README.md's `advisor ask --explain` example with what the release build prints now.

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
text = open(readme, encoding="utf-8").read()
updated = re.sub(re.escape(command) + r".*?(?=```)", lambda _: command + output, text, count=1, flags=re.S)
open(readme, "w", encoding="utf-8").write(updated)
print("README.md: example", "updated" if updated != text else "unchanged")
