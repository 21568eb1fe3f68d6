"""Armed units named by a number: "Front 33", "Frente 33", "33rd Front", "the Second Division".

A unit's name is a head ("Front", "Brigade", "Batallón") with a number before it (an ordinal,
"33rd" or "Second") or after it (a cardinal, "Frente 33"). The number is no capitalised word, so
the name shapes miss "33rd Front" and cut "Frente 33" to its head; and the deep fold squeezes
repeated digits ("33" and "3" alike), so the forms of one unit get their own key here: head and
number ("unit:front:33"), which makes "Frente 33", "Front 33" and "33rd Front" one actor.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load

from .fold import Folded
from .match import Cand

_CARDINAL = re.compile(r"\d{1,3}")
_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.IGNORECASE)
# between the named kb/shape candidates (10-50) and a KB name: a KB unit of the same span wins
_PRIO = 40


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, int]]:
    for e in load("actor_cues.json"):
        if e.get("kind") == "numbered_unit":
            return dict(e.get("heads", {})), {k.lower(): int(v) for k, v in e.get("ordinals", {}).items()}
    return {}, {}


def _number_before(word: str, ordinals: dict[str, int]) -> int | None:
    m = _ORDINAL.fullmatch(word)
    if m:
        return int(m.group(1))
    # a spelled ordinal only when capitalised: "the second division of the league" is no name
    return ordinals.get(word.lower()) if word[:1].isupper() else None


def unit_candidates(text: str, f: Folded) -> tuple[list[Cand], dict[tuple[int, int], str]]:
    """Numbered-unit candidates, and each one's merge key by its token span."""
    heads, ordinals = _table()
    words = f.words
    n = len(words)
    out: list[Cand] = []
    keys: dict[tuple[int, int], str] = {}
    for k in range(n):
        head = heads.get(words[k])
        if head is None:
            continue
        num: int | None = None
        span = (k, k + 1)
        if k + 1 < n and f.joined[k + 1] == 1 and _CARDINAL.fullmatch(words[k + 1]):
            # "Front 33" but not "Front 33,000": a number glued to more digits is a figure
            e = f.ends[k + 1]
            glued = text[e:e + 1] in ",." and text[e + 1:e + 2].isdigit()
            if not glued:
                num, span = int(words[k + 1]), (k, k + 2)
        if num is None and k > 0 and f.joined[k] == 1:
            num = _number_before(words[k - 1], ordinals)
            if num is not None:
                span = (k - 1, k + 1)
        if num is None or num == 0:
            continue
        out.append(Cand(span[0], span[1], "ORG", "unit", _PRIO))
        keys[span] = f"unit:{head}:{num}"
    return out, keys
