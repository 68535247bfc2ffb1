#!/usr/bin/env python3
"""Refreshes the outputs shown in README.md's "Questions you can ask" from a fresh build of the seeds.

Every fenced block there that starts with `$ gazegraph query ...` is run (with `--graph GRAPH`) and its output
replaces the block's lines; a block that the README abridges with a line `…` keeps as many lines before it as it
had. `tests/query.rs` checks the same blocks, so run this after a change to the seeds, the gazetteer or the
queries. Usage: tools/readme_queries.py GAZEGRAPH GRAPH_JSON
"""
import re
import subprocess
import sys
from pathlib import Path

binary, graph = sys.argv[1], sys.argv[2]
readme = Path(__file__).resolve().parent.parent / "README.md"
text = readme.read_text()
start = text.index("## Questions you can ask")
end = text.find("\n## ", start + 3)
end = len(text) if end < 0 else end
section = text[start:end]


def refresh(match):
    fence, body = match.group(1), match.group(2)
    lines = body.split("\n")
    if not lines or not lines[0].startswith("$ gazegraph query "):
        return match.group(0)
    args = lines[0][len("$ gazegraph query "):].split()
    out = subprocess.run([binary, "query", *args, "--graph", graph], capture_output=True, text=True).stdout
    new = [line.rstrip() for line in out.rstrip("\n").split("\n")]
    old = lines[1:]
    if "…" in [line.strip() for line in old]:
        keep = [line.strip() for line in old].index("…")
        new = new[:keep] + ["…"]
    return fence + "\n".join([lines[0], *new]) + "\n```"


section = re.sub(r"(```(?:text)?\n)(.*?)\n```", refresh, section, flags=re.S)
readme.write_text(text[:start] + section + text[end:])
