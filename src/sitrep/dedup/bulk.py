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
"""
from __future__ import annotations

import numpy as np

from sitrep.dedup.lsh import MAX_BUCKET
from sitrep.dedup.sketch import sorted_unique

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
    _, keys = _key_count(db)
    passes = max(1, -(-keys // PASS_KEYS))
    out = []
    for part in range(passes):
        # one pass: every key is kept, and their number is known, so they are read straight
        # into the array that is sorted (else the pass's share of them, in blocks)
        found: list[np.ndarray] = []
        whole = np.empty(keys, dtype=np.int64) if passes == 1 else None
        filled = 0
        last = -1
        while True:
            rows = db.execute("SELECT id, buckets FROM doc_sketches WHERE id > ? ORDER BY id LIMIT ?",
                              (last, READ_ROWS)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            block = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.int64)
            del rows
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
        out.append(values[extra + 1 <= MAX_BUCKET])
    return sorted_unique(np.concatenate(out)) if out else np.zeros(0, dtype=np.int64)
