"""Per-process word table for sketching: each distinct word (as found, case kept) is hashed once,
and a document's words then become table rows by one dict lookup each; everything after that is
numpy on the rows.

Hashes are stable 64-bit values (the same in every process and every run, so a sketch stored by
one ingest compares with one computed by the next). Each kind of hash is salted with its own
prefix, so that a content word, a number and a name never share a value.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from itertools import repeat

import numpy as np

from sitrep.dedup.fingerprint import number_of, stem, stopwords

# distinct words remembered per process: when full, the table starts again (hashes are stable, so
# sketches do not change). Names and figures keep coming in news, so a larger table kept growing
# with the corpus (~15 new words per article: 25 MB over 10,000 articles); 65,536 words hold a
# news vocabulary's common words, and refilling after a reset costs ~0.1 s
MAX_WORDS = 1 << 16
# columns of the table; a hash is 0 where the word is not of that kind
TOKEN = 0                   # the word itself, lower-cased (for shingles)
SIGNED = 1                  # in the content signature: not a stopword, longer than 2 characters
CONTENT = 2                 # content word (stemmed; no stopword, no number) for sentence alignment
NUMBER = 3                  # the number it writes ("12", "twelve" and "1,2" alike)
NAME = 4                    # capitalised, not a stopword
COLUMNS = 5


def stable_hash(text: str, _blake2b=hashlib.blake2b, _from_bytes=int.from_bytes) -> int:
    """A 64-bit hash of ``text``, the same in every process (``hash()`` is salted per process)."""
    return _from_bytes(_blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def fold(word: str) -> str:
    """The form a word is compared by in sentence alignment: without its possessive ("Kosovo's" is
    Kosovo) and without diacritics ("Vučić" is "Vucic"), as rewrites, wires and re-translations
    write the same names either way. Shingles keep the word as written: a copy copies it."""
    if word.endswith("'s") and len(word) > 3:
        word = word[:-2]
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word


class Vocabulary:
    """Distinct words with their hashes as table rows (columns above)."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.table = np.zeros((4096, COLUMNS), dtype=np.uint64)

    def ids(self, found: list[str]) -> np.ndarray:
        """The table rows of ``found`` (adding the words not seen yet); read ``table`` after
        this call, since adding may replace it."""
        rows = self.rows
        if not found:
            return np.zeros(0, dtype=np.intp)
        # one lookup per word, -1 for a word not seen yet (a new document brings a few dozen:
        # names); only those are looked at again
        at = np.fromiter(map(rows.get, found, repeat(-1)), dtype=np.intp, count=len(found))
        unseen = np.flatnonzero(at < 0)
        if len(unseen):
            new = {found[i] for i in unseen.tolist()}
            if len(rows) + len(new) > MAX_WORDS:
                rows.clear()
                self._add(set(found))
                return np.fromiter(map(rows.__getitem__, found), dtype=np.intp, count=len(found))
            self._add(new)
            at[unseen] = [rows[found[i]] for i in unseen.tolist()]
        return at

    def _add(self, words: Iterable[str]) -> None:
        """Append table rows for ``words`` (none of them in the table yet)."""
        start = len(self.rows)
        values = []
        stops = stopwords()
        for word in words:
            low = word.casefold()
            stop = low in stops
            number = number_of(low)
            key = fold(low)
            content = stable_hash("c:" + stem(key)) if not stop else 0
            values.append((stable_hash("t:" + low),
                           content if len(low) > 2 else 0,
                           content if not number and len(low) > 1 else 0,
                           stable_hash("n:" + number) if number else 0,
                           stable_hash("p:" + key) if word[:1].isupper() and not stop else 0))
            self.rows[word] = start + len(values) - 1
        end = start + len(values)
        while end > len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        self.table[start:end] = np.array(values, dtype=np.uint64).reshape(-1, COLUMNS)


VOCABULARY = Vocabulary()
