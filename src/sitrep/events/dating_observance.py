"""A time that names a day kept in common, or the past day it keeps in memory, not when an act was done.

"Vucic blamed Kurti and declared Wednesday a day of national mourning"; "announced a day of
mourning in Serbia on Wednesday"; "the government declared Friday a public holiday": Wednesday and
Friday are the days of the observance (often still to come), never the time of the blame or of
the attack the sentence tells. Read as the act's time, such a day dates a statement made on the
report's day days off (a past Wednesday read for a coming one). The observance nouns are data
(``time_words.json``, kind ``observance``). Likewise the day an anniversary recalls: "protests held
on the anniversary of the July 7, 1990 uprising" were held in the report's days, not in 1990
(kind ``recalled``: "anniversary of", "commemoration of").
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.model import TimeExpr

_WINDOW = 70                 # how far around the time the observance phrase is looked for


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    entries = load("time_words.json")
    kept = sorted({e["word"] for e in entries if e.get("kind") == "observance"}, key=len, reverse=True)
    days = sorted({e["word"] for e in entries if e.get("kind") == "observance_day"}, key=len, reverse=True)
    if not kept and not days:
        return None

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    # the observance itself: "a day of national mourning", "three days of mourning", "a public holiday"
    # (never the bare noun: "funeral prayers were held on Monday" dates the funeral's morrow)
    phrase = (r"(?:(?:days?|weeks?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:" + alt(kept) + r")|(?:[\w-]+\s+)?(?:"
              + alt(days) + r"))\b")
    # "Wednesday a day of national mourning", "Friday as a public holiday": the day declared
    after = re.compile(r"\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + phrase, re.I)
    # "a day of national mourning in Serbia on Wednesday": the time closes the observance's phrase
    before = re.compile(r"\b" + phrase + r"[^,;.!?\"“”]{0,45}?\b(?:on|from|starting|for)\s+$", re.I)
    quick = re.compile(alt(kept + days), re.I)
    return after, before, quick


@lru_cache(maxsize=1)
def _recalled() -> re.Pattern[str] | None:
    words = sorted({e["word"] for e in load("time_words.json") if e.get("kind") == "recalled"}, key=len, reverse=True)
    if not words:
        return None
    # "the anniversary of the July 7, 1990 uprising", "the 10th anniversary of October 7": the time
    # right after "<noun> of (the)" (a number or ordinal may stand between the article and it)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r"\b(?:" + alt + r")\s+of\s+(?:the\s+)?$", re.I)


def recalled_day(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` names the past happening an anniversary or commemoration recalls
    ("protests held on the anniversary of the July 7, 1990 uprising"): the act of the sentence
    is done on the anniversary, in the report's time, never on the day recalled."""
    pat = _recalled()
    return pat is not None and pat.search(text[max(0, t.start - 40):t.start]) is not None


@lru_cache(maxsize=1)
def _literals() -> tuple[str, ...] | None:
    """A lower-case word that every observance phrase holds (each entry's first word), or None when
    an entry is not plain ASCII (then only the pattern can tell)."""
    entries = load("time_words.json")
    words = [e["word"] for e in entries if e.get("kind") in ("observance", "observance_day")]
    if not all(w.isascii() and w.split() for w in words):
        return None
    return tuple(sorted({w.split()[0].lower() for w in words}))


_last: list = [None, True]       # (the text last asked about, whether it may name an observance)


def _may_name_one(text: str) -> bool:
    """Whether ``text`` holds an observance word anywhere, decided once per text: the dates of a
    document are tried one by one against the same text, and nearly no text names an observance.
    An ASCII text's case-insensitive match is a match of its lower-cased form, so the literal test
    is exact; other texts are left to the pattern."""
    if _last[0] is not text:
        words = _literals()
        if words is None or not text.isascii():
            may = True
        else:
            lower = text.lower()
            may = any(w in lower for w in words)
        _last[0], _last[1] = text, may
    return _last[1]


def observance_day(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` names the day of an observance ("declared Wednesday a day of mourning"), or
    the past day an anniversary recalls (``recalled_day``)."""
    if recalled_day(text, t):
        return True
    pats = _patterns()
    if pats is None:
        return False
    after, before, quick = pats
    if not _may_name_one(text):
        return False
    lo, hi = max(0, t.start - _WINDOW), min(len(text), t.end + _WINDOW)
    if quick.search(text, lo, hi) is None:
        return False                    # (nearly every time: no observance word near it)
    m = after.match(text, t.end, hi)
    return m is not None or before.search(text[lo:t.start]) is not None
