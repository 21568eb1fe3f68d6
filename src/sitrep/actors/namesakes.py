"""Namesakes of known persons: a short form of a known name that the text says is someone else.

The KB lists short forms of some persons ("Noor Wali" of "Noor Wali Mehsud"): the given names
without the surname. A two-word name like that is common, so when the text introduces it as an
ordinary person ("said Noor Wali, a shopkeeper in the bazaar"), an indefinite apposition says
it is a namesake: the mention stays a person but is not linked to the known one. The full name
("Noor Wali Mehsud, a militant commander") keeps its link: a full name is specific enough.
"""
from __future__ import annotations

import re

from .cand import Cand
from .fold import Folded, fold_text
from .kb import KnowledgeBase

# ", a shopkeeper", ", an elder": an indefinite apposition introduces someone not known before
_INDEFINITE = re.compile(r"\s*,\s+(?:a|an)\s+[a-z]")


def unlink_namesakes(text: str, f: Folded, chosen: list[Cand], kb: KnowledgeBase) -> None:
    """Drop the KB link of a person's shortened known name introduced by an indefinite
    apposition (in place)."""
    for c in chosen:
        if c.kb_id is None or c.type != "PERSON" or c.j - c.i < 2:
            continue
        end = f.ends[c.j - 1]
        if not _INDEFINITE.match(text, end, end + 40):
            continue
        if _shortened(f, c, kb):
            c.kb_id, c.source = None, "name-shape"


def _shortened(f: Folded, c: Cand, kb: KnowledgeBase) -> bool:
    """Whether the words of ``c`` open a longer name of its KB person and are not a full name of
    it themselves."""
    key = ("shortened", c.kb_id, f.light_span(c.i, c.j))
    got = kb.memo.get(key)
    if got is None:
        e = kb.entry(c.kb_id or "") or {}
        span = key[2].split()
        forms = [fold_text(n).light_text.split() for n in (e.get("name") or "", *(e.get("aliases") or ()))]
        longer = any(len(w) > len(span) and w[:len(span)] == span for w in forms)
        got = kb.memo[key] = longer and span != (forms[0] if forms else [])
    return got
