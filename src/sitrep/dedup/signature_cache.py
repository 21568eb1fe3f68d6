"""Partner signatures kept across the candidate slices of a round of linking, in one matrix.

Scoring a slice's bucket-sharing pairs needs the MinHash signatures of every partner, and the
partners of a slice's ~150,000 pairs are most of the store (at 20,000 documents each slice wanted
19,900 rows; at 100,000, ~75,000): reading them again for each of a round's slices was about a
fifth of linking's time. The slices of a round meet mostly the same partners, so the rows read
are kept for the round's next slices, least recently used going first.

The kept matrix IS what a slice is scored on: the slice's partners are made resident (those not
kept read from the store, a block at a time, straight into free or least recently used rows) and
scoring gathers rows by slot. An earlier version returned hits and misses copied into a fresh
matrix beside the kept one: with the misses' own matrix that was two copies of a slice's partners
(1 KB each: ~75 MB each at 100,000 documents) on top of the 32 MB cache, the unexplained part of
its higher peak (+39 MB at 20,000 documents, where a copy is 20 MB).

Memory stays what the plain read used: a slice's partners were read into a matrix of their own,
and the kept rows are limited to the most partners a slice of the round has wanted (rows beyond
are reserved, never touched, so they take no memory), least recently used rows giving way to a
slice's new partners. The kept rows are released when the round's candidates are found, before
its pairs are verified. A slice with more partners than LIMIT is left to the plain read (callers
fall back), after the kept rows are released so that the two never add up.

A signature never changes while a batch is linked (linking adds no sketch and drops none), so a
kept row is exactly what reading the store gives.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from sitrep.dedup.candidates import signature_blocks
from sitrep.store import Store

# rows reserved (1 KB each at 2 x 64 hashes): a slice of SLICE_PAIRS pairs has at most ~150,000
# partners, ~75,000 at 100,000 documents and all 20,000 at 20,000
LIMIT = 262_144

_active: list["SignatureCache"] = []


class SignatureCache:
    """Signature rows by sketch id in ``rows``: at most as many as the most one call has wanted
    (``capacity``), never more than ``limit``."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.rows: np.ndarray | None = None          # limit x width, reserved on first read
        self._clear()

    def _clear(self) -> None:
        self.capacity = 0                           # rows in use at most: the first ``capacity``
        self.keys = np.zeros(0, dtype=np.int64)     # kept sketch ids, sorted
        self.slot_of = np.zeros(0, dtype=np.intp)   # per kept id: its row in ``rows``
        # per row in use (grown with ``capacity``): its doc id, its last use (-1: free)
        self.doc_ids: list[str | None] = []
        self.stamp = np.zeros(0, dtype=np.int64)
        self.clock = 0

    def release(self) -> None:
        """Forget every kept row and free the matrix."""
        self.rows = None
        self._clear()

    def resident(self, store: Store, wanted: np.ndarray) -> tuple[np.ndarray, list[str], np.ndarray] | None:
        """For the sorted distinct sketch ids ``wanted``: (the ids the store holds, their doc ids,
        their rows in ``rows``), reading only the ids not kept; None when more are wanted than
        fit at once (the kept rows are then released)."""
        if len(wanted) > self.limit:
            self.release()
            return None
        if len(wanted) > self.capacity:
            grown = len(wanted) - self.capacity
            self.stamp = np.concatenate([self.stamp, np.full(grown, -1, dtype=np.int64)])
            self.doc_ids.extend([None] * grown)
            self.capacity = len(wanted)
        self.clock += 1
        keys = self.keys
        slot = np.full(len(wanted), -1, dtype=np.intp)
        if len(keys):
            at = np.searchsorted(keys, wanted)
            at[at == len(keys)] = 0
            hit = keys[at] == wanted
            slot[hit] = self.slot_of[at[hit]]
            self.stamp[slot[hit]] = self.clock
        miss = np.flatnonzero(slot < 0)
        if len(miss):
            self._read(store, wanted, miss, slot)
        found = slot >= 0
        slots = slot[found]
        kept_docs = self.doc_ids
        return wanted[found], [kept_docs[s] for s in slots.tolist()], slots  # type: ignore[misc]

    def _read(self, store: Store, wanted: np.ndarray, miss: np.ndarray, slot: np.ndarray) -> None:
        """Read the rows of ``wanted[miss]`` into free rows, then into those least recently used
        (never one this call uses: ``wanted`` fits, so there are enough), and note their slots."""
        stamp = self.stamp
        free = np.flatnonzero(stamp < 0)
        if len(free) < len(miss):
            used = np.flatnonzero((stamp >= 0) & (stamp < self.clock))
            # the oldest first (a stable sort: equal stamps in row order)
            victims = used[np.argsort(self.stamp[used], kind="stable")][:len(miss) - len(free)]
            gone = np.zeros(self.capacity, dtype=bool)
            gone[victims] = True
            stay = ~gone[self.slot_of]
            self.keys, self.slot_of = self.keys[stay], self.slot_of[stay]
            self.stamp[victims] = -1
            free = np.concatenate([free, victims])
        pool = free[:len(miss)]
        taken = 0
        new_ids: list[np.ndarray] = []
        new_slots: list[np.ndarray] = []
        for at, docs, block in signature_blocks(store, wanted[miss]):
            if self.rows is None:
                # reserved, not touched: only rows written take memory
                self.rows = np.empty((self.limit, block.shape[1]), dtype=np.uint64)
            rows = pool[taken:taken + len(at)]
            taken += len(at)
            self.rows[rows] = block
            for r, doc_id in zip(rows.tolist(), docs):
                self.doc_ids[r] = doc_id
            self.stamp[rows] = self.clock
            placed = miss[at]
            slot[placed] = rows
            new_ids.append(wanted[placed])
            new_slots.append(rows)
        if new_ids:
            keys = np.concatenate([self.keys, *new_ids])
            slot_of = np.concatenate([self.slot_of, *new_slots])
            order = np.argsort(keys, kind="stable")
            self.keys, self.slot_of = keys[order], slot_of[order]


def active() -> SignatureCache | None:
    """The kept signatures of the round being linked, if any."""
    return _active[-1] if _active else None


@contextmanager
def kept_signatures(limit: int | None = None) -> Iterator[SignatureCache]:
    """Partner signatures kept across the candidate slices of the calls within (at most LIMIT
    rows unless ``limit``), released at the end."""
    cache = SignatureCache(limit or LIMIT)
    _active.append(cache)
    try:
        yield cache
    finally:
        _active.remove(cache)
        cache.release()
