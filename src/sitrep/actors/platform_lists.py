"""Social platforms named outside a posting cue: "blocked Facebook, YouTube, X and TikTok".

``platforms`` finds a platform only as a statement's channel ("wrote on X"), because several
platform names are everyday words. Copy on platform bans, leaks or disinformation names them as
actors of their own, often in lists. A name that is no everyday word ("Facebook", "TikTok": the
``distinct`` list) is a MEDIA mention wherever it stands as a whole word, as written; an everyday
one ("X", "Signal", "Messenger") only as an item of a list that holds a distinct one, which is
what makes "X" the network and not a letter.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sitrep.knowledge import load

from .fold import Folded
from .match import Cand

_PRIO = 40
# a share line: "Follow @X on Twitter", "follow the Deputy Secretary on Twitter and on Instagram"
_FOLLOW = re.compile(r"\b[Ff]ollow(?:s|ing)?\b")
_FOLLOW_WINDOW = 120
# what stands between two items of one list: ", ", " and ", ", or ", "/"
_SEP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|/\s*|\s(?:and|or)\s+)")


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern, frozenset[str]]:
    words: list[str] = []
    distinct: list[str] = []
    for e in load("actor_cues.json"):
        if e.get("kind") == "platform":
            words += e.get("words", [])
            distinct += e.get("distinct", [])
    names = sorted(set(words) | set(distinct), key=len, reverse=True)
    if not names:
        return re.compile(r"(?!)"), frozenset()
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    # whole words as written, not the start of a longer capitalised name ("X Street" or
    # "Telegram Road" is a street) nor a possessive's owner
    pat = re.compile(r"(?<![\w.-])(" + alt + r")(?![\w-])(?!\s+[A-Z][a-z])")
    return pat, frozenset(distinct)


def _span(f: Folded, s: int, e: int) -> tuple[int, int] | None:
    i = bisect.bisect_left(f.starts, s)
    if i >= len(f.starts) or f.starts[i] != s:
        return None
    j = bisect.bisect_left(f.ends, e, lo=i)
    if j >= len(f.ends) or f.ends[j] != e:
        return None
    return i, j + 1


def platform_list_candidates(text: str, f: Folded) -> list[Cand]:
    """A MEDIA candidate for every distinct platform name, and for every everyday one that
    stands in a list beside a platform taken."""
    pat, distinct = _names()
    found = [(m.start(1), m.end(1), re.sub(r"\s+", " ", m.group(1)) in distinct) for m in pat.finditer(text)]
    if not any(d for _, _, d in found):
        return []
    ok = [d for _, _, d in found]
    # a list is read both ways: "X, Facebook" and "Facebook, X, Signal"
    for order in (range(1, len(found)), range(len(found) - 2, -1, -1)):
        for k in order:
            n = k - 1 if order.step == 1 else k + 1
            if ok[k] or not ok[n]:
                continue
            a, b = (n, k) if n < k else (k, n)
            if _SEP.fullmatch(text[found[a][1]:found[b][0]]):
                ok[k] = True
    out: list[Cand] = []
    for (s, e, _), take in zip(found, ok):
        # "Follow us on Twitter and on Facebook": a share line the page left in, not an actor
        line = text.rfind("\n", 0, s) + 1
        if take and _FOLLOW.search(text, max(line, s - _FOLLOW_WINDOW), s):
            continue
        span = _span(f, s, e) if take else None
        if span:
            out.append(Cand(span[0], span[1], "MEDIA", "platform", _PRIO))
    return out
