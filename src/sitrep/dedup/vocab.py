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


# a month as AP and many desks abbreviate it before a day ("Aug. 5"), and as another outlet writes it
# out ("August 5"): one name, not a swapped one
_MONTH_ABBR = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
               "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
               "dec": "december"}


def fold(word: str) -> str:
    """The form a word is compared by in sentence alignment: without its possessive ("Kosovo's" is
    Kosovo) and without diacritics ("Vučić" is "Vucic"), as rewrites, wires and re-translations
    write the same names either way; an abbreviated month is the month ("Aug" is "august"). Shingles
    keep the word as written: a copy copies it."""
    if word.endswith("'s") and len(word) > 3:
        word = word[:-2]
    if word in _MONTH_ABBR:
        return _MONTH_ABBR[word]
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
        words = list(words)
        start = len(self.rows)
        end = start + len(words)
        stops = stopwords()
        # every hash of the new words is computed in one pass and put in place by one numpy
        # assignment: hashing word by word into Python ints and a list of tuples cost several
        # times the hashing (``stable_hash`` values, as ``_hashes`` computes them)
        token, content, number, name = [], [], [], []      # (row, what to hash) per column kind
        for row, word in enumerate(words, start):
            low = word.casefold()
            token.append(low)
            stop = low in stops
            figure = number_of(low)
            key = fold(low)
            # the content hash goes in SIGNED (longer than 2) and CONTENT (no number, longer than
            # 1); a word in neither needs none
            if not stop and (len(low) > 2 or (not figure and len(low) > 1)):
                content.append((row, stem(key), len(low) > 2, not figure and len(low) > 1))
            if figure:
                number.append((row, figure))
            if word[:1].isupper() and not stop:
                name.append((row, key))
        while end > len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        table = self.table
        table[start:end] = 0
        table[start:end, TOKEN] = _hashes(_TOKEN_SALT, token)
        if content:
            rows, stems, signed, aligned = zip(*content)
            hashes = _hashes(_CONTENT_SALT, stems)
            rows_arr = np.array(rows, dtype=np.intp)
            signed_arr, aligned_arr = np.array(signed, dtype=bool), np.array(aligned, dtype=bool)
            table[rows_arr[signed_arr], SIGNED] = hashes[signed_arr]
            table[rows_arr[aligned_arr], CONTENT] = hashes[aligned_arr]
        if number:
            rows, figures = zip(*number)
            table[list(rows), NUMBER] = _hashes(_NUMBER_SALT, figures)
        if name:
            rows, keys = zip(*name)
            table[list(rows), NAME] = _hashes(_NAME_SALT, keys)
        self.rows.update(zip(words, range(start, end)))


def _salt(prefix: str) -> "hashlib._Hash":
    return hashlib.blake2b(prefix.encode("utf-8"), digest_size=8)


# a hash state fed its prefix once: a copy fed the rest is ``stable_hash(prefix + rest)``, and
# copying costs about half of making a new one
_TOKEN_SALT, _CONTENT_SALT, _NUMBER_SALT, _NAME_SALT = _salt("t:"), _salt("c:"), _salt("n:"), _salt("p:")


def _hashes(salt: "hashlib._Hash", texts: Iterable[str]) -> np.ndarray:
    """``stable_hash(prefix + text)`` of each of ``texts`` (``salt`` fed the prefix), as uint64."""
    digests = []
    for text in texts:
        state = salt.copy()
        state.update(text.encode("utf-8"))
        digests.append(state.digest())
    return np.frombuffer(b"".join(digests), dtype="<u8").astype(np.uint64)


VOCABULARY = Vocabulary()
