"""Across documents, a bare numbered unit is the one modified unit of its number and head.

One outlet writes "the 8th Division", another "the 8th Infantry Division": ``units`` keys them
"unit:division:8" and "unit:division:8:infantry" (so "1st Armored" and "1st Infantry Division"
stay two units). A document already links its own bare and modified forms; this does the same
over the corpus, and only when a single modified form of that number and head exists (with two,
the bare one could be either and stays apart).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable


def join_modified_units(names: Iterable[tuple[int, str]], find: Callable[[int], int],
                        union: Callable[[int, int], None]) -> None:
    """``names``: (first actor, merge key) of every name record; unions each bare unit with the
    one modified unit of the same head and number."""
    bare: dict[str, list[int]] = {}
    modified: dict[str, dict[str, int]] = {}
    for i, key in names:
        if not key.startswith("unit:"):
            continue
        parts = key.count(":")
        if parts == 2:
            bare.setdefault(key, []).append(i)
        elif parts > 2:
            b, mods = key.rsplit(":", 1)
            modified.setdefault(b, {}).setdefault(mods, i)
    for b, actors in bare.items():
        mods = modified.get(b)
        if not mods or len(mods) != 1:
            continue
        target = next(iter(mods.values()))
        roots = {find(target)}
        for i in actors:
            if find(i) not in roots:
                union(i, target)
