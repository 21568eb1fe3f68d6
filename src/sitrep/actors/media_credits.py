"""News agencies credited in the copy: an unlisted acronym named as the source of a report.

A wire's dateline credits its agency in brackets ("BAMENDA, Cameroon, Oct 20 (WAPA) - ..."), a
source "told WAPA", and "WAPA could not independently verify" the toll: an acronym no knowledge
entry lists, seen in one of these places, is a news outlet (MEDIA), not an organisation of the
conflict. Every mention with the same letters follows, since the document means one body by them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load

from .fold import Folded
from .match import Cand

# the bracketed credit closes the dateline: "(WAPA) -", "(WAPA) —", "(WAPA):"
_DATELINE_CREDIT = re.compile(r"\s*\)\s*[-–—:]")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    before: list[str] = []
    after: list[str] = []
    armed: list[str] = []
    for e in load("actor_cues.json"):
        if e.get("kind") == "media_credit":
            before += e.get("words", [])
            after += e.get("after", [])
            armed += e.get("armed", [])
    alt = lambda ws: "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in ws), key=len, reverse=True))
    return (re.compile(r"\b(?:" + alt(before) + r")\s+$", re.I) if before else re.compile(r"(?!)"),
            re.compile(r"^\s+(?:" + alt(after) + r")\b", re.I) if after else re.compile(r"(?!)"),
            frozenset(w.casefold() for w in armed))


def _acronym(f: Folded, c: Cand) -> bool:
    w = f.words[c.i]
    return c.j - c.i == 1 and 2 <= len(w) <= 8 and w.isupper() and w.isalpha()


def _credited(text: str, f: Folded, c: Cand, before: re.Pattern, after: re.Pattern) -> bool:
    s, e = f.starts[c.i], f.ends[c.j - 1]
    if s > 0 and text[s - 1] == "(" and _DATELINE_CREDIT.match(text, e):
        return True
    if before.search(text, max(0, s - 30), s):
        # "told WAPA." or "told WAPA on Monday", not "told WAPA fighters to ..."
        nxt = text[e:e + 1]
        return nxt in (".", ",", ";", "") or text[e:e + 4] in (" on ", " in ", " by ") or text[e:e + 6] == " that "
    return bool(after.match(text, e, min(len(text), e + 60)))


def media_credits(text: str, f: Folded, chosen: list[Cand]) -> None:
    """Retype, in place, every mention of an unlisted acronym the copy credits as its source."""
    pool = [c for c in chosen if c.type == "ORG" and c.kb_id is None and _acronym(f, c)]
    if not pool:
        return
    before, after, armed = _cues()
    n = len(f.words)
    # "WAPA fighters": an armed body the copy also happens to cite
    fighting = {f.words[c.i] for c in pool if c.j < n and f.joined[c.j] == 1 and f.lights[c.j] in armed}
    media = {f.words[c.i] for c in pool if f.words[c.i] not in fighting and _credited(text, f, c, before, after)}
    for c in pool:
        if f.words[c.i] in media:
            c.type = "MEDIA"
