"""Shortened person names that keep their particles, joined across documents.

Two shortenings the plain surname and middle-name joins miss, because the short form is more
than one word:

- a surname led by particles stands alone as the bare surname does: "Van der Berg" of "Pieter
  van der Berg", "De la Fuente" of "Juan Carlos de la Fuente";
- a name of three or more words that opens a longer one: the family name dropped after a
  patronymic ("Hamad bin Khalid" of "Hamad bin Khalid al-Nuaimi"), a second surname dropped
  ("Ana María López" of "Ana María López Ortiz").

Each joins only when exactly one entity has the longer name: two candidates leave it alone.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .cues import cues
from .fold import name_key

Record = tuple[int, str, tuple[str, ...], "str | None"]     # (first actor, type, words, KB id)


def _particles() -> frozenset[str]:
    return frozenset(name_key(p) for p in cues().particles if name_key(p))


def join_particle_names(records: Iterable[Record], find: Callable[[int], int],
                        union: Callable[[int, int], bool]) -> None:
    """Join particle-led surnames and opening names to the one longer name they shorten."""
    particles = _particles()
    people = [(i, toks, kb_id) for i, t, toks, kb_id in records if t == "PERSON" and toks]
    if len(people) < 2:
        return
    by_tail: dict[tuple[str, ...], set[int]] = defaultdict(set)
    by_head: dict[tuple[str, ...], set[int]] = defaultdict(set)
    tails: list[tuple[int, tuple[str, ...]]] = []
    heads: list[tuple[int, tuple[str, ...]]] = []
    for i, toks, kb_id in people:
        n = len(toks)
        if n >= 2 and toks[0] in particles and all(w in particles for w in toks[:-1]) \
                and toks[-1] not in particles:
            tails.append((i, toks))
        elif n >= 3 and not kb_id:
            heads.append((i, toks))
        for k in range(2, n):
            by_tail[toks[n - k:]].add(i)        # "van der berg" of "pieter van der berg"
        for k in range(3, n):
            by_head[toks[:k]].add(i)            # "hamad bin kalad" of "hamad bin kalad al nuaimi"
    for table, shorts in ((by_tail, tails), (by_head, heads)):
        for i, toks in shorts:
            longer = table.get(toks)
            if not longer:
                continue
            roots = {find(j) for j in longer}
            if len(roots) == 1:
                union(i, roots.pop())
