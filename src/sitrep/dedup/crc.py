"""CRC-32 (zlib's) of word n-grams from the CRC-32 of their words, vectorised.

The MinHash signatures of wording hash each 5-gram shingle "w1 w2 w3 w4 w5" with zlib.crc32.
Building and hashing ~800 strings per document is a large share of the map step; CRC-32 is linear,
so crc(X + Y) = shift(crc(X), len(Y)) ^ crc(Y) (zlib's crc32_combine), and the shingles' CRCs
follow from the words' CRCs and byte lengths by table lookups over whole arrays: the same values
as hashing the strings, so signatures stay those earlier databases hold.
"""
from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np

_POLY = 0xEDB88320
MAX_WORD = 64               # words up to this many bytes (UTF-8) use the tables


def _multmodp(a: int, b: int) -> int:
    """a * b modulo the CRC polynomial (reflected bit order, as zlib)."""
    m, p = 1 << 31, 0
    while True:
        if a & m:
            p ^= b
            if not a & (m - 1):
                return p
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1


def _x2nmodp(n: int, k: int) -> int:
    """x^(n * 2^k) modulo the CRC polynomial."""
    table = [1 << 30]
    for _ in range(31):
        table.append(_multmodp(table[-1], table[-1]))
    p = 1 << 31
    while n:
        if n & 1:
            p = _multmodp(table[k & 31], p)
        n >>= 1
        k += 1
    return p


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """shift[n]: byte tables of c -> crc32_combine's shift of c past n bytes; space[n]: the CRC
    of one space shifted past n bytes."""
    shift = np.zeros((MAX_WORD + 2, 4, 256), dtype=np.uint32)
    for n in range(MAX_WORD + 2):
        op = _x2nmodp(n, 3)
        basis = [_multmodp(op, 1 << k) for k in range(32)]
        for b in range(4):
            col = np.zeros(256, dtype=np.uint32)
            for bit in range(8):
                col[np.arange(256) & (1 << bit) != 0] ^= np.uint32(basis[8 * b + bit])
            shift[n, b] = col
    space = np.zeros(MAX_WORD + 2, dtype=np.uint32)
    for n in range(MAX_WORD + 2):
        space[n] = _apply_one(shift[n], zlib.crc32(b" "))
    return shift, space


def _apply_one(table: np.ndarray, c: int) -> int:
    return int(table[0, c & 255] ^ table[1, (c >> 8) & 255] ^ table[2, (c >> 16) & 255] ^ table[3, c >> 24])


def _shift(shift: np.ndarray, n: np.ndarray, c: np.ndarray) -> np.ndarray:
    return (shift[n, 0, c & 255] ^ shift[n, 1, (c >> 8) & 255]
            ^ shift[n, 2, (c >> 16) & 255] ^ shift[n, 3, c >> 24])


def ngram_crcs(crcs: np.ndarray, lengths: np.ndarray, n: int) -> np.ndarray | None:
    """zlib.crc32 of " ".join(words[i:i + n]) for every i, from the words' CRCs (uint32) and
    UTF-8 lengths; None when a word is longer than MAX_WORD bytes (hash the strings instead)."""
    if len(crcs) < n:
        return np.zeros(0, dtype=np.uint32)
    if lengths.max() > MAX_WORD:
        return None
    shift, space = _tables()
    count = len(crcs) - n + 1
    c = crcs[:count].astype(np.uint32)
    for k in range(1, n):
        length = lengths[k:k + count]
        # crc(S + " " + w) = shift(crc(S), len(w) + 1) ^ shift(crc(" "), len(w)) ^ crc(w)
        c = _shift(shift, length + 1, c) ^ space[length] ^ crcs[k:k + count]
    return c
