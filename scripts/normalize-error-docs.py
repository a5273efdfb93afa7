#!/usr/bin/env python3
"""Brings docs/errors.md sections to one shape: a plain title line, then **Cause** and **Resolution** paragraphs.

Snippets written by different hands use `**Title.**` and `Cause:` / `Resolution:`; this rewrites them in place and
is safe to run again.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "docs/errors.md"
text = open(path, encoding="utf-8").read()
text = re.sub(r"(?m)^Cause: ", "\n**Cause** ", text)
text = re.sub(r"(?m)^Resolution: ", "\n**Resolution** ", text)
text = re.sub(r"(?m)^\*\*([^*\n]+?)\.?\*\*$", r"\1.", text)
text = re.sub(r"\n{3,}", "\n\n", text)
open(path, "w", encoding="utf-8").write(text)
