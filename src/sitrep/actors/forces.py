"""What a generic word stands for: "the army" for the "Pakistan Army" the document names, "police"
for the "Haitian National Police", "the ministry" for its "Ministry of Defence".

One rule for every stage (event roles, claimants, quote speakers), over one knowledge file,
``force_words.json``: a generic word stands for a body the document names whose name (or canonical
name) holds one of the word's head nouns as whole words, of a type the word may refer to, and none
of its disqualifying words (an army word never resolves to a ministry). Tie rule: the one body
named; with several different bodies, the one named strictly most often (a story about the Malian
army that mentions a Burkinabe army once means the Malian one); on a tie, the tied body named
last before the word when the caller knows where the word stands (a definite description, "the
army said", points back to the most recent of equally salient bodies), else none, and the caller
keeps the words as a description. Recency alone would let a passing mention of another army take
the quote; first mention alone would let the story's opening body take every later "the army".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from sitrep.knowledge import load
from sitrep.model import Mention


@dataclass(frozen=True, slots=True)
class ForceWord:
    name: str                       # the role: "army", "police", "defence ministry"
    heads: re.Pattern               # a head noun of a named body, as whole words
    exclude: re.Pattern | None      # a word that disqualifies a body ("ministry" for an army word)
    types: frozenset[str]
    force: bool                     # an armed or security side (its words may be an act's subject)


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


def _words_rx(words: Sequence[str]) -> re.Pattern:
    alt = "|".join(re.escape(_norm(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alt + r")\b", re.I)


@lru_cache(maxsize=1)
def table() -> dict[str, ForceWord]:
    """Every generic word, and every entry's role name, -> its ForceWord (the first entry wins)."""
    out: dict[str, ForceWord] = {}
    for e in load("force_words.json"):
        fw = ForceWord(_norm(e["name"]), _words_rx(e["heads"]), _words_rx(e["not"]) if e.get("not") else None,
                       frozenset(e.get("types") or ("ORG",)), bool(e.get("force")))
        for w in (e["name"], *e.get("words", ())):
            out.setdefault(_norm(w), fw)
    return out


@lru_cache(maxsize=1)
def force_words() -> tuple[str, ...]:
    """The generic words of armed or security sides ("police units", "the rebels"), longest first:
    those that may stand as the subject of an act."""
    words = {_norm(w) for e in load("force_words.json") if e.get("force") for w in e.get("words", ())}
    return tuple(sorted(words, key=len, reverse=True))


def family(word: str) -> ForceWord | None:
    """The word family of the knowledge file that ``word`` belongs to ("soldiers" -> the army's)."""
    return table().get(_norm(word))


def is_force_word(word: str) -> bool:
    """Whether ``word`` is a generic word (or role name) of the knowledge file."""
    return _norm(word) in table()


class _Bodies:
    """One document's answers, memoised: each word's body is looked up once."""

    __slots__ = ("mentions", "found")

    def __init__(self, mentions: Sequence[Mention]):
        self.mentions = mentions
        self.found: dict[ForceWord, list[tuple[Mention, list[int]]]] = {}

    def named(self, fw: ForceWord) -> list[tuple[Mention, list[int]]]:
        """Every body named for ``fw``: (its first mention, the starts of all its mentions)."""
        got = self.found.get(fw)
        if got is not None:
            return got
        by_body: dict[object, tuple[Mention, list[int]]] = {}
        for m in self.mentions:
            if m.type not in fw.types:
                continue
            if not _names(fw, m.text) and not (m.canonical and _names(fw, m.canonical)):
                continue
            entry = by_body.get(m.local if m.local >= 0 else m.key)
            if entry is None:
                by_body[m.local if m.local >= 0 else m.key] = (m, [m.start])
            else:
                entry[1].append(m.start)
        got = self.found[fw] = list(by_body.values())
        return got


def _names(fw: ForceWord, name: str) -> bool:
    return fw.heads.search(name) is not None and (fw.exclude is None or fw.exclude.search(name) is None)


_last: list = [None, None]                      # (the document's mention list, its _Bodies)


def named_bodies(mentions: Sequence[Mention], word: str) -> list[tuple[Mention, list[int]]]:
    """Every body the document names that the generic ``word`` may stand for: (its first mention,
    the starts of all its mentions); empty when ``word`` is no generic word."""
    fw = family(word)
    if fw is None:
        return []
    bodies = _last[1]
    if _last[0] is not mentions:
        bodies = _Bodies(mentions)
        _last[0], _last[1] = mentions, bodies
    return bodies.named(fw)


def force_body(mentions: Sequence[Mention], word: str, at: int | None = None) -> Mention | None:
    """The body the document (its ``mentions``) names that the generic ``word`` stands for ("the
    rebels" -> "M23 rebels"), as its first mention; None when ``word`` is no generic word, or no
    such body is named. Given the word's offset ``at`` (a definite description pointing back, "the
    army said"), only bodies named before it count. Several bodies: the one named strictly most
    often; on a tie, with ``at``, the tied body named last before it, else None. Memoised per
    mention list."""
    fw = table().get(_norm(word))
    if fw is None:
        return None
    bodies = _last[1]
    if _last[0] is not mentions:
        bodies = _Bodies(mentions)
        _last[0], _last[1] = mentions, bodies
    named = bodies.named(fw)
    if at is None:
        if len(named) == 1:
            return named[0][0]
        counts = sorted((len(starts) for _, starts in named), reverse=True)
        return next((m for m, starts in named if len(starts) == counts[0]), None) \
            if len(counts) > 1 and counts[0] > counts[1] else None
    best, best_key = None, (0, -1)
    for m, starts in named:
        before = [x for x in starts if x < at]
        # named more often before the word wins; then named more recently
        key = (len(before), max(before, default=-1))
        if before and key > best_key:
            best, best_key = m, key
    return best
