#!/usr/bin/env python3
"""Writes tests/blind2/gold/<doc>.json from annotations_{en,de,nl}.py: the fifth gold set, whose error lists
nobody reads (see README.md). Same format and script as tests/fresh/annotate.py, which see.

Run from the repository root: python3 tests/blind2/annotate.py [--check] [--lang en|de|nl]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "gold"))
import goldlib  # noqa: E402

if __name__ == "__main__":
    goldlib.run_languages(HERE)
