#!/usr/bin/env python3
"""Writes tests/blind/gold/<doc>.json from the hand annotations in annotations_{en,de,nl}.py.

The fourth gold set: real articles of the field collected in the fifth session, after every change it measures, so
that nobody has looked at gazegraph's errors on them (see README.md). Each language's annotations are in a module
of their own, in tests/heldout/annotate.py's format: NEW_ENTITIES (id -> type, for entities the shipped gazetteer
lacks), MENTIONS (document -> [(context with {{surface}}, or the bare surface; entity id)]) and PAIRS (document ->
[(a, relation, b, first words of the evidence, last words[, status])]). tests/gold/goldlib.py turns them into
byte spans, as for the other two sets.

Run from the repository root: python3 tests/blind/annotate.py [--check] [--lang en|de|nl]
With --check it writes nothing and fails when a JSON file differs from what it would write; with --lang it reads
one language's module and articles only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "gold"))
import goldlib  # noqa: E402

if __name__ == "__main__":
    goldlib.run_languages(HERE)
