#!/usr/bin/env python3
"""Writes tests/fresh/gold/<doc>.json from the hand annotations in annotations_{en,de,nl}.py.

The third gold set: real articles of the field collected after the finding of names in the text was built, so
that nobody has looked at gazegraph's errors on them (see README.md). Each language's annotations are in a module
of their own, in tests/heldout/annotate.py's format: NEW_ENTITIES (id -> type, for entities the shipped gazetteer
lacks), MENTIONS (document -> [(context with {{surface}}, or the bare surface; entity id)]) and PAIRS (document ->
[(a, relation, b, first words of the evidence, last words[, status])]). tests/gold/goldlib.py turns them into
byte spans, as for the other two sets.

Run from the repository root: python3 tests/fresh/annotate.py [--check] [--lang en|de|nl]
With --check it writes nothing and fails when a JSON file differs from what it would write; with --lang it reads
one language's module and articles only.
"""

import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "gold"))
sys.path.insert(0, HERE)
import goldlib  # noqa: E402

ONLY = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
NEW_ENTITIES, MENTIONS, PAIRS = {}, {}, {}
for lang in [ONLY] if ONLY else ("en", "de", "nl"):
    path = os.path.join(HERE, f"annotations_{lang}.py")
    if not os.path.exists(path):
        continue
    module = importlib.import_module(f"annotations_{lang}")
    for mine, theirs in ((NEW_ENTITIES, module.NEW_ENTITIES), (MENTIONS, module.MENTIONS), (PAIRS, module.PAIRS)):
        clash = set(mine) & set(theirs)
        if clash and mine is not NEW_ENTITIES:
            sys.exit(f"{path}: documents annotated twice: {sorted(clash)}")
        for key, value in theirs.items():
            if mine is NEW_ENTITIES and key in mine and mine[key] != value:
                sys.exit(f"{path}: {key} is a {value} here and a {mine[key]} elsewhere")
            mine[key] = value


if __name__ == "__main__":
    goldlib.run(
        os.path.join(HERE, "articles"),
        os.path.join(HERE, "gold"),
        MENTIONS,
        PAIRS,
        NEW_ENTITIES,
        prefix=f"{ONLY}_" if ONLY else "",
    )
