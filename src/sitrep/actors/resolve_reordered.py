"""One person's name written with its parts in another order or with one more given name.

Reports from Cameroon or Cambodia print a name given-name-first in one outlet and surname-first
in another ("Lucas Ayaba Cho", "Ayaba Lucas Cho"), and a translation drops or keeps a middle name
("Cyrille Atonfack Guemo", "Cyrille Serge Atonfack Guemo"). The spelling tests compare word by
word and the middle-name rule only joins two-word forms, so such forms stayed apart. Three words
or more are specific enough: the same words in another order are one person, and a name whose
words open, close and run inside exactly one longer name (same first and last word) is that
name. Two-word names are left alone ("Hassan Ali" and "Ali Hassan" are often two men). An
outlet's words in another order are that outlet ("TV Formula", "Formula TV").
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable


def join_reordered(records: Iterable[tuple[int, str, tuple[str, ...], str | None]],
                   find: Callable[[int], int], union: Callable[[int, int], bool],
                   known: Callable[[int], bool]) -> None:
    """Join PERSON names of three words or more that are one name reordered, or one name with a
    dropped middle word. ``records``: (actor, type, folded words, kb id); ``known(actor)``: whether
    its set is linked to the knowledge base (two reordered forms never join two known sets)."""
    by_bag: dict[tuple[str, ...], list[int]] = defaultdict(list)
    by_ends: dict[tuple[str, str], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    outlets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, typ, toks, _ in records:
        if typ == "MEDIA" and len(toks) >= 2 and len(set(toks)) == len(toks):
            # an outlet's name puts its medium before or after: "TV Formula" / "Formula TV"
            outlets[tuple(sorted(toks))].append(i)
            continue
        if typ != "PERSON" or len(toks) < 3 or len(set(toks)) != len(toks):
            continue
        by_bag[tuple(sorted(toks))].append(i)
        by_ends[(toks[0], toks[-1])].append((i, toks))
    for members in [*by_bag.values(), *outlets.values()]:
        for i in members[1:]:
            join(members[0], i, find, union, known)
    join_middles(by_ends, find, union, known)


def join_middles(by_ends: dict[tuple[str, str], list[tuple[int, tuple[str, ...]]]], find: Callable[[int], int],
                 union: Callable[[int, int], bool], known: Callable[[int], bool]) -> None:
    """Join each name to the one longer name, of those with its first and last words, that holds
    it with middle words left out ("Front for Liberation" / "Front for the National Liberation")."""
    for forms in by_ends.values():
        if len(forms) < 2:
            continue
        for i, toks in forms:
            longer = {find(j) for j, other in forms if len(other) > len(toks) and _inside(toks, other)}
            if len(longer) == 1:
                join(longer.pop(), i, find, union, known)


def join(a: int, b: int, find: Callable[[int], int], union: Callable[[int, int], bool],
         known: Callable[[int], bool]) -> None:
    """Union ``a`` and ``b`` unless both are knowledge-base entries (two listed actors stay two)."""
    if find(a) != find(b) and not (known(a) and known(b)):
        union(a, b)



def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` is ``long`` with some middle words left out."""
    it = iter(long)
    return all(w in it for w in short)
