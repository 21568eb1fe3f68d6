"""What a document is about, as weighted terms: the basis for grouping documents into stories.

Terms are stemmed content words and the numbers stated. Weights come from general English word
frequency (wordfreq), not from the corpus, so a small or one-topic corpus weighs "drone" and
"Fartusi" the same way a large one would: rare words and names carry a story, common ones don't.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from sitrep.dedup.fingerprint import number_of, stem, stopwords, words

MAX_WEIGHT = 6.0


def _zipf() -> dict[str, float]:
    from sitrep.clean.glue import Lexicon
    return Lexicon.default().zipf_of


def weight(word: str, zipf: dict[str, float]) -> float:
    """Rarer words weigh more: 7.5 minus the word's Zipf frequency, within [0.5, MAX_WEIGHT]."""
    return min(MAX_WEIGHT, max(0.5, 7.5 - zipf.get(word, 0.0)))


@dataclass(slots=True)
class Profile:
    terms: dict[str, float]
    norm: float
    numbers: frozenset[str]


def profile(text: str) -> Profile:
    zipf = _zipf()
    stop = stopwords()
    counts: Counter[str] = Counter()
    numbers = set()
    for w in words(text):
        n = number_of(w)
        if n is not None:
            numbers.add(n)
        elif w not in stop and len(w) > 2:
            counts[stem(w)] += 1
    terms = {t: (1 + math.log(c)) * weight(t, zipf) for t, c in counts.items()}
    return Profile(terms, math.sqrt(sum(v * v for v in terms.values())) or 1.0, frozenset(numbers))


def cosine(a: Profile, b: Profile) -> float:
    if len(a.terms) > len(b.terms):
        a, b = b, a
    dot = sum(v * b.terms.get(t, 0.0) for t, v in a.terms.items())
    return dot / (a.norm * b.norm)
