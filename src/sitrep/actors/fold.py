"""Folding names into matching keys, and texts into folded token streams with offsets.

Two keys per word: the *light* key ignores case, accents and apostrophes ("Kata'ib" -> "kataib");
the *deep* key also folds transliteration variants by the data rules of ``actor_folding.json``
("Kazem" and "Kadhim" -> "kazam"). A text is cut into word tokens; a folded text is the tokens'
keys joined by single spaces, with " | " wherever punctuation or a line break stands between two
words, so a key never matches across a comma or a line. Both texts and names go through the same
code, which is what makes a name's key match the text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import itemgetter
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.nlp.memo import BoundedMemo

# a dotted acronym ("U.S.", "U.A.E."), or a word with inner apostrophes ("Kata'ib") but without a
# trailing possessive ("Sudani's" -> "Sudani")
WORD = re.compile(r"[A-Z]\.(?:[A-Z]\.)+|[^\W_]+(?:['’ʼ`ʻ´](?![sS]\b)[^\W_]+)*")
_HYPHENS = frozenset("-‐‑")
SEP = "|"


@dataclass(slots=True, frozen=True)
class Rules:
    apostrophes: str
    articles: frozenset[str]          # folded to "al" wherever they stand alone
    hyphen_articles: frozenset[str]   # folded to "al" only when hyphen-joined to the next word
    replace: tuple[tuple[str, str], ...]
    vowels: frozenset[str]
    vowel_min: int
    final_front: frozenset[str]
    letters: tuple[tuple[str, str], ...] = ()   # letters no accent stripping reaches: Turkish ı
    words: tuple[tuple[str, str], ...] = ()     # whole-word spellings too short for the vowel rule
    final_y: tuple[str, ...] = ()               # endings read as the -i ending, longest first


@lru_cache(maxsize=1)
def rules() -> Rules:
    by = {e["rule"]: e for e in load("actor_folding.json")}
    return Rules(
        apostrophes=by["apostrophes"]["chars"],
        articles=frozenset(by["articles"]["always"]),
        hyphen_articles=frozenset(by["articles"]["hyphen"]),
        replace=tuple((a, b) for a, b in by["replace"]["pairs"]),
        vowels=frozenset(by["vowels"]["chars"]),
        vowel_min=int(by["vowels"]["min_length"]),
        final_front=frozenset(by["vowels"].get("final_front", "")),
        letters=tuple((a, b) for a, b in by.get("letters", {}).get("pairs", ())),
        words=tuple((a, b) for a, b in by.get("words", {}).get("pairs", ())),
        final_y=tuple(by["vowels"].get("final_y", ())),
    )


@lru_cache(maxsize=1)
def _strip_table() -> dict[int, str | None]:
    r = rules()
    table: dict[int, str | None] = {ord(c): None for c in r.apostrophes + "."}
    # "Şırnak" and "Sirnak" are one place: the dotless ı has no accent for NFKD to strip
    table.update((ord(a), b) for a, b in r.letters)
    return table


def light(word: str) -> str:
    """Case, accents, apostrophes and dots folded away: "Kata’ib" -> "kataib", "U.S." -> "us"."""
    w = word.translate(_strip_table())
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in w if not unicodedata.combining(c))
    return w.casefold()


_LIGHT = BoundedMemo(400_000)
_DEEP: dict[str, str] = {}


def light_cached(word: str) -> str:
    return _LIGHT.get_or(word, light, word)


@lru_cache(maxsize=1)
def _word_forms() -> dict[str, str]:
    return dict(rules().words)


def deep_word(lw: str) -> str:
    """The transliteration key of one light-folded word."""
    k = _DEEP.get(lw)
    if k is not None:
        return k
    r = rules()
    w = lw
    if w in r.articles:
        w = "al"
    elif w in _word_forms():
        w = _word_forms()[w]
    else:
        for a, b in r.replace:
            if a in w:
                w = w.replace(a, b)
        w = re.sub(r"(.)\1+", r"\1", w)
        if len(w) >= r.vowel_min:
            # "Dmitry" / "Dmitri", "Valeriy" / "Valerii", "Zaluzhny" / "Zaluzhnyi": a Slavic
            # ending y, iy, yi is the -i ending ("Sunday" keeps its y: a vowel before it)
            for end in r.final_y:
                if w.endswith(end) and (len(end) > 1 or w[-2] not in r.vowels):
                    w = w[:-len(end)] + "i"
                    break
        if len(w) >= r.vowel_min and not w[0].isdigit():
            out = [w[0]]
            prev_vowel = False
            for c in w[1:]:
                if c in r.vowels:
                    if not prev_vowel:
                        out.append("a")
                    prev_vowel = True
                else:
                    out.append(c)
                    prev_vowel = False
            if prev_vowel and w[-1] in r.final_front:
                out[-1] = "i"
            w = "".join(out)
    if len(_DEEP) > 400_000:
        _DEEP.clear()
    _DEEP[lw] = w
    return w


class Folded:
    """A text cut into word tokens, with both folded forms and the offsets that map them back."""

    __slots__ = ("starts", "ends", "words", "lights", "deeps", "joined", "deep_text", "deep_off", "_caps",
                 "_light_text", "_capb")

    def __init__(self, starts: list[int], ends: list[int], words: list[str], lights: list[str],
                 deeps: list[str], joined: list[int], deep_text: str, deep_off: list[int]):
        self.starts = starts          # token offsets in the original text
        self.ends = ends
        self.words = words            # the tokens as written
        self.lights = lights
        self.deeps = deeps
        self.joined = joined          # 0: separated from the previous token, 1: space, 2: hyphen
        self.deep_text = deep_text    # " key key | key " (padded, for whole-word matching)
        self.deep_off = deep_off      # token index -> offset of its key in deep_text
        self._light_text: str | None = None
        self._caps: list[int] | None = None
        self._capb: bytearray | None = None

    @property
    def caps(self) -> list[int]:
        """Indices of the capitalised tokens (computed once: runs and context both need them)."""
        if self._caps is None:
            self._caps = list(compress(range(len(self.words)), self.capb))
        return self._caps

    @property
    def capb(self) -> bytearray:
        """1 for a capitalised token, 0 for another: ``capb.count(0, a, b)`` tells in C whether
        tokens a..b-1 are all capitalised."""
        if self._capb is None:
            self._capb = bytearray(map(str.isupper, map(itemgetter(0), self.words)))
        return self._capb

    @property
    def deep_pos(self) -> dict[int, int]:
        """Offset in ``deep_text`` of a token's key -> token index."""
        return dict(zip(self.deep_off, range(len(self.deep_off))))

    def token_at(self, off: int) -> int | None:
        """The token whose key starts at ``off`` in ``deep_text`` (None inside a key)."""
        k = bisect_left(self.deep_off, off)
        return k if k < len(self.deep_off) and self.deep_off[k] == off else None

    @property
    def light_text(self) -> str:
        """The light keys laid out like ``deep_text`` (built on first use: matching needs none)."""
        if self._light_text is None:
            self._light_text = " " + "".join(map(str.__add__, self.lights, _suffixes(self.joined)))
        return self._light_text

    def light_span(self, i: int, j: int) -> str:
        """The light key of tokens i..j-1, punctuation between them kept as '|'."""
        if j - i == 1:
            return self.lights[i]
        joined = self.joined
        parts = [self.lights[i]]
        for k in range(i + 1, j):
            if not joined[k]:
                parts.append("|")
            parts.append(self.lights[k])
        return " ".join(parts)


_GAPS: dict[str, int] = {}


def _gap_kind(gap: str) -> int:
    k = _GAPS.get(gap)
    if k is None:
        if len(gap) == 1 and gap in _HYPHENS:
            k = 2
        elif gap and gap.isspace() and "\n" not in gap:
            k = 1
        else:
            k = 0
        if len(_GAPS) < 10_000:
            _GAPS[gap] = k
    return k


# the same words, with possessive quantifiers (no backtracking into a word) for the hot split
_SPLITTER = re.compile(r"([A-Z]\.(?:[A-Z]\.)+|[^\W_]++(?:['’ʼ`ʻ´](?![sS]\b)[^\W_]++)*+)")
# what follows a token's key in a folded text, by how the next token is joined to it
_SUFFIX = {0: " | ", 1: " ", 2: " "}


def _suffixes(joined: list[int]) -> list[str]:
    out = list(map(_SUFFIX.__getitem__, joined[1:]))
    out.append(" ")
    return out


def _deep_of(word: str, lw: str) -> str:
    # short all-caps words are acronyms: "AA" and "INN" keep their letters
    if len(word) <= 5 and word.isupper():
        return lw
    return deep_word(lw)


def _fill(keys: list, words: list[str], make) -> None:
    """Fill the cache misses (None) of a mapped key list; after warm-up there are few."""
    if None in keys:
        for k in [k for k, v in enumerate(keys) if v is None]:
            keys[k] = make(words[k])


def _hyphen_articles(text: str, starts: list[int], words: list[str], lights: list[str],
                     joined: list[int], deeps: list[str]) -> None:
    """Fold hyphen-only articles joined to a capitalised name to "al": "as-Sadr", "Ash-Shami"."""
    hyph = rules().hyphen_articles
    for h in _HYPHENS:
        p = text.find(h)
        while p > 0:
            k = bisect_left(starts, p) - 1        # the token before the hyphen
            if (k >= 0 and k + 1 < len(words) and joined[k + 1] == 2 and lights[k] in hyph
                    and words[k] in (lights[k], lights[k].capitalize()) and words[k + 1][:1].isupper()):
                deeps[k] = "al"
            p = text.find(h, p + 1)


def fold_text(text: str) -> Folded:
    """Tokens of ``text`` with light and deep keys and the folded text the matcher scans.

    Per-token work is done by C-level ``map`` over per-process caches (a 5 KB article has about
    a thousand tokens; a Python-level loop over them costs as much as all the matching).
    """
    parts = _SPLITTER.split(text)          # gap, word, gap, word, ..., gap
    words = parts[1::2]
    n = len(words)
    offs = list(accumulate(map(len, parts)))
    starts = offs[0::2][:n]
    ends = offs[1::2]
    gaps = parts[2:-1:2]                   # the gaps between two words
    kinds = list(map(_GAPS.get, gaps))
    _fill(kinds, gaps, _gap_kind)
    joined = [0, *kinds] if n else []
    # one memo lookup per token for both keys: the memos outgrow the CPU caches, and a lookup
    # that misses them costs more than the rest of the token's work
    pairs = list(map(_PAIRS.get, words))
    if None in pairs:
        _fill_pairs(pairs, words)
    lights = list(map(_FIRST, pairs))
    deeps = list(map(_SECOND, pairs))
    _hyphen_articles(text, starts, words, lights, joined, deeps)
    if not n:
        return Folded(starts, ends, words, lights, deeps, joined, " ", [])
    # " key key | key ": keys and separators interleaved, joined once (no string per token)
    seq = [" "] * (2 * n + 1)
    seq[1::2] = deeps
    seq[2:-1:2] = map(_SEPARATOR.__getitem__, kinds)
    deep_off = list(accumulate(map(len, seq)))[0:-1:2]
    return Folded(starts, ends, words, lights, deeps, joined, "".join(seq), deep_off)


_SEPARATOR = {0: " | ", 1: " ", 2: " "}


_PAIRS: dict[str, tuple[str, str]] = {}
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _fill_pairs(pairs: list, words: list[str]) -> None:
    """Fill the misses of a ``_PAIRS`` lookup with (light, deep) keys, remembered."""
    if len(_PAIRS) > 400_000:
        _PAIRS.clear()
    for k in [k for k, v in enumerate(pairs) if v is None]:
        w = words[k]
        lw = light_cached(w)
        pairs[k] = _PAIRS[w] = (lw, _deep_of(w, lw))


def light_key(name: str) -> str:
    """The light key of a whole name: "Al-Sudani’s" -> "al sudani | s" style, punctuation as '|'."""
    f = fold_text(name)
    return f.light_text.strip()


def deep_key(name: str) -> str:
    """The transliteration key of a whole name, as the text matcher would see it."""
    return fold_text(name).deep_text.strip()


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The key a name merges on: deep tokens without punctuation or Arabic articles.

    "Kadhim al-Fartusi" and "Kazem Al-Fartousi" -> "kazam fartasa".
    """
    f = fold_text(name)
    deeps = f.deeps
    if f.words and f.words[0].isupper():
        # "MV Marisol Star", "M/V Marisol Star": the ship merges with its bare name
        from .cues import cues
        from .vessels import vessel_name_start
        deeps = deeps[vessel_name_start(f, cues()):]
    toks = [d for d in deeps if d != "al"] or deeps
    return " ".join(toks)
