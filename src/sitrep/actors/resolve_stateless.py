"""A body named without its state joins the one body of that name the corpus gives a state.

"The Investigative Committee announced ..." in one article, "Russia's Investigative Committee"
or "the Investigative Committee of Russia" in others: the state is what the bare name leaves
out, so the bare name is that body when the corpus names exactly one state's body of the very
same words ("National Police" / "National Police of Colombia", "Supreme Court" / "Pakistan's
Supreme Court"). With two states' bodies of the name ("Communist Party of China", "Communist
Party of Nepal") the bare name stays its own actor. A bare name the knowledge base knows is a
body of its own and is never joined here; ``resolve_generic`` handles names of generic words
alone (which may be a part of the fuller name's words, and may be a place's body as well as a
state's): those are left to it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import light
from .kb import KnowledgeBase
from .national_join import Record, _body_order, _national_key
from .resolve_generic import generic_name


def join_stateless_bodies(records: Iterable[Record], kb: KnowledgeBase,
                          find: Callable[[int], int], union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, canonical form, KB id) per distinct name."""
    owned: dict[str, list[tuple[int, str]]] = defaultdict(list)    # name without state -> (actor, state)
    bare: list[tuple[int, str]] = []
    for i, typ, canonical, kb_id in records:
        if typ != "ORG" or not canonical or " " not in canonical:
            continue
        key = _national_key(kb, canonical)
        if key is not None:
            if key[1] and " " in key[1]:
                owned[key[1]].append((i, key[0]))
        elif not kb_id and not generic_name(canonical):
            bare.append((i, canonical))
    if not owned or not bare:
        return
    for i, canonical in bare:
        words = light(canonical).split()
        if words and words[0] == "the":
            words = words[1:]
        got = owned.get(_body_order(" ".join(words)))
        if not got or len({state for _, state in got}) != 1:
            continue
        roots = {find(j) for j, _ in got}
        if len(roots) == 1:
            union(roots.pop(), i)
