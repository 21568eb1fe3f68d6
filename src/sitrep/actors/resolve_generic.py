"""A body named by generic words alone joins the one fuller body of its kind in the corpus.

``bodies.generic_bodies`` links "the Defence Ministry" to "Russia's defence ministry" when one
article names both; an article that names only "the Defence Ministry" (kept as an actor when
written as a title) then stood beside the fuller name other articles of the corpus give it.
Across the corpus the test is the same: every word of the generic name (head and domain words:
"defence", "ministry") is a word of exactly one other organisation's names (its written form,
and its KB names when it is known); with none, or with two candidates (two states' defence
ministries), the generic name stays its own actor.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .cues import cues
from .fold import WORD, light
from .kb import KnowledgeBase

_FUNCTION = frozenset(("the", "a", "an", "of", "for", "and", "al", "el"))


def _words(name: str) -> set[str]:
    return {light(w) for w in WORD.findall(name)}


def join_generic_bodies(records: Iterable[tuple[int, str, str, str | None]], kb: KnowledgeBase,
                        find: Callable[[int], int], union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, canonical form, KB id) per distinct name."""
    c = cues()
    generic: list[tuple[int, set[str]]] = []
    bodies: list[tuple[int, set[str]]] = []
    for i, typ, canonical, kb_id in records:
        if typ != "ORG" or not canonical:
            continue
        words = _words(canonical)
        content = words - _FUNCTION - {"affairs"}
        if not kb_id and len(content) >= 2 and all(w in c.generic or w in c.head_words for w in content):
            generic.append((i, content))
            continue
        if kb_id:
            e = kb.entry(kb_id) or {}
            for n in (e.get("name", ""), *(e.get("aliases") or ())):
                words |= _words(n)
        bodies.append((i, words))
    if not generic or not bodies:
        return
    for i, content in generic:
        roots = {find(j) for j, words in bodies if content <= words}
        if len(roots) == 1:
            union(roots.pop(), i)
