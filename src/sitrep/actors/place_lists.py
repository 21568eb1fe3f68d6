"""Unknown places listed together under one plural place noun: "the Metina, Zap and Avasin-Basyan
regions", "the villages of Al-Funduq and Jinsafut", "Hiraan and Galguduud provinces".

The noun is written once for the whole list, so only the member next to it looks like "X region"
to the other rules, and the ones further away (often remote districts no gazetteer lists) were
lost or found alone. Each capitalised member of a list joined by commas and "and"/"or" to a plural
of a place head ("regions", "villages", "provinces") is a place of that head's kind. A list with
a member the knowledge base knows as something else ("Kurdish and Arab villages", "Sunni and
Shia areas") or an everyday word ("North and South regions") names no places and is left alone.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress

from .cues import Cues, is_common_word
from .fold import Folded
from .match import Cand

_PLACES = frozenset(("GPE", "LOC", "FAC"))
_JOINERS = frozenset(("and", "or"))
_LOC_EXTRA = frozenset(("mountain", "hill", "valley", "island"))   # "the X and Y mountains": LOC
_MAX_TOKENS = 4            # a member: at most this many tokens ("Avasin-Basyan" is three)
_PRIO = 18


@lru_cache(maxsize=4)
def _plural_heads(gpe: frozenset[str], region: frozenset[str]) -> dict[str, str]:
    """Plural head word -> the type its members take."""
    out: dict[str, str] = {}
    for w in gpe | region | _LOC_EXTRA:
        if w.endswith("s"):
            continue
        typ = "LOC" if w in region or w in _LOC_EXTRA else "GPE"
        plural = w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s"
        out.setdefault(plural, typ)
    return out


def _cap(w: str) -> bool:
    return w[:1].isupper()


def _member_back(f: Folded, c: Cues, e: int) -> int | None:
    """Start of a member ending at token e (exclusive), walking back over capitalised tokens and
    lowercase particles inside a name ("Deir al-Balah"); None when it is no name."""
    s = e
    while s - 1 >= 0 and e - (s - 1) <= _MAX_TOKENS and (s == e or f.joined[s]):
        w = f.words[s - 1]
        if not (_cap(w) or (s < e and w.islower() and f.lights[s - 1] in c.particles)):
            break
        s -= 1
    if s == e or not _cap(f.words[s]):
        return None
    if s - 1 >= 0 and f.joined[s] and _cap(f.words[s - 1]):
        return None                      # a longer capitalised stretch: not a list member
    return s


def _member_fwd(f: Folded, c: Cues, s: int) -> int | None:
    """End of a member starting at token s (see _member_back)."""
    n = len(f.words)
    if s >= n or not _cap(f.words[s]):
        return None
    e = s + 1
    while e < n and e - s < _MAX_TOKENS and f.joined[e] and (
            _cap(f.words[e]) or (f.words[e].islower() and f.lights[e] in c.particles
                                 and e + 1 < n and f.joined[e + 1] and _cap(f.words[e + 1]))):
        e += 1
    if e < n and f.joined[e] and _cap(f.words[e]):
        return None
    return e


def _comma(text: str, f: Folded, k: int) -> bool:
    """Whether only a comma stands between token k-1 and token k."""
    return not f.joined[k] and text[f.ends[k - 1]:f.starts[k]].strip() == ","


def _before_head(text: str, f: Folded, c: Cues, h: int) -> list[tuple[int, int]]:
    """Members of "A, B and C <head>", right to left."""
    members: list[tuple[int, int]] = []
    e, joined_by_and = h, False
    while True:
        s = _member_back(f, c, e)
        if s is None:
            return []
        members.append((s, e))
        if s >= 2 and f.lights[s - 1] in _JOINERS and f.joined[s] == 1 and not joined_by_and:
            joined_by_and = True
            e = s - 1                    # "B, and C" (a serial comma) too
            if not f.joined[s - 1] and text[f.ends[s - 2]:f.starts[s - 1]].strip() not in ("", ","):
                break
            continue
        if joined_by_and and s >= 2 and _comma(text, f, s):
            e = s
            continue
        break
    return members if joined_by_and and len(members) >= 2 else []


def _after_head(text: str, f: Folded, c: Cues, h: int) -> list[tuple[int, int]]:
    """Members of "<head> of A, B and C", left to right."""
    n = len(f.words)
    if h + 2 >= n or f.lights[h + 1] != "of" or f.joined[h + 1] != 1:
        return []
    members: list[tuple[int, int]] = []
    s, joined_by_and = h + 2, False
    while True:
        e = _member_fwd(f, c, s)
        if e is None:
            return []
        members.append((s, e))
        if joined_by_and or e + 1 >= n:
            break
        if f.lights[e] in _JOINERS and f.joined[e] == 1:
            joined_by_and, s = True, e + 1
            continue
        if e < n and _comma(text, f, e):
            if f.lights[e] in _JOINERS:              # "A, B, and C": the serial comma
                joined_by_and, s = True, e + 1
            else:
                s = e
            continue
        break
    return members if joined_by_and and len(members) >= 2 else []


# "towns including A and B", "neighbourhoods such as A": the list follows an introducing word a
# few words after the plural noun ("villages in the east of the state, including A and B")
_INTRO_WINDOW = 8


def _introduced(text: str, f: Folded, c: Cues, h: int) -> list[tuple[int, int]]:
    """Members after "<head> [a few words] including|such as A, B and C", left to right; one
    member is enough there: the introducing word already says a list of examples follows."""
    n, L = len(f.words), f.lights
    k = h + 1
    while k < n and k - h <= _INTRO_WINDOW:
        if not f.joined[k] and any(p in text[f.ends[k - 1]:f.starts[k]] for p in ".;:!?()\n"):
            return []                          # the sentence or clause ended: no list of this noun
        if L[k] == "including" and f.words[k].islower():
            s = k + 1
            break
        if L[k] == "such" and k + 1 < n and L[k + 1] == "as" and f.joined[k + 1] == 1:
            s = k + 2
            break
        k += 1
    else:
        return []
    if s >= n or f.joined[s] != 1:
        return []
    members: list[tuple[int, int]] = []
    while True:
        e = _member_fwd(f, c, s)
        if e is None:
            break
        members.append((s, e))
        if e + 1 >= n:
            break
        if f.lights[e] in _JOINERS and f.joined[e] == 1:
            s = e + 1
        elif _comma(text, f, e):
            s = e + 1 if f.lights[e] in _JOINERS else e
        else:
            break
    return members


def place_list_candidates(text: str, f: Folded, c: Cues, cands: list[Cand]) -> list[Cand]:
    """Place candidates for the members of lists under one plural place noun."""
    heads = _plural_heads(c.gpe_heads, c.region_heads)
    lights, words = f.lights, f.words
    # (the scan over the tokens runs in C: most documents hold no plural place noun at all)
    hits = [h for h in compress(range(len(words)), map(heads.__contains__, lights)) if h and words[h].islower()]
    if not hits:
        return []
    out: list[Cand] = []
    for h in hits:
        members = []
        if f.joined[h] == 1:
            members = _before_head(text, f, c, h)
        if not members:
            members = _after_head(text, f, c, h)
        if not members:
            members = _introduced(text, f, c, h)
        if not members or not _all_names(f, members, cands):
            continue
        typ = heads[lights[h]]
        known = {(x.i, x.j) for x in cands if x.type in _PLACES}
        out += [Cand(s, e, typ, "place-list", _PRIO) for s, e in members if (s, e) not in known]
    return out


def _all_names(f: Folded, members: list[tuple[int, int]], cands: list[Cand]) -> bool:
    """No member is an everyday word or a name the KB gives another type ("Kurdish", "Sunni")."""
    for s, e in members:
        if e - s == 1 and is_common_word(f.words[s]):
            return False
        for x in cands:
            if x.i < e and s < x.j and x.kb_id and x.type not in _PLACES:
                return False
    return True
