"""A document's compact, numeric form for duplicate search: computed once per document in the map
step, stored as a BLOB, read back when a pair is verified.

Words become stable 64-bit hashes (``vocab``), so that verifying a pair is arithmetic on sorted
numpy arrays instead of Python sets of strings, and the corpus step never holds the texts.

A sketch holds:
- MinHash signatures (``minhash``) of word 5-gram shingles (wording) and of content words
- the shingles themselves, hashed, for exact 5-gram containment
- per sentence: span, and counts of content words, numbers and names
- the sentences' distinct content words, numbers and names as one array of hashes sorted by value
  (with their sentence and kind), so that the words two sentences share, for every pair of
  sentences of two documents, come from one join
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from sitrep.dedup import vocab
from sitrep.dedup.dateline_credit import without_credit
from sitrep.dedup.fingerprint import _SENTENCE, _WORD, SHINGLE, normalise, number_of
from sitrep.dedup.minhash import mix, signature
from sitrep.dedup.vocab import stable_hash  # noqa: F401  (public here before ``vocab`` existed)

_MULT = np.uint64(0x9E3779B97F4A7C15)
_NO_HASH = np.zeros(0, dtype=np.uint64)
# kinds of entries in ``Sketch.words``, in the order of the table columns they come from
CONTENT, NUMBER, NAME = 0, 1, 2
assert (vocab.NUMBER - vocab.CONTENT, vocab.NAME - vocab.CONTENT) == (NUMBER, NAME)
KINDS = 3
N_WORDS = 3                 # ``Joinable.counts``: content words and numbers


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
    return sorted_unique(out)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` for short arrays (numpy 2's hash-based unique costs several times a sort)."""
    out = np.sort(values)
    if len(out) > 1:
        new = np.empty(len(out), dtype=bool)
        new[0] = True
        np.not_equal(out[1:], out[:-1], out=new[1:])
        out = out[new]
    return out


@dataclass(slots=True)
class Joinable:
    """What verifying a pair needs of one sketch, derived in memory once per sketch (never
    stored): the entries of the sentences long enough to align, and their distinct values."""

    entries: np.ndarray         # entry hashes, sorted, uint64
    sentence: np.ndarray        # per entry: its sentence, intp
    code: np.ndarray            # per entry: sentence * KINDS + kind, intp
    values: np.ndarray          # the distinct hashes, sorted
    padded: np.ndarray          # values, then 0 (read by a search past the end; no entry hashes to 0)
    first: np.ndarray           # per value (and one more): index of its first entry
    count: np.ndarray           # per value (and one more, 0): its entries (sentences holding it)
    counts: list[list[int]]     # per sentence: ``Sketch.counts``, then N_WORDS (content words + numbers)
    n_words9: np.ndarray        # per sentence: 9 x N_WORDS (the Dice test in integers)
    usable: int                 # sentences long enough to align


@dataclass(slots=True)
class Sketch:
    wording: np.ndarray         # MinHash of shingles, uint64[NUM_PERM]
    content: np.ndarray         # MinHash of content words, uint64[NUM_PERM]
    shingles: np.ndarray        # sorted distinct shingle hashes, uint64
    starts: np.ndarray          # per sentence: span in the text, int32
    ends: np.ndarray
    counts: np.ndarray          # per sentence: distinct content words, numbers, names, int32[n, KINDS]
    words: np.ndarray           # distinct (sentence, hash) entries, sorted by hash (then sentence), uint64
    word_sentence: np.ndarray   # the sentence of each entry, int32
    word_kind: np.ndarray       # CONTENT, NUMBER or NAME, uint8
    _joinable: Joinable | None = field(default=None, init=False, repr=False, compare=False)
    _figures: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def n_content(self) -> np.ndarray:
        return self.counts[:, CONTENT]

    @property
    def n_words(self) -> np.ndarray:
        """Per sentence: content words and numbers (what sentence similarity counts)."""
        return self.counts[:, CONTENT] + self.counts[:, NUMBER]

    @property
    def usable(self) -> int:
        return self.joinable().usable

    def joinable(self) -> Joinable:
        if self._joinable is None:
            self._joinable = _joinable(self)
        return self._joinable

    def sentence_numbers(self, i: int) -> frozenset[int]:
        return self._of(i, NUMBER)

    def sentence_names(self, i: int) -> frozenset[int]:
        return self._of(i, NAME)

    def _of(self, i: int, kind: int) -> frozenset[int]:
        return frozenset(self.words[(self.word_sentence == i) & (self.word_kind == kind)].tolist())


def _joinable(sk: Sketch) -> Joinable:
    # a sketch is read (and this derived) ~3 times per document when a corpus is linked: written
    # with as few numpy calls as it takes, whose fixed cost is most of the work on arrays this small
    counts = sk.counts
    usable = counts[:, CONTENT] >= _min_content()
    # a sentence too short to align never takes part in a join (``compare._cells``)
    n_usable = int(np.count_nonzero(usable))
    if n_usable == len(usable):     # the common case: no entry to leave out
        entries, sentence, kinds = sk.words, sk.word_sentence.astype(np.intp), sk.word_kind
    else:
        keep = usable[sk.word_sentence]
        entries, sentence, kinds = sk.words[keep], sk.word_sentence[keep].astype(np.intp), sk.word_kind[keep]
    code = sentence * KINDS
    code += kinds
    m = len(entries)
    new = np.empty(m + 1, dtype=bool)
    new[:1] = True
    np.not_equal(entries[1:], entries[:-1], out=new[1:m])
    new[m] = True                   # one past the end: closes the last value's run
    bounds = np.flatnonzero(new)    # each value's first entry, then m
    k = len(bounds) - 1
    first = np.zeros(k + 1, dtype=np.intp)      # padded with 0 (read by a search past the end)
    first[:k] = bounds[:k]
    count = np.zeros(k + 1, dtype=np.intp)      # padded with 0 entries
    np.subtract(bounds[1:], bounds[:k], out=count[:k])
    padded = np.zeros(k + 1, dtype=np.uint64)   # padded with 0: no entry hashes to 0
    padded[:k] = entries[first[:k]]
    table = np.empty((len(counts), KINDS + 1), dtype=np.intp)
    table[:, :KINDS] = counts
    n_words = table[:, KINDS]
    np.add(counts[:, CONTENT], counts[:, NUMBER], out=n_words)
    return Joinable(entries, sentence, code, padded[:k], padded, first, count, table.tolist(), 9 * n_words, n_usable)


@lru_cache(maxsize=1)
def _min_content() -> int:
    from sitrep.dedup.compare import MIN_CONTENT     # compare imports this module
    return MIN_CONTENT


def sentence_keys(sk: Sketch, min_words: int = 5) -> np.ndarray:
    """One 64-bit key per sentence of at least ``min_words`` content words and numbers: a hash
    of the set of them, so that a sentence copied as it is (re-punctuated, re-quoted) keeps its
    key and a sentence with one name or figure swapped does not."""
    n_words = sk.counts[:, CONTENT] + sk.counts[:, NUMBER]
    wanted = n_words >= min_words
    if not wanted.any():
        return _NO_HASH
    keep = sk.word_kind != NAME
    mixed = sk.words[keep] * _MULT
    mixed ^= mixed >> np.uint64(31)
    # xor is order-free: a set's key whatever order its words come in
    keys = np.zeros(len(n_words), dtype=np.uint64)
    np.bitwise_xor.at(keys, sk.word_sentence[keep], mixed)
    return sorted_unique(keys[wanted])


def _split(text: str) -> tuple[list[str], list[int], list[int], list[int]]:
    """The words of each sentence that has any (flattened), their counts, and the sentences' spans
    (as ``fingerprint.sentences`` splits and strips them; a sentence without words never aligns)."""
    bounds, pos = [], 0
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        bounds.append((pos, start))
        pos = end
    bounds.append((pos, len(text)))
    # NFKC-normal text (nearly all of it) is normalised by a one-to-one character translation,
    # so the whole text is translated once and offsets stay those of ``text``
    if unicodedata.is_normalized("NFKC", text):
        flat = text
        for quote, plain in _QUOTE_PAIRS:       # str.replace: far cheaper than str.translate
            if quote in flat:
                flat = flat.replace(quote, plain)
        # on ASCII text [^\W_] is [A-Za-z0-9]: a range test instead of a Unicode category lookup
        findall = _ASCII_WORD.findall if flat.isascii() else _WORD_SEARCH.findall
        per_sentence = [findall(flat, start, end) for start, end in bounds]
        # a dateline's agency credit is no word of the report (``dateline_credit``)
        per_sentence = [without_credit(flat, start, end, words, findall)
                        for (start, end), words in zip(bounds, per_sentence)]
    else:
        per_sentence = []
        for start, end in bounds:
            part = normalise(text[start:end])
            # the dateline credit and date are no words of the report here too (``dateline_credit``)
            per_sentence.append(without_credit(part, 0, len(part), _WORD_SEARCH.findall(part), _WORD_SEARCH.findall))
    if "hundred" in text or "thousand" in text or "Hundred" in text or "Thousand" in text:
        per_sentence = [_spelled_out(words) if any(w.casefold() in _MULTIPLIERS for w in words) else words
                        for words in per_sentence]
    found: list[str] = []
    counts: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for (start, end), words in zip(bounds, per_sentence):
        if words:
            found += words
            counts.append(len(words))
            if text[start].isspace() or text[end - 1].isspace():
                chunk = text[start:end]
                start, end = end - len(chunk.lstrip()), start + len(chunk.rstrip())
            starts.append(start)
            ends.append(end)
    return found, counts, starts, ends


_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def _spelled_out(words: list[str]) -> list[str]:
    """``words`` with each figure written in words or in parts made one figure, as a wire writes it
    and a translation spells it: "three hundred" -> "300", "1.5 thousand" -> "1500", "one hundred
    and six" -> "106", "39 thousand 965" -> "39965", "two thousand three hundred" -> "2300"."""
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        end, value = _figure_run(words, i)
        if value is None:
            out.append(words[i])
            i += 1
        else:
            out.append(value)
            i = end
    return out


def _figure_run(words: list[str], i: int) -> tuple[int, str | None]:
    """(end, figure) of a figure written in several words from ``words[i]`` on, or (i, None) when
    none starts there. A part joins the figure only after a multiplier and below it ("hundred
    and six", "thousand 965"): two figures side by side ("between 300 and 400", "2024 15") stay two."""
    first = number_of(words[i].casefold())
    if first is None or i + 1 >= len(words):
        return i, None
    # "a hundred and six": the multiplier itself may open the figure
    total, current, scale = 0.0, float(first), _MULTIPLIERS.get(words[i].casefold(), 0)
    k, n = i + 1, len(words)
    while k < n:
        low = words[k].casefold()
        times = _MULTIPLIERS.get(low)
        if times == 100 and current and current < 100:
            current, scale = current * 100, 100
        elif times == 1000 and current:
            total, current, scale = total + current * 1000, 0.0, 1000
        elif scale:
            # "and" between a multiplier and the part it adds, as British English writes it
            at = k + 1 if low == "and" and k + 1 < n else k
            part = number_of(words[at].casefold())
            if part is None or not part.isdigit() or int(part) >= scale:
                break
            current, scale, k = current + int(part), 0, at
        else:
            break
        k += 1
    if k == i + 1:
        return i, None
    return k, str(round(total + current))


def sketch(text: str) -> Sketch:
    """The sketch of one cleaned text."""
    found, counts, starts, ends = _split(text)
    n = len(counts)
    rows = vocab.VOCABULARY.ids(found)          # first: it may grow the table
    info = vocab.VOCABULARY.table[rows]         # a copy: written below
    count_arr = np.array(counts, dtype=np.intp)
    shingles = shingle_hashes(info[:, vocab.TOKEN])
    signed = info[:, vocab.SIGNED]
    signed = signed[signed != 0]
    if n:
        # a capital at the start of a sentence makes no name
        info[np.cumsum(count_arr) - count_arr, vocab.NAME] = 0
    # the (word, kind) entries, kinds in the order of their table columns
    entries = info[:, vocab.CONTENT:vocab.NAME + 1].ravel()
    at = np.flatnonzero(entries)
    values = entries[at]
    word, kind = np.divmod(at, KINDS)
    entry_sentence = np.repeat(np.arange(n, dtype=np.int32), count_arr)[word]
    # entries come in text order, so a stable sort by value keeps each value's sentences in order
    order = np.argsort(values, kind="stable")
    values, entry_sentence, kind = values[order], entry_sentence[order], kind[order]
    if len(values) > 1:
        first = np.empty(len(values), dtype=bool)
        first[0] = True
        np.not_equal(values[1:], values[:-1], out=first[1:])
        first[1:] |= entry_sentence[1:] != entry_sentence[:-1]
        values, entry_sentence, kind = values[first], entry_sentence[first], kind[first]
    per_sentence = np.bincount(entry_sentence * KINDS + kind, minlength=n * KINDS)
    return Sketch(
        wording=signature(mix(shingles)), content=signature(signed), shingles=shingles,
        starts=np.array(starts, dtype=np.int32), ends=np.array(ends, dtype=np.int32),
        counts=per_sentence.reshape(n, KINDS).astype(np.int32), words=values,
        word_sentence=entry_sentence, word_kind=kind.astype(np.uint8))


@lru_cache(maxsize=1)
def _common_numbers() -> np.ndarray:
    """Hashes of the numbers too common to tell a story: counts up to 12 and years."""
    values = [str(n) for n in range(13)] + [str(y) for y in range(1900, 2101)]
    return np.array(sorted(vocab.stable_hash("n:" + v) for v in values), dtype=np.uint64)


def specific_figures(sk: Sketch) -> np.ndarray:
    """The distinct specific figures of a text (hashed, sorted), common numbers left out: any two
    articles on one conflict share "two", "2024" or "10", but not their tolls and counts."""
    # asked ~7 times per sketch while a corpus is linked: kept with the sketch (read-only)
    if sk._figures is None:
        numbers = sorted_unique(sk.words[sk.word_kind == NUMBER])
        common = _common_numbers()
        # membership by one search in the sorted common numbers (np.isin costs several times more
        # on arrays this small)
        at = np.searchsorted(common, numbers)
        np.minimum(at, len(common) - 1, out=at)
        figures = numbers[common[at] != numbers]
        figures.flags.writeable = False
        sk._figures = figures
    return sk._figures


_QUOTE_TABLE = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})
_QUOTE_PAIRS = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " "))


def _factored(pattern: str) -> str:
    """``fingerprint._WORD``'s pattern with its three ``(?<=\\d)`` alternatives as one lookbehind
    and a look at the next character (the same matches: a lookbehind matches no text, and the
    alternatives keep their order); the regex engine then tests one lookbehind after each word
    instead of three (a fifth of the word search). Another pattern is left as it is."""
    parts = (r"['.-][^\W_]++", r"|(?<=\d),\d{3}(?![^\W_])", r"|(?<=\d),\d{1,2}(?![^\W_]|,\d)",
             r"|(?<=\d)(?<!\d{4})[ \u00a0]\d{3}(?![^\W_])")
    if pattern != r"[^\W_]++(?:" + "".join(parts) + ")*+":
        return pattern
    return (r"[^\W_]++(?:" + parts[0] + r"|(?<=\d)(?=[, \u00a0])(?:" + parts[1][len(r"|(?<=\d)"):]
            + "|" + parts[2][len(r"|(?<=\d)"):] + "|" + parts[3][len(r"|(?<=\d)"):] + "))*+")


_WORD_SEARCH = re.compile(_factored(_WORD.pattern))
_ASCII_WORD = re.compile(_WORD_SEARCH.pattern.replace("[^\\W_]", "[A-Za-z0-9]"))
assert _ASCII_WORD.pattern.count("[A-Za-z0-9]") == 5

# ------------------------------------------------------------------ storage

# widest first: after the 40-byte header every array starts at a multiple of its item size (numpy
# on misaligned memory is several times slower, and verification reads sketches from blobs)
_FIELDS = ("wording", "content", "shingles", "words", "starts", "ends", "counts", "word_sentence", "word_kind")
_DTYPES = {"starts": np.int32, "ends": np.int32, "counts": np.int32, "word_sentence": np.int32,
           "word_kind": np.uint8}
# 9: no sentence ends after an abbreviated month before its day ("Feb. 7": ``fingerprint._SENTENCE``) or
# after a title before a name ("Brig. Gen. Faizal"); an abbreviated month folded to the month (``vocab.fold``);
# 10: a dateline's date left out of the words with its credit, also in text that is not NFKC-normal
# (``dateline_credit``);
# 8: a dateline's agency credit left out of the words (``dateline_credit``);
# 7: lead keys (the lead's day and toll: ``lsh.lead_key_array``) among a sketch's bucket keys;
# 6: figures written in several words made one ("one hundred and six": ``_spelled_out``) and
# thousands set apart by spaces ("13 350": ``fingerprint._WORD``);
# 4: thousands commas kept inside figures, figure-pair bucket keys (``lsh.figure_keys``);
# 3: content words and names folded (possessive, diacritics: ``vocab.fold``); 2: one-permutation
# MinHash, names and numbers among the sentence entries (1: classic MinHash of CRC-32s, names and
# numbers per sentence apart); a blob of another version is recomputed, never read
SKETCH_VERSION = 10
VERSION_PREFIX = np.array([SKETCH_VERSION], dtype=np.int32).tobytes()   # a blob's first bytes


def is_current(blob: bytes) -> bool:
    """Whether a stored sketch was made by this version (else: sketch the text again; its
    signatures and LSH buckets are stale too). In SQL: ``substr(sketch, 1, 4) = VERSION_PREFIX``."""
    return blob[:len(VERSION_PREFIX)] == VERSION_PREFIX


def to_blob(sk: Sketch) -> bytes:
    """The sketch as bytes: a header of the version and array lengths, then the arrays."""
    arrays = [np.ascontiguousarray(getattr(sk, f), dtype=_DTYPES.get(f, np.uint64)) for f in _FIELDS]
    header = np.array([SKETCH_VERSION] + [a.size for a in arrays], dtype=np.int32)
    return header.tobytes() + b"".join(a.tobytes() for a in arrays)


def from_blob(blob: bytes) -> Sketch:
    header = np.frombuffer(blob, dtype=np.int32, count=len(_FIELDS) + 1)
    if header[0] != SKETCH_VERSION:
        raise ValueError(f"sketch format {header[0]}, expected {SKETCH_VERSION}: sketch the document again")
    pos, values = header.nbytes, {}
    for f, n in zip(_FIELDS, header[1:].tolist()):
        dtype = np.dtype(_DTYPES.get(f, np.uint64))
        values[f] = np.frombuffer(blob, dtype=dtype, count=n, offset=pos)
        if not values[f].flags.aligned:     # a buffer that does not start 8-aligned
            values[f] = values[f].copy()
        pos += n * dtype.itemsize
    values["counts"] = values["counts"].reshape(-1, KINDS)
    return Sketch(**values)
