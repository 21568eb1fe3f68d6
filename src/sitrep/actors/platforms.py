"""Social platforms a statement was posted on: "wrote on X", "a video circulated on Telegram".

A platform is a news medium the copy cites as the channel of a statement (MEDIA, as outlets are).
Its names are short or everyday words ("X", "Signal", "Threads"), so a listed name counts only
after "on"/"via" with a posting cue a few words before: "said in a post on X", "In voice messages
circulated on WhatsApp". "on X Street" or "Plan X" never qualify; share-button rows are chrome the
cleaner removes.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sitrep.knowledge import load

from .fold import Folded
from .match import Cand

# how far back (characters) a posting cue may stand: "posted a long statement on X"
_CUE_WINDOW = 60
_PRIO = 40


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    names: list[str] = []
    cues: list[str] = []
    holders: list[str] = []
    for e in load("actor_cues.json"):
        if e.get("kind") == "platform":
            names += e.get("words", [])
            cues += e.get("cues", [])
            holders += e.get("holders", [])
    if not names or not cues:
        never = re.compile(r"(?!)")
        return never, never
    alt = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names), key=len, reverse=True))
    # case as written: "on x" or "on TWITTER-like" shouting is no platform name; the name must end
    # the word and not open a longer capitalised name ("on X Street", "on Telegram Road")
    # "on its Telegram channel": a determiner is skipped only when a holder noun follows the name,
    # so "on the X" alone stays out
    det = ""
    if holders:
        hold = "|".join(sorted(map(re.escape, holders), key=len, reverse=True))
        det = (r"(?:(?:its|their|his|her|the|an?|official)\s+(?=(?:" + alt + r")\s+(?:" + hold
               + r")\b))?")
    name = re.compile(r"\b(?:on|via|On|Via)\s+" + det + "(" + alt + r")\b(?!['’]s\b)(?![-\w])(?!\s+[A-Z][a-z])")
    cue = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, cues), key=len, reverse=True)) + r")\b", re.I)
    return name, cue


def platform_candidates(text: str, f: Folded) -> list[Cand]:
    """A MEDIA candidate for every listed platform the copy names as a statement's channel."""
    name, cue = _patterns()
    out: list[Cand] = []
    for m in name.finditer(text):
        s, e = m.span(1)
        if not cue.search(text, max(0, m.start() - _CUE_WINDOW), m.start()):
            continue
        i = bisect.bisect_left(f.starts, s)
        if i >= len(f.starts) or f.starts[i] != s:
            continue
        j = bisect.bisect_left(f.ends, e, lo=i)
        if j >= len(f.ends) or f.ends[j] != e:
            continue
        out.append(Cand(i, j + 1, "MEDIA", "platform", _PRIO))
    return out
