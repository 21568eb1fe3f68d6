"""Rewrites implied through copies: a copy of one side of a rewrite rewrites the other side too.

A wire story reposted under other chrome is the same text; an outlet's retelling of it is a
rewrite of every copy, not only of the one it happened to be verified against. Verification
alone can miss such a pair: the copy may be trimmed before the paragraphs the retelling keeps,
or its lead re-cut, so that the rewrite test (which wants the leads to meet) fails for it while
it holds for the full text. Corroboration counts a source once per group of copies and rewrites,
so an implied pair left out would make the retelling a second source of its own wire story.

Only one step is taken (a direct copy of a direct party of a rewrite): each implied pair rests on
two verified links, and the work stays bounded by the links of the documents at hand.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from sitrep.model import Document, Duplicate

# a link as stored: (a, b, kind, similarity)
Link = tuple[str, str, str, float]

_IN = "(SELECT value FROM json_each(?))"
_BLOCK = 20_000


def implied_rewrites(links: Iterable[Link]) -> list[tuple[str, str, float]]:
    """(copy, rewriter, similarity) of every pair a copy and a rewrite imply that no link holds:
    for a rewrite X~R and a copy X~P, P~R (with the rewrite's similarity)."""
    copies: dict[str, set[str]] = {}
    rewrites: dict[str, dict[str, float]] = {}
    linked: set[frozenset[str]] = set()
    for a, b, kind, similarity in links:
        linked.add(frozenset((a, b)))
        if kind == "copy":
            copies.setdefault(a, set()).add(b)
            copies.setdefault(b, set()).add(a)
        elif kind == "rewrite":
            rewrites.setdefault(a, {})[b] = similarity
            rewrites.setdefault(b, {})[a] = similarity
    found: dict[frozenset[str], tuple[str, str, float]] = {}
    for x, partners in rewrites.items():
        for rewriter, similarity in partners.items():
            for copy in copies.get(x, ()):
                pair = frozenset((copy, rewriter))
                if copy == rewriter or pair in linked:
                    continue
                if pair not in found or found[pair][2] < similarity:
                    found[pair] = (copy, rewriter, similarity)
    return sorted(found.values())


def with_implied(found: list[Duplicate], original: Callable[[str, str], str | None]) -> list[Duplicate]:
    """``found`` and the rewrites it implies (``original(a, b)``: which of two documents is the
    original). The implied links carry no passages: they were not aligned themselves."""
    extra = implied_rewrites((d.a, d.b, d.kind, d.similarity) for d in found)
    return found + [Duplicate(a, b, "rewrite", similarity, original(a, b)) for a, b, similarity in extra]


def add_implied(store, doc_ids: list[str], heads: Callable[[Iterable[str]], dict[str, Document]]) -> int:
    """Store the rewrites implied around ``doc_ids`` (documents just linked) and return how many:
    their links and their partners' links are read, never the whole table."""
    from sitrep.dedup import original_of
    links: dict[tuple[str, str], Link] = {}
    frontier = list(doc_ids)
    for _hop in range(2):           # the documents' links, then their partners' links
        reached: set[str] = set()
        for lo in range(0, len(frontier), _BLOCK):
            arg = json.dumps(frontier[lo:lo + _BLOCK])
            for a, b, kind, similarity in store.db.execute(
                    f"SELECT a, b, kind, similarity FROM duplicates WHERE a IN {_IN} "
                    f"UNION SELECT a, b, kind, similarity FROM duplicates WHERE b IN {_IN}", (arg, arg)):
                if (a, b) not in links:
                    links[(a, b)] = (a, b, kind, similarity)
                    reached.update((a, b))
        frontier = sorted(reached - set(frontier))
        if not frontier:
            break
    extra = implied_rewrites(links.values())
    if not extra:
        return 0
    docs = heads({x for a, b, _ in extra for x in (a, b)})
    store.add_duplicates([Duplicate(a, b, "rewrite", similarity, original_of(docs[a], docs[b]))
                          for a, b, similarity in extra])
    return len(extra)
