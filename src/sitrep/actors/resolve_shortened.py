"""Three more ways one actor's name is written shorter or closer elsewhere.

- **Spacing.** Transliterated place and person names are written in one word or in several:
  "Si Sa Ket" / "Sisaket", "Boro Bekra" / "Borobekra", "Abdul Rahman" / "Abdulrahman". Names of
  one type class whose letters are the same once spaces, hyphens and apostrophes are dropped are
  one actor (at least six letters, so that short forms do not meet by chance).
- **A leading article** of Spanish, French or Portuguese group names: "Los Tiguerones" and
  "Tiguerones". The bare name must be an organisation: "El Salvador" is not "Salvador".
- **A dropped first name or an initial** of a person named by three words or more: "Biren Singh"
  and "N. Biren Singh" for "Nongthombam Biren Singh", "Majur Dak" for "David Majur Dak", "Adolfo
  Macías" for "José Adolfo Macías Villamar". The shorter form joins only when exactly one longer
  name holds it (its words in a row, after the first word; the initial the longer name's first
  letter): two candidates leave it alone, as "Ali Hassan" and "Hassan Ali" are left to the
  other tests.
- **A natural feature or park named bare**: "Pendjari" for "Pendjari National Park", "Jiri" for
  "the Jiri river", when the bare name is a place no list knows and exactly one such feature has
  it (a town the gazetteer knows, "Sinjar", stays apart from "Sinjar mountain").
- **A dropped middle word** of an organisation named by three words or more: "Cartenz Peace Task
  Force" for "Cartenz Peace Operation Task Force" (same first and last word, the short name's
  words in order inside the one longer name). Two-word names are left alone: "Central Command"
  is not "Central Military Command".
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import light
from .resolve_reordered import join as _join
from .resolve_reordered import join_middles

_ARTICLES = frozenset(("los", "las", "la", "el", "le", "les", "os", "as", "o", "a", "lo"))
_PLURAL = frozenset(("los", "las", "les", "os", "as"))
_ORGISH = frozenset(("ORG", "MEDIA"))
_MIN_SQUASHED = 6


def _class(t: str) -> str:
    return {"MEDIA": "ORG", "LOC": "GPE", "FAC": "GPE"}.get(t, t)


def join_shortened(records: Iterable[tuple[int, str, tuple[str, ...], str | None, str]],
                   find: Callable[[int], int], union: Callable[[int, int], bool],
                   known: Callable[[int], bool]) -> None:
    """``records``: (actor, type, folded words, kb id, canonical form) of each distinct name;
    ``known(actor)``: whether its set is linked to the knowledge base (two known sets are never
    joined here)."""
    rows = [r for r in records if r[2]]
    _join_articles(rows, find, union, known)
    _join_initials(rows, find, union, known)
    _join_dropped_first(rows, find, union, known)
    _join_org_middles(rows, find, union, known)
    _join_bare_features(rows, find, union, known)


def join_spaced(records: Iterable[tuple[int, str, tuple[str, ...], str | None, str]],
                find: Callable[[int], int], union: Callable[[int, int], bool],
                known: Callable[[int], bool]) -> None:
    """The spacing test alone: the caller runs it under the one-document guard, since two
    spellings of one key may be two people an article names apart ("Kadhim" and "Kazem")."""
    _join_squashed([r for r in records if r[2]], find, union, known)


def _join_squashed(rows, find, union, known) -> None:
    by_letters: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, t, toks, _, canonical in rows:
        if t not in ("PERSON", "GPE", "LOC", "FAC", "ORG", "MEDIA"):
            continue
        # the written letters: the folded words fold each word alone ("Khao" and "Bankhaotor"
        # differently), and two spellings one key folds together may be two people
        letters = "".join(c for c in light(canonical) if c.isalnum())
        if len(letters) >= _MIN_SQUASHED:
            by_letters[(_class(t), letters)].append(i)
    for members in by_letters.values():
        for i in members[1:]:
            _join(members[0], i, find, union, known)


def _join_articles(rows, find, union, known) -> None:
    bare: dict[tuple[str, ...], list[int]] = defaultdict(list)
    led: list[tuple[int, tuple[str, ...]]] = []
    for i, t, toks, _, _ in rows:
        if len(toks) >= 2 and toks[0] in _ARTICLES:
            # a plural article ("Los Tiguerones" in a list of places) names a group whatever
            # type its list gave it; a singular one only when it was read as a group
            if t in _ORGISH or toks[0] in _PLURAL:
                led.append((i, toks[1:]))
        elif t in _ORGISH:
            bare[toks].append(i)
    for i, rest in led:
        roots = {find(j) for j in bare.get(rest, ())}
        if len(roots) == 1:
            _join(roots.pop(), i, find, union, known)


def _people(rows):
    return [(i, toks) for i, t, toks, _, _ in rows if t == "PERSON" and len(set(toks)) == len(toks)]


def _join_initials(rows, find, union, known) -> None:
    people = _people(rows)
    by_rest: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for i, toks in people:
        if len(toks) >= 3 and len(toks[0]) > 1:
            by_rest[toks[1:]].append((i, toks[0]))
    for i, toks in people:
        if len(toks) >= 3 and len(toks[0]) == 1:
            roots = {find(j) for j, first in by_rest.get(toks[1:], ()) if first[0] == toks[0]}
            if len(roots) == 1:
                _join(roots.pop(), i, find, union, known)


def _join_dropped_first(rows, find, union, known) -> None:
    people = _people(rows)
    inner: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, toks in people:
        if len(toks) >= 3:
            for k in range(1, len(toks) - 1):
                inner[(toks[k], toks[k + 1])].add(i)
    if not inner:
        return
    for i, toks in people:
        if len(toks) != 2 or any(len(t) < 2 for t in toks):
            continue
        roots = {find(j) for j in inner.get((toks[0], toks[1]), ())}
        if len(roots) == 1:
            _join(roots.pop(), i, find, union, known)


def _join_org_middles(rows, find, union, known) -> None:
    by_ends: dict[tuple[str, str], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for i, t, toks, _, _ in rows:
        if t in _ORGISH and len(toks) >= 3:
            by_ends[(toks[0], toks[-1])].append((i, toks))
    join_middles(by_ends, find, union, known)


_FEATURE_WORDS = frozenset(("national", "park", "game", "nature", "wildlife", "reserve", "falls", "waterfalls",
                            "river", "valley", "mountain", "mountains", "hills", "lake", "forest"))
# the last word of a feature's name: "National" alone ends no name
_FEATURE_ENDS = _FEATURE_WORDS - {"national", "game", "nature", "wildlife"}


def _join_bare_features(rows, find, union, known) -> None:
    features: dict[tuple[str, ...], set[int]] = defaultdict(set)
    bare: list[tuple[int, tuple[str, ...]]] = []
    for i, t, toks, kb_id, canonical in rows:
        if t not in ("GPE", "LOC", "FAC"):
            continue
        words = tuple(light(w) for w in canonical.split())
        k = len(words)
        while k > 1 and words[k - 1] in _FEATURE_WORDS:
            k -= 1
        if k < len(words) and words[-1] in _FEATURE_ENDS and t in ("LOC", "FAC") and k <= 2:
            features[words[:k]].add(i)
        elif not kb_id and len(words) <= 2:
            bare.append((i, words))
    for i, words in bare:
        roots = {find(j) for j in features.get(words, ())}
        if len(roots) == 1:
            _join(roots.pop(), i, find, union, known)
