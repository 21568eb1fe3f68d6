"""One name, one type per document: the cues of every occurrence of a surface form are counted.

Rules see one occurrence at a time, so an unknown name can come out as a person in one sentence
("Dravenia denies ...") and a place in the next ("neighbouring Dravenia"). Here each surface form
(light key) gets the weighted votes of all its candidates, chosen or not, and its chosen mentions
take the type with the most support (a tie changes nothing). Names settled as places or groups
also pick up their bare occurrences that no rule reached ("Veloria accuses ...", "HALVIK, ...").

Also here: a one-word gazetteer place directly before a person's surname is a first name
("Henrietta Lascombe"), not a town.
"""
from __future__ import annotations

from itertools import compress

from .context import ACRONYM, DEMONYM, GROUP, PLACE, STATE, STEM
from .cues import Cues, is_common_word
from .fold import Folded
from .match import Cand

# how much one candidate of this source says about its surface form's type
_WEIGHT = {
    "gazetteer": 1, "fac-head": 1, "fac-generic": 1, "gpe-head": 2, "loc-head": 2, "place-shape": 1,
    PLACE: 2, STATE: 3, STEM: 2, DEMONYM: 3, GROUP: 1, ACRONYM: 1,
    "person-title": 3, "given-name": 3, "name-particle": 2, "person-coord": 2, "name-shape": 2,
    "short-form": 3, "org-head": 2, "org-prefix": 2, "media-head": 2, "descriptor": 3, "vessel": 3,
}
_PLACES = ("GPE", "LOC")
_JOINED_TYPES = frozenset(("GPE", "LOC", "ORG"))
_CONTEXT = frozenset((PLACE, STATE, STEM, GROUP, ACRONYM, "gpe-head", "loc-head"))
_FIXED = frozenset(("kb", "kb-head", "acronym-def", "acronym", "weapon-pattern", "same-name"))


def person_over_place(f: Folded, chosen: list[Cand], cues: Cues) -> list[Cand]:
    """"Henrietta Lascombe" where "Lascombe" is a person here: one PERSON, no place "Henrietta"."""
    words, joined = f.words, f.joined
    n = len(words)
    # most places are not followed by a capitalised word: look no further for them
    if not any(c.j - c.i == 1 and c.j < n and joined[c.j] == 1 and words[c.j][:1].isupper()
               and c.source in ("gazetteer", PLACE) for c in chosen):
        return chosen
    surnames = {f.lights[c.j - 1] for c in chosen if c.type == "PERSON"}
    by_start = {c.i: c for c in chosen}
    covered = bytearray(len(f.words))
    for c in chosen:
        covered[c.i:c.j] = b"\x01" * (c.j - c.i)
    drop: set[int] = set()
    extra: list[Cand] = []
    for c in chosen:
        k = c.j
        if c.type != "GPE" or c.source not in ("gazetteer", PLACE) or c.j - c.i != 1 \
                or k >= len(f.words) or f.joined[k] != 1 or f.words[k] in cues.not_name \
                or not f.words[k][:1].isupper() or not (f.lights[k] in surnames or _titled(f, c.i, k, cues)):
            continue
        nxt = by_start.get(k)
        if covered[k] and (nxt is None or nxt.type != "PERSON"):
            continue
        end = nxt.j if nxt is not None else k + 1
        drop.add(id(c))
        if nxt is not None:
            drop.add(id(nxt))
        extra.append(Cand(c.i, end, "PERSON", "name-shape", 10))
    if not extra:
        return chosen
    out = [c for c in chosen if id(c) not in drop] + extra
    out.sort(key=lambda c: c.i)
    return out


def _titled(f: Folded, i: int, k: int, cues: Cues) -> bool:
    """"the Special Envoy, Henrietta Lascombe": a title (a comma may follow it) before two names."""
    if not cues.titles.match_before(f.lights, i) or f.words[k] in cues.not_name:
        return False
    w = f.words[k]
    return w.isalpha() and not w.isupper() and not is_common_word(w) and \
        (k + 1 >= len(f.words) or not f.joined[k + 1] or not f.words[k + 1][:1].isupper())


def _votes(f: Folded, cands: list[Cand], chosen: list[Cand],
           keys: dict[str, list[Cand]]) -> dict[str, dict[str, float]]:
    """Weighted type votes of every candidate (chosen or not) whose surface form is in ``keys``."""
    votes: dict[str, dict[str, float]] = {}
    known = set(map(id, cands))
    L, weight = f.lights, _WEIGHT.get
    for c in (*cands, *[c for c in chosen if id(c) not in known]):
        i, j, src = c.i, c.j, c.source
        if src == "kb" or src == "kb-head":
            continue
        key = L[i] if j - i == 1 else tuple(L[i:j])
        if key not in keys:
            continue
        w = (1 if j - i == 1 else 2) if src == "person-cue" else weight(src, 1)
        t = votes.get(key)
        if t is None:
            votes[key] = {c.type: w}
        else:
            t[c.type] = t.get(c.type, 0) + w
    return votes


def _winner(t: dict[str, float]) -> str | None:
    """The type with the most support; places count together against other kinds."""
    if len(t) < 2:
        return next(iter(t), None)
    place = sum(v for k, v in t.items() if k in _PLACES)
    ranked = sorted(((v, k) for k, v in t.items() if k not in _PLACES), reverse=True)
    if place:
        best_place = max(_PLACES, key=lambda k: (t.get(k, 0), k == "GPE"))
        ranked.append((place, best_place))
        ranked.sort(reverse=True)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return ranked[0][1]


def settle_types(f: Folded, cands: list[Cand], chosen: list[Cand], cues: Cues) -> list[Cand]:
    """Retype chosen mentions to their surface form's best-supported type; join bare repeats.

    Keeps the indices of ``chosen`` (links refer to them): mentions are retyped in place and new
    ones appended.
    """
    keys: dict[str, list[Cand]] = {}
    fixed: set[str] = set()
    L = f.lights
    for c in chosen:
        key = L[c.i] if c.j - c.i == 1 else tuple(L[c.i:c.j])
        if c.partial or c.source in _FIXED:
            if c.partial or (c.source in ("kb", "kb-head") and c.j - c.i == 1):
                fixed.add(key)
        elif key in keys:
            keys[key].append(c)
        else:
            keys[key] = [c]
    for key in fixed & keys.keys():
        del keys[key]
    if not keys:
        return chosen
    votes = _votes(f, cands, chosen, keys)
    joinable: dict = {}
    for key, cs in keys.items():
        win = _winner(votes.get(key, {}))
        if win is None:
            continue
        retyped = any(c.type != win for c in cs)
        for c in cs:
            if win != c.type:
                c.type = win
                if c.kb_id and c.source == "gazetteer" and win not in _PLACES:
                    c.kb_id = None
            # names found by context may stand bare elsewhere; a gazetteer or head-word name is
            # found by the same rule wherever it stands
            if win in _JOINED_TYPES and c.j - c.i <= 3 and (c.source in _CONTEXT or retyped):
                joinable[key] = win
    if not joinable:
        return chosen
    return chosen + _bare_repeats(f, chosen, joinable, cues)


def _bare_repeats(f: Folded, chosen: list[Cand], joinable: dict, cues: Cues) -> list[Cand]:
    """Occurrences of a settled name that no candidate covers, as a name of their own."""
    n = len(f.words)
    L, words, joined = f.lights, f.words, f.joined
    firsts = {key if isinstance(key, str) else key[0] for key in joinable}
    spots = list(compress(range(n), map(firsts.__contains__, L)))
    if not spots:
        return []
    covered = bytearray(n)
    for c in chosen:
        covered[c.i:c.j] = b"\x01" * (c.j - c.i)
    _widen_gazetteer_pieces(f, chosen, joinable, spots, covered)
    out: list[Cand] = []
    for k in spots:
        if covered[k] or not words[k][:1].isupper():
            continue
        for key, typ in joinable.items():
            m = 1 if isinstance(key, str) else len(key)
            j = k + m
            if j > n or any(covered[k:j]) or (L[k] if m == 1 else tuple(L[k:j])) != key:
                continue
            # part of a longer name: "Veloria Airlines", "Upper Halvik"
            if (j < n and joined[j] and words[j][:1].isupper()) or \
                    (k > 0 and joined[k] and words[k - 1][:1].isupper() and words[k - 1].isalpha()
                     and not words[k - 1].isupper() and words[k - 1] not in cues.not_name
                     and not (L[k - 1] in cues.place_before.firsts and (k == 1 or not joined[k - 1]))):
                continue
            covered[k:j] = b"\x01" * m
            out.append(Cand(k, j, typ, "same-name", 0))
            break
    return out


def _widen_gazetteer_pieces(f: Folded, chosen: list[Cand], joinable: dict, spots: list[int],
                            covered: bytearray) -> None:
    """A settled name of several words whose occurrence only the gazetteer saw in part ("Tena"
    of "Wegel Tena" in a headline, where no shape rule runs) is widened to the whole name, in
    place (links refer to the candidate)."""
    multi = [key for key in joinable if not isinstance(key, str)]
    if not multi:
        return
    L, n = f.lights, len(f.lights)
    by_start = {c.i: c for c in chosen if c.source == "gazetteer"}
    for k in spots:
        for key in multi:
            j = k + len(key)
            if j > n or tuple(L[k:j]) != key:
                continue
            inner = [by_start[i] for i in range(k, j) if i in by_start]
            if len(inner) != 1 or inner[0].j > j or sum(covered[k:j]) != inner[0].j - inner[0].i:
                continue
            c = inner[0]
            c.i, c.j, c.type, c.source, c.kb_id = k, j, joinable[key], "same-name", None
            covered[k:j] = b"\x01" * (j - k)
            break
