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
READ_ROWS = 20_000          # sketch rows whose keys are read at once
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
        found = []
        last = -1
        while True:
            rows = db.execute("SELECT id, buckets FROM doc_sketches WHERE id > ? ORDER BY id LIMIT ?",
                              (last, READ_ROWS)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            block = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.int64)
            if passes > 1:
                # the top bits choose the pass (the low ones tag passage keys)
                block = block[(block.view(np.uint64) >> np.uint64(40)) % np.uint64(passes) == part]
            # a sketch's keys are distinct hashes (as its bucket rows are): each counts once
            found.append(block)
        ordered = np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
        if not len(ordered):
            continue
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, len(ordered)])
        out.append(ordered[starts[(sizes > 1) & (sizes <= MAX_BUCKET)]])
    return sorted_unique(np.concatenate(out)) if out else np.zeros(0, dtype=np.int64)
