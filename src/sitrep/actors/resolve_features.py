"""A natural feature named without its head word joins the one feature of that name with it:
"the Caspian" / "the Caspian Sea", "the Sahara" / "the Sahara Desert".

Only a bare name that is a location (LOC) no list knows as a place of its own: "Batken" (a town)
is not "Batken region", "Mbomou" (a prefecture the gazetteer knows) is not the Mbomou river. With
two features of the name ("Kivu" beside "Lake Kivu" and "Kivu River") the bare name stays apart.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import light
from .kb import KnowledgeBase

# heads a feature's name may drop: seas, rivers, relief (not "strip", "corridor", "pass", "coast")
_HEADS = frozenset(("sea", "ocean", "lake", "river", "gulf", "bay", "desert", "mountains", "hills",
                    "valley", "basin", "delta", "plateau", "steppe", "marshes", "swamp", "forest"))


def join_feature_heads(records: Iterable[tuple[int, str, str, str | None]], kb: KnowledgeBase,
                       find: Callable[[int], int], union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, canonical form, KB id) per distinct name."""
    full: dict[str, list[int]] = defaultdict(list)
    bare: list[tuple[int, str]] = []
    for i, typ, canonical, kb_id in records:
        if typ != "LOC" or not canonical:
            continue
        words = light(canonical).split()
        if words and words[0] == "the":
            words = words[1:]
        if len(words) >= 2 and words[-1] in _HEADS:
            full[" ".join(words[:-1])].append(i)
        elif words and not kb_id:
            bare.append((i, " ".join(words)))
    if not full or not bare:
        return
    for i, name in bare:
        got = full.get(name)
        if not got or kb.place_ids(name):
            continue
        roots = {find(j) for j in got}
        if len(roots) == 1:
            union(roots.pop(), i)
