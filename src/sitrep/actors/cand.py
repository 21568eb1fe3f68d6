"""The candidate mention that every actor matcher proposes before overlaps are settled.

Its own module so the matchers (KB names, gazetteer places, shapes, titles ...) can build
candidates without importing each other.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Cand:
    """A candidate mention over tokens i..j-1, before overlaps are settled."""

    i: int
    j: int
    type: str
    source: str
    prio: int                      # higher wins a tie between equally long candidates
    kb_id: str | None = None
    partial: bool = False          # a bare surname or shortened KB name
    local_hint: int | None = None  # candidates that must share an actor (acronym definitions)
    alts: tuple[str, ...] = ()     # other KB entries the same words name equally well
    amb: bool = False              # the words are an alias the KB marks ambiguous for kb_id
    places: tuple[str, ...] = ()   # gazetteer places spelled as written, for a KB place only sounded like


def capitalised(word: str) -> bool:
    return word[:1].isupper()
