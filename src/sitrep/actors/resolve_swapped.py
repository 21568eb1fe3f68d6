"""Two-word personal names written surname-first in one outlet and given-name-first in another.

Reports from Haiti, Cameroon or East Asia print "Normil Rameau" in one article and "Rameau
Normil" in the next, or shorten "Lucas Ayaba Cho" to "Cho Ayaba". ``resolve_reordered`` joins
reordered names of three words or more only, since "Hassan Ali" and "Ali Hassan" are often two
men. The difference is the given names: where two words are both common given names, either
order is a plausible name of its own; where at most one is, the words are a surname and a given
name whichever way round, so the same two words are one person. Runs under the document guard:
one article that names both forms as two actors keeps them apart.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .cues import cues
from .fold import light


def join_swapped(records: Iterable[tuple[int, str, tuple[str, ...], str | None, str]],
                 find: Callable[[int], int], union: Callable[[int, int], bool],
                 known: Callable[[int], bool]) -> None:
    """Join PERSON names of two words that are the same two words reordered, or the two words
    of exactly one longer name in another order. ``records``: (actor, type, folded words, kb id,
    canonical); ``known(actor)``: whether its set is linked to the knowledge base."""
    given = cues().given
    pairs: dict[frozenset[str], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    longer: list[tuple[int, tuple[str, ...]]] = []
    for i, typ, toks, _kb, canonical in records:
        if typ != "PERSON" or len(set(toks)) != len(toks):
            continue
        if len(toks) == 2:
            words = canonical.split()
            if len(words) != 2 or sum(light(w) in given for w in words) > 1:
                continue              # two given names: "Ali Hassan" may be another man
            pairs[frozenset(toks)].append((i, toks))
        elif 3 <= len(toks) <= 4:
            longer.append((i, toks))
    for forms in pairs.values():
        orders = {toks for _, toks in forms}
        if len(orders) == 2:
            a = next(i for i, t in forms if t == min(orders))
            b = next(i for i, t in forms if t == max(orders))
            _join(a, b, find, union, known)
    # "Cho Ayaba" in one article, "Lucas Ayaba Cho" in others: the two words out of their order
    # in exactly one longer name (in order, ``join_middles`` has met them already)
    for bag, forms in pairs.items():
        holders = {find(j) for j, toks in longer if bag <= set(toks) and not _in_order(forms[0][1], toks)}
        if len(holders) == 1:
            target = holders.pop()
            for i, _ in forms:
                _join(target, i, find, union, known)


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _join(a: int, b: int, find: Callable[[int], int], union: Callable[[int, int], bool],
          known: Callable[[int], bool]) -> None:
    if find(a) != find(b) and not (known(a) and known(b)):
        union(a, b)
