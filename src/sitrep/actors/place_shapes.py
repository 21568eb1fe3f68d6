"""Unknown places named by the settlement phrase in apposition after them: "Kambeko, a mining
town in the east", "Tsholo, a village 20 km north of Y". No gazetteer lists most towns a war
is fought over, and a town with no mention gives its seizure or shelling no target; the
appositive noun phrase is the one sure sign the name is a place.
"""
from __future__ import annotations

from .context import PLACE
from .cues import Cues
from .fold import Folded
from .match import Cand

# what may follow the settlement noun: a place phrase, a distance or the end of the phrase. A
# lowercase noun there makes the head a modifier instead ("a town councillor", "a state official")
_AFTER = frozenset((
    "in", "of", "near", "on", "close", "about", "some", "just", "roughly", "around", "along",
    "outside", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "that", "which", "where", "held", "controlled", "bordering", "located",
    "straddling", "across", "at", "by", "home", "long", "once", "seized", "captured",
))
# settlements only: a district, neighbourhood or province may be an area (LOC) in a city, and
# "area", "outskirts", "state" are too loose to say the name is a place at all
_SETTLEMENTS = frozenset(("town", "village", "city", "township", "municipality", "hamlet"))
_MAX_MODIFIERS = 3


def appositive_places(text: str, f: Folded, c: Cues, run_list: list[tuple[int, int]],
                      known: set[tuple[int, int]]) -> list[Cand]:
    """GPE candidates for capitalised runs followed by ", a/an [modifiers] <settlement noun>"."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(words)
    heads = _SETTLEMENTS
    out: list[Cand] = []
    for a, b in run_list:
        if b + 1 >= n or L[b] not in ("a", "an") or joined[b] or (a, b) in known:
            continue
        if text[f.ends[b - 1]:f.starts[b]].strip() != ",":
            continue
        # a run joined over connectors ("Friday and Saturday in X"): only the capitalised tail
        # after the last lowercase word is the name
        for k in range(b - 1, a, -1):
            if not words[k][:1].isupper():
                a = k + 1
                break
        if a >= b or (a, b) in known:
            continue
        k = b + 1
        limit = min(n, b + 2 + _MAX_MODIFIERS)
        while k < limit and joined[k] and words[k].islower() and L[k] not in heads:
            k += 1
        if k >= limit or L[k] not in heads or not joined[k] or not words[k].islower():
            continue
        nxt = k + 1
        if nxt < n and joined[nxt] and not (L[nxt] in _AFTER or words[nxt][:1].isdigit()):
            continue
        out.append(Cand(a, b, "GPE", PLACE, 18))
    return out
