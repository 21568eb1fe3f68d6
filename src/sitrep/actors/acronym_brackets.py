"""An acronym in brackets right after a name ("Popular Mobilization Forces (PMF)"): read by the
name shaper and the acronym linker."""
from __future__ import annotations

import re

from .fold import Folded


# (or a count of words opening with one letter: "Return, Reclamation and Rehabilitation (3R)")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]?[A-Z0-9&-]{1,7}|[2-5][A-Z])\)")


def acronym_after(text: str, f: Folded, j: int) -> int | None:
    """Token index of an acronym in brackets right after token j-1: "Forces (PMF)"."""
    if j >= len(f.words):
        return None
    e = f.ends[j - 1]
    if "(" not in text[e:e + 3]:           # most names have no bracket after them
        return None
    m = _ACRONYM.match(text, e)
    if not m or f.starts[j] != m.start(1) or f.ends[j] != m.end(1) or not m.group(1)[:2].isupper():
        return None
    return j


def acronym_span(text: str, f: Folded, j: int) -> tuple[int, int] | None:
    """Tokens j..k-1 of an acronym in brackets right after token j-1, a hyphenated one included:
    "Task Force to End Local Armed Conflict (NTF-ELAC)", "Regional Office-Northern Highlands
    (RPO-NH)" (the hyphen cuts it into tokens)."""
    if j >= len(f.words):
        return None
    e = f.ends[j - 1]
    if "(" not in text[e:e + 3]:
        return None
    m = _ACRONYM.match(text, e)
    if not m or f.starts[j] != m.start(1) or not m.group(1)[:2].isupper():
        return None
    k = j
    while k < len(f.words) and f.ends[k] < m.end(1) and k + 1 < len(f.words) and f.joined[k + 1] == 2:
        k += 1
    if f.ends[k] != m.end(1):
        return None
    return j, k + 1
