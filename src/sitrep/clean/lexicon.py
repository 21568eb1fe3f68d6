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

KNOWN_Z = 3.0        # zipf at or above which a token is a word and never split
PART_Z = 2.5         # least zipf for a split part of 4+ letters
PART3_Z = 3.5        # 3-letter parts: wordfreq's large list holds many junk trigrams

# Function words: split parts that make glue unmistakable, and the lowercase side of "theGaza".
FUNC = frozenset("""a an the of in on at to by for from with and or but as is was are were be
been being has had have that this these those its his her their our my your into onto over under
after before between against during via than near across toward towards about amid among said
says not also which who whose where when while if then so no nor both all any each every some such
will would can could should may might must did do does he she it we they you him them""".split())
TWO = frozenset("of to in on at by is it as be he we me my no so up us an or do go if am".split())

RUN = re.compile(r"[^\W\d_]+")       # a letter run


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

            zipf = _zipf_dict(_english_buckets())
            # Web text glues "of the" often enough for wordfreq to list "ofthe": not a word.
            glue = {a + b for a in FUNC for b in FUNC if a != b and a + b in zipf
                    and zipf[a] + zipf[b] - 9.0 >= zipf[a + b] + 2.5}
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
