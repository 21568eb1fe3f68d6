"""An operation named by its title in one report and by its code name alone in another, and an
accord named by its year in several ways ("the 2016 peace agreement", "the 2016 accord").

An operation: "Operation Mirador" in one report, its code name alone in another:
"Operation Mirador" / "Mirador" (``op_short`` types the code name an EVENT where the text says it
is an operation: "the soldiers of the operation Mirador", "Since Mirador began" after the title).

Both are EVENT names; the code name joins the titled name with the same words, when exactly one
operation has them. A code name is never joined to anything that is not an EVENT, so a town the
operation is named after stays a town.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import name_key

# the names' words are folded deep ("operation" is "oparatan"): compare with the folded word
_OPERATION = name_key("operation")


def join_operation_titles(records: Iterable[tuple[int, str, tuple[str, ...]]], find: Callable[[int], int],
                          union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, folded words) per distinct name."""
    titled: dict[tuple[str, ...], list[int]] = defaultdict(list)
    bare: list[tuple[int, tuple[str, ...]]] = []
    for i, typ, toks in records:
        if typ != "EVENT" or not toks:
            continue
        if toks[0] == _OPERATION and len(toks) >= 2:
            titled[toks[1:]].append(i)
        else:
            bare.append((i, toks))
    if not titled:
        return
    for i, toks in bare:
        roots = {find(j) for j in titled.get(toks, ())}
        if len(roots) == 1:
            union(i, roots.pop())


# "the 2016 peace agreement" / "the 2016 peace accord" / "the 2016 accord": one accord (words folded
# deep, as the names' tokens are); "the 2016 ceasefire agreement" keeps its own modifier
_ACCORDS = frozenset(name_key(w) for w in ("agreement", "accord", "accords", "pact", "treaty"))
_PEACE = name_key("peace")


def join_year_accords(records: Iterable[tuple[int, str, tuple[str, ...]]], find: Callable[[int], int],
                      union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, folded words) per distinct name. LAW names of a year, an
    optional "peace" and an accord's head join the others of the same year."""
    by_year: dict[str, list[int]] = defaultdict(list)
    for i, typ, toks in records:
        if typ != "LAW" or not 2 <= len(toks) <= 3 or not toks[0].isdigit() or toks[-1] not in _ACCORDS:
            continue
        if len(toks) == 3 and toks[1] != _PEACE:
            continue
        by_year[toks[0]].append(i)
    for members in by_year.values():
        for i in members[1:]:
            union(members[0], i)
