"""A document's compact, numeric form for duplicate search: computed once per document in the map
step, stored as a BLOB, read back when a pair is verified.

Words become stable 64-bit hashes (the same in every process and every run, so a sketch stored by
one ingest compares with one computed by the next), so that verifying a pair is set arithmetic on
numpy arrays instead of Python sets of strings, and the corpus step never holds the texts.

A sketch holds:
- MinHash signatures of word 5-gram shingles (wording) and of content words (``fingerprint``)
- the shingles themselves, hashed, for exact 5-gram containment
- per sentence: span, content-word and number hashes (for Dice), names and numbers (for
  conflicts), as flat arrays
"""
from __future__ import annotations

import hashlib
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

from sitrep.dedup.crc import ngram_crcs
from sitrep.dedup.fingerprint import (_SENTENCE, _WORD, NUM_PERM, SHINGLE, normalise, number_of, stem,
                                      stopwords)

_MAX_CACHE = 1 << 19        # distinct words remembered per process (a news vocabulary fits)
_MULT = np.uint64(0x9E3779B97F4A7C15)
# MinHash: (a * crc32(item) + b) mod p per permutation, with the constants stored signatures
# were made with (changing them would make new documents miss old ones)
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20241121)
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_BLOCK = 160                # items per MinHash block: 64 x 160 x 8 bytes stays below malloc's mmap threshold
_EMPTY_SIG = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
_NO_HASH = np.zeros(0, dtype=np.uint64)


def stable_hash(text: str) -> int:
    """A 64-bit hash of ``text``, the same in every process (``hash()`` is salted per process)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class _Vocabulary:
    """Per process: each distinct word (as found, case kept) once, with its hashes as a table row
    (columns below; a hash is 0 where the word is not of that kind). Words then become rows by one
    dict lookup each, and everything else is numpy on the rows."""

    TOKEN, SIGNED, CONTENT, NUMBER, NAME, CRC, BYTES, STEM_CRC = range(8)

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.table = np.zeros((4096, 8), dtype=np.uint64)

    def ids(self, found: list[str]) -> np.ndarray:
        rows = self.rows
        try:
            return np.fromiter(map(rows.__getitem__, found), dtype=np.int64, count=len(found))
        except KeyError:
            if len(rows) + len(found) > _MAX_CACHE:
                rows.clear()
            for w in found:
                if w not in rows:
                    self._add(w)
            return np.fromiter(map(rows.__getitem__, found), dtype=np.int64, count=len(found))

    def _add(self, word: str) -> None:
        row = len(self.rows)
        if row >= len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        low = word.casefold()
        stop = low in stopwords()
        number = number_of(low)
        stemmed = stem(low)
        content = stable_hash("c:" + stemmed)
        encoded = low.encode("utf-8")
        self.table[row] = (stable_hash("t:" + low),
                           1 if not stop and len(low) > 2 else 0,     # in the content signature
                           content if not stop and not number and len(low) > 1 else 0,
                           stable_hash("n:" + number) if number else 0,
                           stable_hash("p:" + low) if word[:1].isupper() and not stop else 0,
                           zlib.crc32(encoded), len(encoded), zlib.crc32(stemmed.encode("utf-8")))
        self.rows[word] = row


_VOCABULARY = _Vocabulary()


def minhash_crcs(values: np.ndarray) -> np.ndarray:
    """A MinHash signature (NUM_PERM values) of a set of items given by their CRC-32s (repeats
    allowed); all-max for an empty set."""
    if not len(values):
        return _EMPTY_SIG.copy()
    values = np.unique(values).astype(np.uint64)
    out = _EMPTY_SIG.copy()
    # in blocks: one NUM_PERM x 800 product would be a fresh mmap (and page faults) per document
    for i in range(0, len(values), _BLOCK):
        mixed = np.multiply(_A[:, None], values[None, i:i + _BLOCK])
        mixed += _B[:, None]
        mixed %= _PRIME
        np.minimum(out, mixed.min(axis=1), out=out)
    return out


def _wording_crcs(found: list[str], info: np.ndarray) -> np.ndarray:
    """CRC-32s of the text's word 5-grams (of all its words when fewer), as strings would give."""
    V = _Vocabulary
    if len(found) < SHINGLE:
        return np.array([zlib.crc32(" ".join(w.casefold() for w in found).encode("utf-8"))] if found else [],
                        dtype=np.uint64)
    crcs = ngram_crcs(info[:, V.CRC].astype(np.uint32), info[:, V.BYTES].astype(np.int64), SHINGLE)
    if crcs is None:        # a word too long for the tables
        low = [w.casefold() for w in found]
        crcs = np.array([zlib.crc32(" ".join(low[i:i + SHINGLE]).encode("utf-8"))
                         for i in range(len(low) - SHINGLE + 1)], dtype=np.uint64)
    return crcs


def shingle_hashes(tokens: np.ndarray, n: int = SHINGLE) -> np.ndarray:
    """Sorted distinct hashes of the word n-grams of a token-hash sequence (all of it if shorter)."""
    if not len(tokens):
        return _NO_HASH
    width = min(n, len(tokens))
    out = tokens[: len(tokens) - width + 1].copy()
    for k in range(1, width):
        out = out * _MULT + tokens[k: len(tokens) - width + 1 + k]
    if len(tokens) < n:
        out = out * _MULT + np.uint64(len(tokens))   # a short text is one shingle of its own kind
    return np.unique(out)


@dataclass(slots=True)
class Sketch:
    wording: np.ndarray         # MinHash of shingles, uint64[NUM_PERM]
    content: np.ndarray         # MinHash of content words, uint64[NUM_PERM]
    shingles: np.ndarray        # sorted distinct shingle hashes, uint64
    starts: np.ndarray          # per sentence: span in the text, int32
    ends: np.ndarray
    n_content: np.ndarray       # per sentence: content words, int32
    n_words: np.ndarray         # per sentence: content words + numbers, int32
    words: np.ndarray           # (content word | number) hash per sentence entry, sorted, uint64
    word_sentence: np.ndarray   # the sentence of each entry, int32
    word_is_content: np.ndarray  # 1 for a content word, 0 for a number, uint8
    number_offsets: np.ndarray  # CSR: numbers[number_offsets[i]:number_offsets[i+1]], int32
    numbers: np.ndarray
    name_offsets: np.ndarray
    names: np.ndarray

    @property
    def usable(self) -> int:
        from sitrep.dedup.compare import MIN_CONTENT
        return int(np.count_nonzero(self.n_content >= MIN_CONTENT))

    def sentence_numbers(self, i: int) -> frozenset[int]:
        return frozenset(self.numbers[self.number_offsets[i]:self.number_offsets[i + 1]].tolist())

    def sentence_names(self, i: int) -> frozenset[int]:
        return frozenset(self.names[self.name_offsets[i]:self.name_offsets[i + 1]].tolist())


def sentence_keys(sk: Sketch, min_words: int = 5) -> np.ndarray:
    """One 64-bit key per sentence of at least ``min_words`` content words and numbers: a hash
    of the set of them, so that a sentence copied as it is (re-punctuated, re-quoted) keeps its
    key and a sentence with one name or figure swapped does not."""
    if not len(sk.words):
        return _NO_HASH
    order = np.argsort(sk.word_sentence, kind="stable")
    sentence = sk.word_sentence[order]
    mixed = sk.words[order] * _MULT
    mixed ^= mixed >> np.uint64(31)
    firsts = np.flatnonzero(np.r_[True, sentence[1:] != sentence[:-1]])
    keys = np.bitwise_xor.reduceat(mixed, firsts)
    keep = sk.n_words[sentence[firsts]] >= min_words
    return np.unique(keys[keep])


def _sentence_chunks(text: str) -> list[tuple[int, str]]:
    """(start, chunk) per sentence, as ``fingerprint.sentences`` splits them."""
    out, pos = [], 0
    for m in list(_SENTENCE.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        out.append((pos, text[pos:end]))
        pos = m.end() if m else len(text)
    return out


def _distinct(sentence: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct non-zero (sentence, value) pairs, sorted by value then sentence."""
    keep = values != 0
    sentence, values = sentence[keep], values[keep]
    order = np.lexsort((sentence, values))
    sentence, values = sentence[order], values[order]
    if len(values) > 1:
        first = np.ones(len(values), dtype=bool)
        first[1:] = (values[1:] != values[:-1]) | (sentence[1:] != sentence[:-1])
        sentence, values = sentence[first], values[first]
    return sentence, values


def _csr(sentence: np.ndarray, values: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Values grouped by sentence: (offsets[n + 1], values)."""
    order = np.argsort(sentence, kind="stable")
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(sentence, minlength=n), out=offsets[1:])
    return offsets, values[order]


def sketch(text: str) -> Sketch:
    """The sketch of one cleaned text."""
    # NFKC-normal text (nearly all of it) is normalised by a one-to-one character translation,
    # so the whole text is translated once and offsets stay those of ``text``
    flat = text.translate(_QUOTE_TABLE) if unicodedata.is_normalized("NFKC", text) else None
    found: list[str] = []
    counts, starts, ends = [], [], []
    for pos, chunk in _sentence_chunks(text):
        if not chunk.strip():
            continue
        words = _WORD.findall(flat[pos:pos + len(chunk)] if flat is not None else normalise(chunk))
        found.extend(words)
        counts.append(len(words))
        lead = len(chunk) - len(chunk.lstrip())
        starts.append(pos + lead)
        ends.append(pos + len(chunk.rstrip()))
    n = len(starts)
    rows = _VOCABULARY.ids(found)          # first: it may grow the table
    info = _VOCABULARY.table[rows]
    count_arr = np.array(counts, dtype=np.int64)
    sentence = np.repeat(np.arange(n, dtype=np.int32), count_arr)
    first_word = np.zeros(len(found), dtype=bool)
    first_word[(np.cumsum(count_arr) - count_arr)[count_arr > 0]] = True
    V = _Vocabulary
    shingles = shingle_hashes(info[:, V.TOKEN])
    c_sent, c_vals = _distinct(sentence, info[:, V.CONTENT])
    n_sent, n_vals = _distinct(sentence, info[:, V.NUMBER])
    p_sent, p_vals = _distinct(sentence[~first_word], info[~first_word, V.NAME])
    n_content = np.bincount(c_sent, minlength=n).astype(np.int32)
    n_numbers = np.bincount(n_sent, minlength=n).astype(np.int32)
    entry_sentence = np.concatenate([c_sent, n_sent])
    entries = np.concatenate([c_vals, n_vals])
    is_content = np.concatenate([np.ones(len(c_vals), np.uint8), np.zeros(len(n_vals), np.uint8)])
    order = np.argsort(entries, kind="stable")
    number_offsets, numbers = _csr(n_sent, n_vals, n)
    name_offsets, names = _csr(p_sent, p_vals, n)
    return Sketch(
        wording=minhash_crcs(_wording_crcs(found, info)),
        content=minhash_crcs(info[info[:, V.SIGNED] == 1, V.STEM_CRC]), shingles=shingles,
        starts=np.array(starts, dtype=np.int32), ends=np.array(ends, dtype=np.int32),
        n_content=n_content, n_words=n_content + n_numbers,
        words=entries[order], word_sentence=entry_sentence[order].astype(np.int32),
        word_is_content=is_content[order], number_offsets=number_offsets, numbers=numbers,
        name_offsets=name_offsets, names=names)


_QUOTE_TABLE = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})

# ------------------------------------------------------------------ storage

_FIELDS = ("wording", "content", "shingles", "starts", "ends", "n_content", "n_words", "words",
           "word_sentence", "word_is_content", "number_offsets", "numbers", "name_offsets", "names")
_DTYPES = {"word_is_content": np.uint8, "starts": np.int32, "ends": np.int32, "n_content": np.int32,
           "n_words": np.int32, "word_sentence": np.int32, "number_offsets": np.int32, "name_offsets": np.int32}
_VERSION = 1


def to_blob(sk: Sketch) -> bytes:
    """The sketch as bytes: a header of array lengths, then the arrays."""
    arrays = [np.ascontiguousarray(getattr(sk, f), dtype=_DTYPES.get(f, np.uint64)) for f in _FIELDS]
    header = np.array([_VERSION] + [len(a) for a in arrays], dtype=np.int32)
    return header.tobytes() + b"".join(a.tobytes() for a in arrays)


def from_blob(blob: bytes) -> Sketch:
    header = np.frombuffer(blob, dtype=np.int32, count=len(_FIELDS) + 1)
    if header[0] != _VERSION:
        raise ValueError(f"sketch format {header[0]}, expected {_VERSION}")
    pos, values = header.nbytes, {}
    for f, n in zip(_FIELDS, header[1:].tolist()):
        dtype = np.dtype(_DTYPES.get(f, np.uint64))
        values[f] = np.frombuffer(blob, dtype=dtype, count=n, offset=pos)
        pos += n * dtype.itemsize
    return Sketch(**values)

