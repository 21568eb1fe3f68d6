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
from itertools import accumulate
from dataclasses import dataclass
from functools import lru_cache

from sitrep.knowledge import load

# a dotted acronym ("U.S.", "U.A.E."), or a word with inner apostrophes ("Kata'ib") but without a
# trailing possessive ("Sudani's" -> "Sudani")
WORD = re.compile(r"(?=[A-Z]\.[A-Z]\.)(?:[A-Z]\.)+|[^\W_]+(?:['’ʼ`ʻ´](?![sS]\b)[^\W_]+)*")
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
    )


@lru_cache(maxsize=1)
def _strip_table() -> dict[int, None]:
    return {ord(c): None for c in rules().apostrophes + "."}


def light(word: str) -> str:
    """Case, accents, apostrophes and dots folded away: "Kata’ib" -> "kataib", "U.S." -> "us"."""
    w = word.translate(_strip_table())
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in w if not unicodedata.combining(c))
    return w.casefold()


_LIGHT: dict[str, str] = {}
_DEEP: dict[str, str] = {}


def light_cached(word: str) -> str:
    k = _LIGHT.get(word)
    if k is None:
        if len(_LIGHT) > 400_000:
            _LIGHT.clear()
        k = _LIGHT[word] = light(word)
    return k


def deep_word(lw: str) -> str:
    """The transliteration key of one light-folded word."""
    k = _DEEP.get(lw)
    if k is not None:
        return k
    r = rules()
    w = lw
    if w in r.articles:
        w = "al"
    else:
        for a, b in r.replace:
            if a in w:
                w = w.replace(a, b)
        w = re.sub(r"(.)\1+", r"\1", w)
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


@dataclass(slots=True)
class Folded:
    """A text cut into word tokens, with both folded forms and the offsets that map them back."""

    starts: list[int]                 # token offsets in the original text
    ends: list[int]
    words: list[str]                  # the tokens as written
    lights: list[str]
    deeps: list[str]
    joined: list[int]                 # 0: separated from the previous token, 1: space, 2: hyphen
    light_text: str                   # " key key | key " (padded, for whole-word matching)
    deep_text: str
    light_pos: dict[int, int]         # offset in light_text of a token's first char -> token index
    deep_pos: dict[int, int]
    light_off: list[int]              # token index -> offset of its key in light_text

    def light_span(self, i: int, j: int) -> str:
        """The light key of tokens i..j-1, punctuation between them kept as '|'."""
        return self.light_text[self.light_off[i]:self.light_off[j - 1] + len(self.lights[j - 1])]


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


_SPLITTER = re.compile(f"({WORD.pattern})")


def _deep_of(word: str, lw: str) -> str:
    # short all-caps words are acronyms: "AA" and "INN" keep their letters
    if len(word) <= 5 and word.isupper():
        return lw
    return deep_word(lw)


def fold_text(text: str) -> Folded:
    """Tokens of ``text`` with light and deep keys and the folded strings the matchers scan."""
    parts = _SPLITTER.split(text)          # gap, word, gap, word, ..., gap
    words = parts[1::2]
    gaps = parts[0::2]
    offs = list(accumulate(map(len, parts)))
    starts = offs[0::2][:len(words)]
    ends = offs[1::2]
    n = len(words)
    joined = [0] + [_gap_kind(g) for g in gaps[1:n]] if n else []
    lget = _LIGHT.get
    lights = [lget(w) or light_cached(w) for w in words]
    dget = _DEEP_W.get
    deeps = [dget(w) or _deep_cached(w, lw) for w, lw in zip(words, lights)]
    hyph = rules().hyphen_articles
    for i in [i for i, lw in enumerate(lights) if lw in hyph]:
        if (i + 1 < n and joined[i + 1] == 2 and words[i] in (lights[i], lights[i].capitalize())
                and words[i + 1][:1].isupper()):
            deeps[i] = "al"
    lt, lp, lo = _join(lights, joined)
    dt, dp, _ = _join(deeps, joined)
    return Folded(starts, ends, words, lights, deeps, joined, lt, dt, lp, dp, lo)


_DEEP_W: dict[str, str] = {}


def _deep_cached(word: str, lw: str) -> str:
    if len(_DEEP_W) > 400_000:
        _DEEP_W.clear()
    d = _DEEP_W[word] = _deep_of(word, lw)
    return d


def _join(keys: list[str], joined: list[int]) -> tuple[str, dict[int, int], list[int]]:
    pieces = [k if j else "| " + k for k, j in zip(keys, joined)]
    if pieces and not joined[0]:
        pieces[0] = keys[0]
    text = " " + " ".join(pieces) + " "
    # a piece starts one past the previous one's end; a "| " prefix puts the key 2 further on
    piece_starts = accumulate((len(p) + 1 for p in pieces[:-1]), initial=1)
    offs = [s if j else s + 2 for s, j in zip(piece_starts, joined)]
    if offs and not joined[0]:
        offs[0] = 1
    return text, dict(zip(offs, range(len(offs)))), offs


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
    toks = [d for d in f.deeps if d != "al"] or f.deeps
    return " ".join(toks)
