"""Which LSH buckets can yield candidates, for the whole store at once: linking a large batch
(a first ingest, a re-sketch, a benchmark of a million documents) asks this instead of probing
the bucket index once per key.

Most bucket keys are alone in their bucket (a sentence or band no other document has), and a
bucket fuller than MAX_BUCKET holds boilerplate: only the keys of buckets of two to MAX_BUCKET
sketches matter. Probing the index for the size of each of a document's ~100 keys costs about
0.2 ms per document; reading every sketch's stored keys (``doc_sketches.buckets``) and sorting
them costs a few microseconds per document, so once the unlinked documents are a fair share of
the store it is much the cheaper way to the same answer.

Memory stays bounded: the keys are read in slices of rows and sorted one part of the key space
at a time (PASS_KEYS keys per pass at most); what is kept is the sorted array of the keys that
matter (8 bytes each).

The members of those buckets (``Members``) are then held in memory too, for the lower part of the
key space that fits MEMBER_BUDGET: a chunk's candidates come from array look-ups there instead of
a join of the bucket index (which cost as much as scoring them); keys above the part held are
still looked up in the store, so memory stays bounded whatever the corpus size.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from sitrep.dedup.lsh import MAX_BUCKET

PASS_KEYS = 20_000_000      # bucket keys sorted at once (160 MB of int64)
# sketch rows whose keys are read at once (their blobs are held twice while a block is made:
# 20,000 rows were 30 MB, the largest allocation of a 10,000-article ingest)
READ_ROWS = 2_000
PROBE_COST = 25             # probing one document's keys costs about this many reads of them


def _key_count(db) -> tuple[int, int]:
    """Sketches in the store and their bucket keys (stored as int64 blobs)."""
    n, size = db.execute("SELECT COUNT(*), COALESCE(SUM(length(buckets)), 0) FROM doc_sketches").fetchone()
    return n, size // 8


def worth_it(db, unlinked: int) -> bool:
    """Whether reading every sketch's keys beats probing the keys of ``unlinked`` sketches."""
    total, keys = _key_count(db)
    passes = max(1, -(-keys // PASS_KEYS))
    return unlinked * PROBE_COST >= total * passes


def useful_keys(db) -> np.ndarray:
    """The sorted keys of the buckets that hold two to MAX_BUCKET sketches (the ``lsh_buckets``
    rows, read through the keys each sketch keeps: a key appears once per sketch holding it)."""
    return _useful(db)[0]


def _useful(db) -> tuple[np.ndarray, np.ndarray]:
    """``useful_keys``, and the number of sketches in each of their buckets."""
    _, keys = _key_count(db)
    passes = max(1, -(-keys // PASS_KEYS))
    out, sizes = [], []
    for part in range(passes):
        # one pass: every key is kept, and their number is known, so they are read straight
        # into the array that is sorted (else the pass's share of them, in blocks)
        found: list[np.ndarray] = []
        whole = np.empty(keys, dtype=np.int64) if passes == 1 else None
        filled = 0
        for rows in _sketch_rows(db):
            block = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.int64)
            if passes > 1:
                # the top bits choose the pass (the low ones tag passage keys)
                block = block[(block.view(np.uint64) >> np.uint64(40)) % np.uint64(passes) == part]
            # a sketch's keys are distinct hashes (as its bucket rows are): each counts once
            if whole is not None and filled + len(block) <= len(whole):
                whole[filled:filled + len(block)] = block
                filled += len(block)
            else:
                found.append(block)
        # sorted in place (np.sort returns a copy)
        if whole is None:
            ordered = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        else:
            ordered = np.concatenate([whole[:filled]] + found) if found else whole[:filled]
        del found, whole
        ordered.sort()
        if not len(ordered):
            continue
        # most keys are alone: only the repeats (one entry per member after a bucket's first)
        # are counted, without index arrays the size of the pass
        repeats = ordered[1:][ordered[1:] == ordered[:-1]]
        del ordered
        values, extra = np.unique(repeats, return_counts=True)
        kept = extra + 1 <= MAX_BUCKET
        out.append(values[kept])
        sizes.append(extra[kept] + 1)
    if not out:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    # the passes split the key space by its top bits: distinct keys, in no overall order
    values, counts = np.concatenate(out), np.concatenate(sizes)
    order = np.argsort(values)
    return values[order], counts[order]


MEMBER_BUDGET = 8_000_000   # bucket members held in memory at most (4 bytes each; ~130 MB while built)


@dataclass(slots=True)
class Members:
    """The members of the useful buckets, in memory for the keys ``useful[:covered]``."""

    useful: np.ndarray          # useful_keys
    covered: int                # how many of them (the lowest) have their members here
    offsets: np.ndarray         # per covered key (and one more): where its members start in ``ids``
    ids: np.ndarray             # sketch ids, bucket after bucket (int32: ids are far below 2**31)

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For sorted distinct ``keys``: (bucket, sketch id) rows of the useful buckets held here,
        and the useful keys among ``keys`` whose members are not held (to be read from the store)."""
        useful = self.useful
        if not len(useful) or not len(keys):
            none = np.zeros(0, dtype=np.int64)
            return none, none, none
        at = np.searchsorted(useful, keys)
        at[at == len(useful)] = 0
        pos = at[useful[at] == keys]
        held = pos[pos < self.covered]
        lo = self.offsets[held]
        n = self.offsets[held + 1] - lo
        ends = np.cumsum(n)
        total = int(ends[-1]) if len(ends) else 0
        idx = np.repeat(lo - ends + n, n) + np.arange(total)
        return np.repeat(useful[held], n), self.ids[idx].astype(np.int64), useful[pos[pos >= self.covered]]


def _sketch_rows(db) -> Iterator[list[tuple[int, bytes]]]:
    """Every stored sketch's (id, bucket keys), READ_ROWS rows at a time in id order: a bounded
    read however large the store."""
    last = -1
    while True:
        rows = db.execute("SELECT id, buckets FROM doc_sketches WHERE id > ? ORDER BY id LIMIT ?",
                          (last, READ_ROWS)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield rows


def members(db, budget: int | None = None) -> Members:
    """The useful buckets' members (``Members``), from a second read of every sketch's keys, for
    as many of the lowest useful keys as ``budget`` members allow (MEMBER_BUDGET by default)."""
    useful, sizes = _useful(db)
    budget = MEMBER_BUDGET if budget is None else budget
    covered = int(np.searchsorted(np.cumsum(sizes), budget, side="right"))
    held = useful[:covered]
    found_pos: list[np.ndarray] = []
    found_ids: list[np.ndarray] = []
    for rows in _sketch_rows(db) if covered else ():
        block = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.int64)
        owner = np.repeat(np.array([r[0] for r in rows], dtype=np.int32),
                          np.array([len(r[1]) // 8 for r in rows], dtype=np.intp))
        at = np.searchsorted(held, block)
        at[at == covered] = 0
        hit = held[at] == block
        found_pos.append(at[hit].astype(np.int32))
        found_ids.append(owner[hit])
    pos = np.concatenate(found_pos) if found_pos else np.zeros(0, dtype=np.int32)
    ids = np.concatenate(found_ids) if found_ids else np.zeros(0, dtype=np.int32)
    del found_pos, found_ids
    # rows were read in id order: a stable sort keeps each bucket's members in id order
    ids = ids[np.argsort(pos, kind="stable")]
    offsets = np.zeros(covered + 1, dtype=np.int64)
    np.cumsum(np.bincount(pos, minlength=covered), out=offsets[1:])
    return Members(useful, covered, offsets, ids)
