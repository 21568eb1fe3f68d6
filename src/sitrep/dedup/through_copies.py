"""Rewrites implied through copies: a copy of one side of a rewrite rewrites the other side too.

A wire story reposted under other chrome is the same text; an outlet's retelling of it is a
rewrite of every copy, not only of the one it happened to be verified against. Verification
alone can miss such a pair: the copy may be trimmed before the paragraphs the retelling keeps,
or its lead re-cut, so that the rewrite test (which wants the leads to meet) fails for it while
it holds for the full text. Corroboration counts a source once per group of copies and rewrites,
so an implied pair left out would make the retelling a second source of its own wire story.

Two retellings of one text are rewrites of each other too, when they retell the same part of it:
the passages each shares with it overlap (SIBLING_OVERLAP). A long text that retells two short
reports in two of its parts (a roundup, a live page) links each to itself, not one to the other.

Only one step is taken (a direct copy of a direct party of a rewrite, two direct rewrites of one
text): each implied pair rests on two verified links, and the work stays bounded by the links of
the documents at hand.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sitrep.model import Document, Duplicate

if TYPE_CHECKING:
    from sitrep.store import Store

# a link as stored: (a, b, kind, similarity, passages as [(a_start, a_end, b_start, b_end), ...])
Link = tuple[str, str, str, float, list]
# share of the shorter of two retellings' passages in their common source that the other's cover
SIBLING_OVERLAP = 0.5

_IN = "(SELECT value FROM json_each(?))"
_BLOCK = 20_000


def implied_rewrites(links: Iterable[Link]) -> list[tuple[str, str, float]]:
    """(a, b, similarity) of every rewrite pair that links imply and no link holds: for a rewrite
    X~R and a copy X~P, P~R; for rewrites X~R1 and X~R2 whose passages in X overlap, R1~R2 (with
    the weaker similarity of the two links)."""
    copies: dict[str, set[str]] = {}
    rewrites: dict[str, dict[str, tuple[float, list[tuple[int, int]]]]] = {}
    linked: set[frozenset[str]] = set()
    for a, b, kind, similarity, passages in links:
        linked.add(frozenset((a, b)))
        if kind == "copy":
            copies.setdefault(a, set()).add(b)
            copies.setdefault(b, set()).add(a)
        elif kind == "rewrite":
            rewrites.setdefault(a, {})[b] = (similarity, [(p[0], p[1]) for p in passages])
            rewrites.setdefault(b, {})[a] = (similarity, [(p[2], p[3]) for p in passages])
    found: dict[frozenset[str], tuple[str, str, float]] = {}

    def imply(x: str, y: str, similarity: float) -> None:
        pair = frozenset((x, y))
        if x != y and pair not in linked and (pair not in found or found[pair][2] < similarity):
            found[pair] = (min(x, y), max(x, y), similarity)

    for x, partners in rewrites.items():
        for rewriter, (similarity, _) in partners.items():
            for copy in copies.get(x, ()):
                imply(copy, rewriter, similarity)
        retellings = sorted(partners.items())
        for i, (r1, (sim1, spans1)) in enumerate(retellings):
            for r2, (sim2, spans2) in retellings[i + 1:]:
                if _overlap(spans1, spans2) >= SIBLING_OVERLAP:
                    imply(r1, r2, min(sim1, sim2))
    return sorted(found.values())


def _overlap(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> float:
    """Share of the smaller of two sets of spans (in one text) that the other covers."""
    one, two = _merged(first), _merged(second)
    size_one, size_two = sum(e - s for s, e in one), sum(e - s for s, e in two)
    if not size_one or not size_two:
        return 0.0
    both = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in one for s2, e2 in two)
    return both / min(size_one, size_two)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def with_implied(found: list[Duplicate], original: Callable[[str, str], str | None]) -> list[Duplicate]:
    """``found`` and the rewrites it implies (``original(a, b)``: which of two documents is the
    original). The implied links carry no passages: they were not aligned themselves."""
    extra = implied_rewrites((d.a, d.b, d.kind, d.similarity, [(x.start, x.end, y.start, y.end) for x, y in d.passages])
                             for d in found)
    return found + [Duplicate(a, b, "rewrite", similarity, original(a, b)) for a, b, similarity in extra]


def add_implied(store: "Store", doc_ids: list[str], heads: Callable[[Iterable[str]], dict[str, Document]]) -> int:
    """Store the rewrites implied around ``doc_ids`` (documents just linked) and return how many:
    their links and their partners' links are read, never the whole table."""
    from sitrep.dedup import original_of
    links: dict[tuple[str, str], Link] = {}
    frontier = list(doc_ids)
    for _hop in range(2):           # the documents' links, then their partners' links
        reached: set[str] = set()
        for lo in range(0, len(frontier), _BLOCK):
            arg = json.dumps(frontier[lo:lo + _BLOCK])
            for a, b, kind, similarity, passages in store.db.execute(
                    f"SELECT a, b, kind, similarity, passages FROM duplicates WHERE a IN {_IN} "
                    f"UNION SELECT a, b, kind, similarity, passages FROM duplicates WHERE b IN {_IN}", (arg, arg)):
                if (a, b) not in links:
                    links[(a, b)] = (a, b, kind, similarity, json.loads(passages))
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
