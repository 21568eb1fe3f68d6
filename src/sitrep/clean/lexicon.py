"""Known English words for the glue repair: wordfreq's list as word -> zipf, plus extra names.

Loading the list takes about a second, so the default lexicon is made once per process; a run
that knows its actors and places adds them once (``with_names``), never per document.
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

KNOWN_Z = 3.0        # zipf at or above which a token is a word and never split
PART_Z = 2.5         # least zipf for a split part of 4+ letters
PART3_Z = 3.5        # 3-letter parts: wordfreq's large list holds many junk trigrams

# Function words: split parts that make glue unmistakable, and the lowercase side of "theGaza".
FUNC = frozenset("""a an the of in on at to by for from with and or but as is was are were be
been being has had have that this these those its his her their our my your into onto over under
after before between against during via than near across toward towards about amid among said
says not also which who whose where when while if then so no nor both all any each every some such
will would can could should may might must did do does he she it we they you him them
since until upon within without despite through throughout
two three four five six seven eight nine ten dozens hundreds thousands""".split())
# (the last lines: prepositions, and the number words that count what follows them, glued as
# often as "the": "sinceSeptember", "twocivilians")
TWO = frozenset("of to in on at by is it as be he we me my no so up us an or do go if am".split())

RUN = re.compile(r"[^\W\d_]+")       # a letter run


@lru_cache(maxsize=1)
def misjoins() -> frozenset[str]:
    """Tokens wordfreq lists only because web text glues two words ("atleast"): never a word."""
    from sitrep.knowledge import wordlist
    return frozenset(w.strip().lower() for w in wordlist("glue_misjoins.txt") if w.strip())


# The big word sets are dicts with None values: a set is a container the garbage collector
# walks on every full collection (30 ms for these), a dict of strings and None it never tracks.
# Membership tests and ``set.difference(dict)`` cost the same.
WordSet = dict[str, None]


def word_set(words: Iterable[str]) -> WordSet:
    return dict.fromkeys(words)


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Known words: wordfreq's English list (load once, as a dict word->zipf) plus extra names."""

    zipf_of: dict[str, float]        # shared between lexicons, never mutated
    known: WordSet                   # zipf >= KNOWN_Z: never split
    # known words as written ("The"), small numbers: skip at once. A frozenset, unlike the other
    # sets: every document's tokens are looked up in it (``set.difference``), and a set answers
    # that ~0.05 ms per document faster than a dict; the collector walks it (~15 ms) only on the
    # rare full collections
    plain: frozenset[str]
    parts: WordSet                   # words that may be one part of a split (with extra words)
    extra: frozenset[str]            # lower-cased extra words and name parts

    @classmethod
    def default(cls) -> "Lexicon":
        """Cached singleton; includes knowledge wordlist "lexicon_extra.txt" if present."""
        lex = _CACHE.get("default")
        if lex is None:
            from sitrep.knowledge import wordlist

            zipf = english_zipf()
            # Web text glues "of the" often enough for wordfreq to list "ofthe": not a word.
            glue = {a + b for a in FUNC for b in FUNC if a != b and a + b in zipf
                    and zipf[a] + zipf[b] - 9.0 >= zipf[a + b] + 2.5}
            glue |= misjoins()
            known = word_set(w for w, z in zipf.items() if z >= KNOWN_Z and w not in glue)
            plain = frozenset([*known, *(w.capitalize() for w in known), *(str(n) for n in range(10000))])
            parts = word_set([*(w for w, z in zipf.items()
                                if len(w) >= 3 and z >= (PART3_Z if len(w) == 3 else PART_Z)), *TWO])
            lex = cls(zipf, known, plain, parts, frozenset())
            lex = _CACHE["default"] = lex.with_names(wordlist("lexicon_extra.txt"))
        return lex

    def with_names(self, names: Iterable[str]) -> "Lexicon":
        """A lexicon that also knows ``names`` (actors, places); each word of a name counts.

        Builds new sets (~2 ms for 1,000 names): make it once per run, not per document."""
        extra: set[str] = set()
        for name in names:
            low = name.strip().lower()
            extra.update(p for p in RUN.findall(low) if len(p) >= 3)
            if len(low) >= 3 and not any(c.isspace() for c in low):
                extra.add(low)                # whole single tokens too ("youtube", "chatgpt")
        extra -= self.extra
        if not extra:
            return self
        return Lexicon(self.zipf_of, self.known, self.plain, {**self.parts, **word_set(extra)},
                       self.extra | extra)

    def is_word(self, token: str) -> bool:
        w = token.lower()
        return w in self.known or w in self.extra


_CACHE: dict[str, Lexicon] = {}


def _english_buckets() -> list[list[str]]:
    """wordfreq's large English list (``wordfreq.get_frequency_list("en", "large")``): bucket i
    holds the words of frequency -i centibels. Read straight from its data file: importing
    wordfreq pulls in its tokenizers and ftfy (0.1-0.4 s of every run's startup)."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    folder = (spec.submodule_search_locations or [None])[0] if spec else None
    path = os.path.join(folder, "data", "large_en.msgpack.gz") if folder else ""
    if not os.path.exists(path):              # another layout: ask wordfreq itself
        import wordfreq
        buckets = wordfreq.get_frequency_list("en", "large")
        # wordfreq keeps the bucket lists: lists the garbage collector walks on every full
        # collection (15 ms)
        wordfreq.get_frequency_list.cache_clear()
        return buckets
    import gzip

    import msgpack                            # wordfreq's own dependency, for its data files

    with gzip.open(path, "rb") as infile:
        data = msgpack.load(infile, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"unexpected wordfreq data header in {path}: {header!r}")
    return data[1:]


@lru_cache(maxsize=1)
def english_zipf() -> dict[str, float]:
    """wordfreq's large English list as word -> unrounded zipf, read once per process and shared:
    the glue repair, the place filter and the actor cues all ask it."""
    buckets = _english_buckets()
    zipf = _zipf_dict(buckets)
    # zipf_frequency's rounded value for each bucket, keyed by the bucket's unrounded float (the
    # same float object value for every word of a bucket, distinct between buckets)
    _ROUNDED.update((math.log10(10 ** (-i / 100)) + 9.0, _rounded_zipf(i))
                    for i, bucket in enumerate(buckets) if bucket)
    return zipf


_ROUNDED: dict[float, float] = {}


def _rounded_zipf(index: int) -> float:
    """``wordfreq.zipf_frequency`` of a one-token word of bucket ``index``, step by step as
    wordfreq computes it: frequency, combined over one token, rounded to 3 significant digits,
    then to the Zipf scale rounded to 2 decimals."""
    freq = 1.0 / (0.0 + 1.0 / 10 ** (-index / 100))
    unrounded = max(freq, 10 ** 0.0 / 1e9)
    freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


# wordfreq's tokenizer splits a French-style particle ("l'a", "o'he") off a word: such words are
# left to wordfreq itself
_VOWEL = frozenset("AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ")
_ALPHABETIC = ("LATIN", "CYRILLIC", "GREEK")


def zipf_frequency(word: str) -> float | None:
    """``wordfreq.zipf_frequency(word, "en")`` for a lowercase word that wordfreq's tokenizer
    keeps as one token (letters of an alphabetic script, apostrophes inside, "u.s."), read from
    the shared list without importing wordfreq (its tokenizer, regex, ftfy and langcodes cost
    ~0.2 s of every run); None for any other word, which the caller asks wordfreq."""
    if word.isascii() and word.isalpha() and word.islower():
        key: str | None = word
    else:
        key = _TOKEN.get(word, "")
        if key == "":
            if len(_TOKEN) >= _TOKEN_SIZE:       # bounded: a corpus's odd words never stop coming
                _TOKEN.clear()
            key = _TOKEN[word] = _token(word)
        if key is None:
            return None
    z = english_zipf().get(key)
    return 0.0 if z is None else _ROUNDED[z]


_TOKEN: dict[str, str | None] = {}
_TOKEN_SIZE = 50_000


def _token(word: str) -> str | None:
    """The one token wordfreq's tokenizer makes of ``word``, or None if it may make another."""
    import unicodedata

    if not word or word.casefold() != word or unicodedata.normalize("NFC", word) != word:
        return None
    if "." in word:
        # initials: the dots inside stay, a final one goes ("u.s." -> "u.s")
        token = word[:-1] if word.endswith(".") else word
        parts = token.split(".")
    else:
        # a straight apostrophe splits a particle off ("l'aube"); a curly one does not, as wordfreq
        # uncurls after tokenizing
        first = word.find("'")
        if 0 < first <= 2 and word[first + 1:first + 2] in _VOWEL:
            return None
        token = word.replace("\u2019", "'")
        parts = token.split("'")
    if any(not p.isalpha() for p in parts):       # digits, marks, other punctuation, edge marks
        return None
    if all(c.isascii() or unicodedata.name(c, "").startswith(_ALPHABETIC) for p in parts for c in p):
        return token
    return None


def _zipf_dict(buckets: list[list[str]]) -> dict[str, float]:
    """wordfreq's English list as word -> zipf: the values of ``log10(get_frequency_dict()[w]) + 9``,
    computed once per frequency bucket (a few hundred) instead of once per word (321,000)."""
    zipf: dict[str, float] = {}
    for index, bucket in enumerate(buckets):
        if bucket:
            # the same float as ``get_frequency_dict`` gives every word of the bucket
            # (``cB_to_freq``: 10 ** (cB / 100)); a word in two buckets takes the later one's, as there
            zipf.update(dict.fromkeys(bucket, math.log10(10 ** (-index / 100)) + 9.0))
    return zipf


class PerLexicon:
    """Bounded per-process caches of what a token is under one lexicon: names and odd tokens
    recur across a corpus, so each is analysed once (cleared when full)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._caches: dict[Lexicon, dict] = {}

    def get(self, lex: Lexicon) -> dict:
        cache = self._caches.get(lex)
        if cache is None:
            if len(self._caches) >= 4:        # lexicons are made once per run; keep a few
                self._caches.clear()
            cache = self._caches[lex] = {}
        elif len(cache) >= self.size:
            cache.clear()
        return cache
