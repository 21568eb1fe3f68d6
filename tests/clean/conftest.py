"""Helpers shared by the cleaning tests."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.clean.glue import find_glue_edits
from sitrep.clean.lexicon import Lexicon


def repair_lines(lines: list[str]) -> list[str]:
    """The lines with the glue repair's edits applied."""
    out = []
    for line, edits in zip(lines, find_glue_edits(lines, Lexicon.default())):
        for e in sorted(edits, key=lambda e: e.start, reverse=True):
            line = line[:e.start] + e.replacement + line[e.end:]
        out.append(line)
    return out


@pytest.fixture
def glue_repair() -> Callable[[list[str]], list[str]]:
    return repair_lines
