"""Candidate pairs of the incremental duplicate search (``linking``), as numpy arrays: which
(new sketch, other sketch) pairs share an LSH bucket and whether what they share is a passage or
enough specific figures, and the MinHash signatures those pairs are scored on. Apart from
``linking`` so that its module keeps to the rounds, slicing, ranking and verification.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

import numpy as np

from sitrep.dedup import FIGURE_KEYS_MIN
from sitrep.dedup.lsh import FIGURE_BUCKET, is_figure_key, is_passage_key
from sitrep.dedup.story_groups import _IN, _chunks
from sitrep.store import Store

PAIR_SLICE = 200_000        # bucket-sharing entries expanded into pairs at once
SIGNATURE_BLOCK = 2_000     # partner signature rows read and placed at once (~2 MB of bytes, held twice)


def _shared_buckets(buckets: np.ndarray, members: np.ndarray, new: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (new sketch, other sketch) pair that shares a bucket, once, and whether the buckets
    they share hold a passage key or FIGURE_KEYS_MIN figure keys."""
    if not len(buckets):
        return buckets, buckets, np.zeros(0, dtype=bool)
    order = np.argsort(buckets, kind="stable")
    buckets, members = buckets[order], members[order]
    starts = np.flatnonzero(np.r_[True, buckets[1:] != buckets[:-1]])
    sizes = np.diff(np.r_[starts, len(buckets)])
    size_of, start_of = np.repeat(sizes, sizes), np.repeat(starts, sizes)
    heads = buckets[starts].tolist()
    group_passage = np.fromiter(map(is_passage_key, heads), dtype=bool, count=len(starts))
    group_figure = np.fromiter(map(is_figure_key, heads), dtype=bool, count=len(starts))
    passage_of, figure_of = np.repeat(group_passage, sizes), np.repeat(group_figure, sizes) & (size_of <= FIGURE_BUCKET)
    rows = np.flatnonzero(np.isin(members, new) & (size_of > 1))
    # a new sketch's rows together, sketches in order: each slice of rows yields the pairs of
    # its sketches alone, already in the order of the whole. A bucket of MAX_BUCKET members
    # makes thousands of pair entries; expanded all at once, a chunk's entries took 100 MB.
    rows = rows[np.argsort(members[rows], kind="stable")]
    owner = members[rows]
    reps = size_of[rows]
    ends = np.cumsum(reps)
    out_a, out_b, out_shares = [], [], []
    lo = 0
    while lo < len(rows):
        hi = max(int(np.searchsorted(ends, ends[lo] - reps[lo] + PAIR_SLICE, side="right")), lo + 1)
        hi = int(np.searchsorted(owner, owner[hi - 1], side="right"))
        part, count = rows[lo:hi], reps[lo:hi]
        a = np.repeat(part, count)
        b = np.repeat(start_of[part], count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count))
        keep = a != b
        a, b = a[keep], b[keep]
        pair = (members[a] << 32) | members[b]            # sketch ids are far below 2**31
        unique, inverse = np.unique(pair, return_inverse=True)
        shares = np.bincount(inverse[figure_of[a]], minlength=len(unique)) >= FIGURE_KEYS_MIN
        shares[inverse[passage_of[a]]] = True
        out_a.append(unique >> 32)
        out_b.append(unique & 0xFFFFFFFF)
        out_shares.append(shares)
        lo = hi
    if not out_a:
        return buckets[:0], buckets[:0], np.zeros(0, dtype=bool)
    return np.concatenate(out_a), np.concatenate(out_b), np.concatenate(out_shares)


def _partner_signatures(store: Store, wanted: np.ndarray) -> tuple[np.ndarray, list[str], np.ndarray]:
    """(sketch ids found, their doc ids, their signatures as one matrix, so that pairs are scored
    in numpy steps) for the sorted sketch ids ``wanted``. Rows are placed a block at a time
    (``signature_blocks``): a numpy call per row cost more than the read itself. The block's
    bytes are the only copy beside the matrix (a dict of every partner's bytes beside it once
    doubled the slice's memory)."""
    sigs: np.ndarray | None = None
    doc_ids: list[str | None] = [None] * len(wanted)
    found = np.zeros(len(wanted), dtype=bool)
    for at, docs, block in signature_blocks(store, wanted):
        if sigs is None:
            sigs = np.empty((len(wanted), block.shape[1]), dtype=np.uint64)
        sigs[at] = block
        found[at] = True
        for i, doc_id in zip(at.tolist(), docs):
            doc_ids[i] = doc_id
    if sigs is None:
        return wanted[:0], [], np.empty((0, 0), dtype=np.uint64)
    if not found.all():
        return wanted[found], [d for d in doc_ids if d is not None], sigs[found]
    return wanted, doc_ids, sigs


def signature_blocks(store: Store, wanted: np.ndarray,
                     block: int | None = None) -> Iterator[tuple[np.ndarray, tuple[str, ...], np.ndarray]]:
    """The stored signatures of the sorted sketch ids ``wanted``, SIGNATURE_BLOCK rows at a time:
    (positions in ``wanted`` of the rows found, their doc ids, their signatures as a matrix made
    from one join of the rows' bytes). Ids the store lacks are left out."""
    for part in _chunks(wanted.tolist(), block or SIGNATURE_BLOCK):
        rows = store.db.execute(f"SELECT id, doc_id, signatures FROM doc_sketches WHERE id IN {_IN}",
                                (json.dumps(part),)).fetchall()
        if not rows:
            continue
        sketch_ids, docs, blobs = zip(*rows)
        del rows
        matrix = np.frombuffer(b"".join(blobs), dtype=np.uint64).reshape(len(blobs), -1)
        del blobs
        yield np.searchsorted(wanted, np.array(sketch_ids, dtype=np.int64)), docs, matrix
