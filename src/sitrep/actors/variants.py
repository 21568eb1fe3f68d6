"""Spelling variants among distinct names: the pairs whose folded words are all close.

Two names are variants when they have the same number of words, every word pair is close
(``words_close``: equal, or the same initial and a Jaro-Winkler similarity of WORD_SIMILARITY
for words of MIN_FUZZY_WORD letters or more, without digits) and the whole folded names reach
NAME_SIMILARITY. Names are compared in groups that already share their initials.

rapidfuzz scores the whole names of a group against each other in C; numpy drops the pairs under
NAME_SIMILARITY and those already joined, so Python meets only the similar pairs still apart.
The cost is the square of the group's size in C (about 35 ns a pair), and linear in Python.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cdist

from sitrep.nlp.memo import BoundedMemo

WORD_SIMILARITY = 0.88       # each word of two variant spellings (folded)
NAME_SIMILARITY = 0.92       # the whole folded names
MIN_FUZZY_WORD = 4           # shorter words must fold to the same key
_ROWS = 256                  # rows scored at once: the score matrix stays small


def words_close(x: str, y: str) -> bool:
    """Whether two folded words are spellings of one word."""
    if x == y:
        return True
    if min(len(x), len(y)) < MIN_FUZZY_WORD or x[0] != y[0] or _has_digit(x) or _has_digit(y):
        return False
    return JaroWinkler.similarity(x, y) >= WORD_SIMILARITY


_DIGITS = BoundedMemo(1_000_000)


def _has_digit(w: str) -> bool:
    return _DIGITS.get_or(w, _digit_in, w)


def _digit_in(w: str) -> bool:
    return any(c.isdigit() for c in w)


def similar_rows(group: list[tuple[int, tuple[str, ...], str]]) -> Iterator[tuple[int, np.ndarray]]:
    """For each name x of the group in turn, the names y > x (ascending) whose whole folded name
    reaches NAME_SIMILARITY with x's, scored in C by rapidfuzz a block of rows at a time."""
    n = len(group)
    if n < 2:
        return
    names = [name for _, _, name in group]
    for start in range(0, n, _ROWS):
        stop = min(n, start + _ROWS)
        # only the columns from ``start`` on: a pair is scored once, in its row
        ok = cdist(names[start:stop], names[start:], scorer=JaroWinkler.similarity,
                   score_cutoff=NAME_SIMILARITY, dtype=np.float32) > 0
        ok &= np.arange(n - start)[None, :] > np.arange(stop - start)[:, None]
        for r in np.flatnonzero(ok.any(axis=1)).tolist():
            yield start + r, np.flatnonzero(ok[r]) + start


def join_variants(group: list[tuple[int, tuple[str, ...], str]], find: Callable[[int], int],
                  union: Callable[[int, int], bool]) -> None:
    """Join the group's names that are variants, pair by pair in row order (``union`` may refuse:
    two known actors are never one, so the order is part of the result).

    A crowded group's names mostly join early, and the pairs already joined are most pairs: the
    group's set labels are kept in numpy, so those pairs are dropped without Python seeing them.
    """
    label = np.fromiter((find(i) for i, _, _ in group), dtype=np.int64, count=len(group))
    for x, ys in similar_rows(group):
        ys = ys[label[ys] != label[x]]
        if not len(ys):
            continue
        ix, tx, _ = group[x]
        for y in ys.tolist():
            lx, ly = label[x], label[y]
            if lx == ly:
                continue                 # joined meanwhile, through another name
            iy, ty, _ = group[y]
            if all(map(words_close, tx, ty)) and union(ix, iy):
                label[label == ly] = lx
