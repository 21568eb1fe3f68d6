"""MinHash signatures by one-permutation hashing (Li, Owen & Zhang 2012), densified by rotation
(Shrivastava & Li 2014).

Classic MinHash applies NUM_PERM hash functions to every item (NUM_PERM x items products and
modulos per document). One-permutation hashing hashes each item once: the top bits of its 64-bit
hash choose one of NUM_PERM bins, and a bin keeps its smallest hash. Two sets agree on a bin with
probability their Jaccard similarity, as with NUM_PERM permutations, for one sort per document.
A bin no item fell in (short texts) takes the value of the next non-empty bin to its right,
circularly, so that empty bins of two texts agree exactly when their borrowed bins do.
"""
from __future__ import annotations

import numpy as np

from sitrep.dedup.fingerprint import NUM_PERM

_BIN_BITS = 6
assert 1 << _BIN_BITS == NUM_PERM
_SHIFT = np.uint64(64 - _BIN_BITS)
_BIN_LOWS = np.arange(NUM_PERM, dtype=np.uint64) << _SHIFT
_BINS = np.arange(NUM_PERM, dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
_M1, _M2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)


def mix(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: every output bit depends on every input bit, so that
    hashes built arithmetically (shingles from word hashes) spread evenly over the bins."""
    x = values ^ (values >> np.uint64(33))
    x *= _M1
    x ^= x >> np.uint64(33)
    x *= _M2
    x ^= x >> np.uint64(33)
    return x


def signature(hashes: np.ndarray) -> np.ndarray:
    """The NUM_PERM-value signature of a set of items given by well-mixed 64-bit hashes (repeats
    allowed); all-max for an empty set."""
    if not len(hashes):
        return _EMPTY.copy()
    ordered = np.sort(hashes)
    # sorted by value is sorted by bin (the top bits), then by value: a bin's first item is its minimum
    first = np.searchsorted(ordered, _BIN_LOWS)
    first[first == len(ordered)] = len(ordered) - 1
    sig = ordered[first]
    present = (sig >> _SHIFT) == _BINS
    if present.all():
        return sig
    filled = np.flatnonzero(present)
    donor = filled[np.searchsorted(filled, np.arange(NUM_PERM)) % len(filled)]
    return sig[donor]
