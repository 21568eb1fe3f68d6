"""A link label glued to the end of a paragraph ("... which the party denied. READ MORE") is chrome.

E-mail newsletters and teaser pages end each item with its link text on the same line, so no line
rule can remove it. The labels are data (``knowledge/chrome.json`` entries of kind "line tail");
only the last characters of a line are searched, and a line is cut only when the text before the
label reads as prose, so a bare label line stays for the line rules.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BODY, Line, cut_lines
from sitrep.clean.zones import is_prose

TAIL_KIND = "line tail"


@lru_cache(maxsize=1)
def _tails() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    return tuple((entry["reason"], re.compile(entry["pattern"], 0 if entry.get("case") else re.IGNORECASE),
                  int(entry.get("max_len", 60)))
                 for entry in knowledge.load("chrome.json") if entry.get("kind") == TAIL_KIND)


@lru_cache(maxsize=1)
def _gate() -> tuple[str, frozenset[str]]:
    """(the characters a label may end with, the last words of the labels, lower case): a line
    whose last word is none of them is not searched (a regex anchored at "$" is tried from
    every offset of its window)."""
    entries = [entry for entry in knowledge.load("chrome.json") if entry.get("kind") == TAIL_KIND]
    trim = "".join(sorted({c for entry in entries for c in entry.get("trim", " ")}))
    return trim, frozenset(word for entry in entries for word in entry.get("last_words", ()))


def tail_split(text: str) -> tuple[int, str] | None:
    """(where the link label starts, its reason) when ``text`` is prose ending in one."""
    trim, words = _gate()
    last = text.rstrip(trim).rpartition(" ")[2]
    if last.lower() not in words:
        return None
    for reason, tail, window in _tails():
        m = tail.search(text, max(0, len(text) - window))
        if m is None or m.start() == 0:
            continue
        head = text[:m.start()].rstrip()
        if head and is_prose(head):
            return len(head), reason
    return None


def trim_link_tails(lines: list[Line]) -> list[Line]:
    """The lines, with each body line that ends in a link label split into its kept text and its
    dropped label (``lines`` itself when none does)."""
    cuts: dict[int, tuple[int, str]] = {}
    trim = _gate()[0]
    for i, line in enumerate(lines):
        # most body lines end a sentence: a full stop or a quote mark ends no label
        if line.label == BODY and len(line.text) > 20 and (line.text[-1].isalpha() or line.text[-1] in trim):
            cut = tail_split(line.text)
            if cut is not None:
                cuts[i] = cut
    return cut_lines(lines, cuts) if cuts else lines
