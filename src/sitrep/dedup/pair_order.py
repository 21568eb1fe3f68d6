"""The order a round's candidate pairs are verified in: one that lets the sketch cache
(``linking._Sketches``) serve most of a document's pairs from one read of its sketch.

Reading a sketch and deriving its join tables cost about a fifth of linking. Sorted by sketch ids
(the earlier document first), a round's pairs met a document again long after its first pairs
whenever its partners were far apart in the store (one template's look-alikes, old documents the
round's new ones resemble): at 20,000 documents 59,000 sketches were read for 49,000 pairs. A
breadth-first walk of the round's pair graph numbers documents so that partners get near numbers;
pairs sorted by those numbers read 50,000 (the documents the rounds touch are 52,000: a few stay
cached from one round to the next). Every pair is verified once whatever the order, and the
verdicts are sorted afterwards, so the order changes no output.
"""
from __future__ import annotations

from collections import deque

# a candidate pair: (doc id, doc id, sketch id of the first, of the second), as ``linking.Candidate``
Pair = tuple[str, str, int, int]


def verification_order(pairs: list[Pair]) -> list[Pair]:
    """``pairs`` in the order of a breadth-first numbering of their documents (walks started from
    the lowest sketch id not yet reached, neighbours taken in sketch id order): by the lower
    number of the two, then the higher."""
    partners: dict[int, list[int]] = {}
    for _, _, x, y in pairs:
        partners.setdefault(x, []).append(y)
        partners.setdefault(y, []).append(x)
    number: dict[int, int] = {}
    for start in sorted(partners):
        if start in number:
            continue
        number[start] = len(number)
        queue = deque([start])
        while queue:
            for y in sorted(partners[queue.popleft()]):
                if y not in number:
                    number[y] = len(number)
                    queue.append(y)

    def key(pair: Pair) -> tuple[int, int]:
        x, y = number[pair[2]], number[pair[3]]
        return (x, y) if x < y else (y, x)
    return sorted(pairs, key=key)
