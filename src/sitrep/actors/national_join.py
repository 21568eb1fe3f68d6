"""Spellings of one body or place the key test leaves apart, joined after the variants:

- a state's body named by the country's possessive or by its demonym: "Veloria's foreign ministry"
  and "the Velorian foreign ministry" are one ministry. The leading country (with "'s") or demonym
  (a KB NORP with ``demonym_of``) is replaced by the country's id; the rest must fold equal.
  A leading state name counts as its demonym ("PNG Defence Force", "Papua New Guinea Defence
  Force"). A trailing "of Veloria" names the state too ("Ministry of Defence of Veloria"), and a
  "Ministry of X" rest folds as "X Ministry", so the two word orders meet.
- a place written with and without the Russian/Turkic iotated initial: "Yevlakh" / "Evlakh",
  "Yerevan" / "Erevan" (transliterations of one Cyrillic "Е").

Both joins refuse a bucket holding two KB-known entities: two known actors are never one.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import light
from .kb import KnowledgeBase

_POSSESSIVE = ("'s", "’s", "ʼs")
_MAX_LEAD = 3                 # words a country or demonym takes ("United Arab Emirates'")
_PLACE_TYPES = frozenset(("GPE", "LOC", "FAC"))
_E_INITIALS = frozenset("YEÉÈÊË")          # a cheap gate before folding the name

Record = tuple[int, str, str, "str | None"]


def _leads(kb: KnowledgeBase) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """(country names, demonyms) by light key -> country id (None when two countries share it),
    built once per knowledge base and kept in its memo: matching a lead is then a dict lookup."""
    got = kb.memo.get(("national-leads",))
    if got is None:
        countries: dict[str, str | None] = {}
        demonyms: dict[str, str | None] = {}
        for e in kb.entries.values():
            if e.get("type") == "NORP" and e.get("demonym_of"):
                table, cid = demonyms, e["demonym_of"]
            elif e.get("type") == "GPE" and (e.get("government") or e.get("capital")):
                table, cid = countries, e["id"]          # a state, not a town
            else:
                continue
            for n in (e["name"], *(e.get("aliases") or ())):
                k = light(n)
                table[k] = cid if table.get(k, cid) == cid else None
        got = kb.memo[("national-leads",)] = (countries, demonyms)
    return got


def _national_key(kb: KnowledgeBase, canonical: str) -> tuple[str, str] | None:
    words = canonical.split()
    countries, demonyms = _leads(kb)
    trailing = _trailing_key(countries, words)
    if trailing is not None:
        return trailing
    for n in range(1, min(_MAX_LEAD, len(words) - 1) + 1):
        last = words[n - 1]
        # only a possessive or a capitalised demonym can lead; "the" and lower case words never do
        if last.endswith(_POSSESSIVE):
            country = countries.get(light(" ".join(words[:n])[:-2]))
        elif last[:1].isupper():
            # a demonym, or the state's own name or short form ("PNG Defence Force" is the
            # "Papua New Guinea Defence Force")
            lead = light(" ".join(words[:n]))
            country = demonyms.get(lead) or countries.get(lead)
        else:
            return None
        if country:
            return country, _body_order(light(" ".join(words[n:])))
    return None


# the heads a body's name puts first or last: "Ministry of Defence" / "Defence Ministry"
_HEADS = frozenset(("ministry", "department", "office", "secretariat", "directorate"))


def _body_order(rest: str) -> str:
    """"ministry of defence" as "defence ministry", so both word orders fold to one key."""
    words = rest.split()
    if len(words) >= 3 and words[0] in _HEADS and words[1] == "of" and "of" not in words[2:]:
        words = words[2:] + words[:1]
    # "Foreign Affairs Ministry" is the foreign ministry, "Home Affairs Ministry" the home ministry
    if len(words) >= 3 and words[-1] in _HEADS and words[-2] == "affairs":
        words = words[:-2] + words[-1:]
    return " ".join(words)


def _trailing_key(countries: dict[str, str | None], words: list[str]) -> tuple[str, str] | None:
    """"Ministry of Defence of Veloria": the country named last, after "of", as the key's state."""
    for n in range(1, min(_MAX_LEAD, len(words) - 2) + 1):
        if not words[-n][:1].isupper():
            continue
        # "Government of the Kyrgyz Republic": an article between "of" and the state's name
        k = n + 1 if words[-n - 1].casefold() == "the" and len(words) > n + 2 else n
        if words[-k - 1] != "of" or len(words) - k - 1 < 1:
            continue
        country = countries.get(light(" ".join(words[-n:])))
        if country:
            return country, _body_order(light(" ".join(words[:-k - 1])))
    return None


def _join(buckets: dict, find: Callable[[int], int], union: Callable[[int, int], bool]) -> None:
    for members in buckets.values():
        if len(members) < 2 or len({find(i) for i, _ in members}) < 2:
            continue
        if len({k for _, k in members if k}) > 1:
            continue
        for i, _ in members[1:]:
            union(members[0][0], i)


def join_national_bodies(records: Iterable[Record], kb: KnowledgeBase,
                         find: Callable[[int], int], union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, canonical form, KB id) per distinct name."""
    buckets: dict[tuple[str, str], list[tuple[int, str | None]]] = defaultdict(list)
    for i, typ, canonical, kb_id in records:
        if typ != "ORG" or not canonical or " " not in canonical:
            continue
        key = _national_key(kb, canonical)
        if key is not None and key[1]:
            buckets[key].append((i, kb_id))
    # a bucket matters only with both spellings in it; a lone key costs one dict entry
    _join(buckets, find, union)


def join_iotated_places(records: Iterable[Record], find: Callable[[int], int],
                        union: Callable[[int, int], bool]) -> None:
    """Join "Yevlakh" and "Evlakh" (same type class of place, at most one KB-known)."""
    buckets: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    iotated: set[str] = set()
    for i, typ, canonical, kb_id in records:
        if canonical[:1] not in _E_INITIALS or typ not in _PLACE_TYPES:
            continue
        s = light(canonical)
        if s.startswith("ye") and len(s) > 4:
            s = s[1:]
            iotated.add(s)
        elif not s.startswith("e") or len(s) < 4:
            continue
        buckets[s].append((i, kb_id))
    _join({k: v for k, v in buckets.items() if k in iotated}, find, union)
