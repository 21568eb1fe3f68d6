"""Bare numbers of a series and the noun that governs them.

"drone attacks rose from six in August to 31 in September": the numbers count no noun of their
own; the head noun before the series does. These readers walk back from a number over series
words only (trend words, months, other numbers, time expressions) to find it.
"""
from __future__ import annotations

import re

from sitrep.claims.lexicon import Lexicon

_BACK_WORD = re.compile(r"[^\W_](?:[\w'’\-.,]*\w)?|[;:()\"“”]")
_MONTHS = frozenset("january february march april may june july august september october november "
                    "december jan feb mar apr jun jul aug sep sept oct nov dec".split())


def governing_noun(text: str, sent_start: int, qstart: int, lex: Lexicon,
                   in_timex) -> tuple[str, str] | None:
    """The head noun a bare number of a series belongs to: "drone attacks rose from six ..."

    Walks back from the number over series words only (trend words, months, other numbers,
    time expressions); the first head noun met governs the number.
    """
    lo = max(sent_start, qstart - 110)
    toks = [(m.start(), m.end(), m.group()) for m in _BACK_WORD.finditer(text, lo, qstart)]
    for i in range(len(toks) - 1, max(-1, len(toks) - 14), -1):
        ws, we, w = toks[i]
        low = w.lower().rstrip(",.")
        if low in lex.heads and not lex.heads[low].anaphoric:
            if not low.endswith("s") and f"{low}s" in lex.heads:
                return None                # "in X province rose to nine": a singular counts no series
            return _modified_head(toks, i, lex)
        if i > 0 and f"{toks[i - 1][2].lower()} {low}" in lex.heads:
            head = lex.heads[f"{toks[i - 1][2].lower()} {low}"]
            return head.unit, head.cls
        if (low in lex.trend or low in _MONTHS or low[:1].isdigit() or low in lex.number_words
                or low in lex.qualifiers or in_timex(ws)):
            continue
        return None
    return None


# a head noun of a prepositional phrase that modifies an earlier head: "attacks *on* security forces"
_PP = frozenset("on against by targeting in at near from of".split())
_DETS = frozenset("the a an its their his her our this these those".split())


def _modified_head(toks: list[tuple[int, int, str]], i: int, lex: Lexicon) -> tuple[str, str]:
    """The unit of the head noun at ``toks[i]`` with its kept modifiers; when that noun only
    ends a prepositional phrase ("drone attacks on security forces rose from 40"), the noun the
    phrase modifies is the one counted."""
    while True:
        head = lex.heads[toks[i][2].lower().rstrip(",.")]
        mods = []
        j = i - 1
        while j >= 0 and toks[j][2].lower() in lex.keep_modifiers:
            mods.append(toks[j][2].lower())
            j -= 1
        while j >= 0 and toks[j][2].lower() in _DETS:
            j -= 1
        outer = None
        if j > 0 and toks[j][2].lower() in _PP:
            for k in range(j - 1, max(-1, j - 4), -1):
                w = toks[k][2].lower()
                h = lex.heads.get(w)
                if h is not None and not h.anaphoric:
                    outer = k
                    break
                if w not in lex.keep_modifiers and w not in lex.skip_modifiers:
                    break
        if outer is None:
            return " ".join([*reversed(mods), head.unit]), head.cls
        i = outer


# "from six in August to 31 ...": a bare count opening a from-to series
FROM_TO = re.compile(r"(?:\s+(?:in|during|on|by|at)\s+[\w ]{2,25}?)?,?\s+to\s+(?:[\w ]{0,12}\s)?(?:\d|[a-z]+\b)")


def series_gap(text: str, lo: int, hi: int, lex: Lexicon, in_timex) -> bool:
    """Whether only series words (trend words, months, time expressions) stand between lo and hi."""
    if hi - lo > 60:
        return False
    for m in _BACK_WORD.finditer(text, lo, hi):
        low = m.group().lower().rstrip(",.")
        if not (low in lex.trend or low in _MONTHS or in_timex(m.start())):
            return False
    return True


def nearest_head(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[str, str] | None:
    toks = list(_BACK_WORD.finditer(text, lo, hi))
    for i in range(len(toks) - 1, -1, -1):
        head = lex.heads.get(toks[i].group().lower().rstrip(",."))
        if head is not None and not head.anaphoric and head.cls != "person":
            mods = []
            j = i - 1
            while j >= 0 and toks[j].group().lower() in lex.keep_modifiers:
                mods.append(toks[j].group().lower())
                j -= 1
            return " ".join([*reversed(mods), head.unit]), head.cls
    return None
