"""Is one document a copy, a rewrite or a partial copy of another? (the verification step)

Copies share long runs of words: word 5-gram containment. Rewrites, re-translations and re-spins
share facts, not wording: their sentences align one to one on content words, with the same names
and numbers, mostly in the same order. Sentences that share words but state different numbers
("downs all 29 drones" / "downs 42 drones") do not align: that is a different event written from
one template.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sitrep.dedup.fingerprint import Sentence, sentences, shingles, words

COPY_CONTAINMENT = 0.6      # share of the shorter text's 5-grams found in the longer one
COPY_SENTENCE = 0.85        # Dice of two sentences that are the same sentence, re-punctuated
REWRITE_SENTENCE = 0.45     # Dice of two sentences that say the same thing in other words
REWRITE_COVERAGE = 0.5      # share of the shorter text's sentences aligned
PARTIAL_SENTENCES = 3       # copied sentences that make a shared passage
MIN_CONTENT = 3             # sentences with fewer content words are too short to align


@dataclass(slots=True)
class Alignment:
    a: Sentence
    b: Sentence
    score: float


@dataclass(slots=True)
class Verdict:
    kind: str | None                 # "copy", "rewrite", "partial" or None
    similarity: float
    containment: float
    coverage: float
    aligned: list[Alignment] = field(default_factory=list)

    def passages(self) -> list[tuple[int, int, int, int]]:
        """Shared passages: runs of aligned sentences, as (a_start, a_end, b_start, b_end)."""
        runs: list[list[int]] = []
        for al in sorted(self.aligned, key=lambda x: x.a.start):
            if runs and al.b.start >= runs[-1][3] and al.a.start - runs[-1][1] <= 3:
                runs[-1][1], runs[-1][3] = al.a.end, max(runs[-1][3], al.b.end)
            else:
                runs.append([al.a.start, al.a.end, al.b.start, al.b.end])
        return [tuple(r) for r in runs]  # type: ignore[misc]


def _word_dice(x: Sentence, y: Sentence) -> float:
    a, b = x.content | x.numbers, y.content | y.numbers
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _conflict(x: Sentence, y: Sentence) -> bool:
    """Same kind of sentence, other figures or other names: another event from one template."""
    return bool((x.numbers and y.numbers and not (x.numbers & y.numbers))
                or (x.names and y.names and not (x.names & y.names)))


def _dice(x: Sentence, y: Sentence) -> float:
    return 0.0 if _conflict(x, y) else _word_dice(x, y)


def conflicts(sa: list[Sentence], sb: list[Sentence]) -> int:
    """Sentence pairs worded alike (Dice >= 0.5) whose figures or names differ."""
    return sum(1 for x in sa for y in sb
               if len(x.content) >= MIN_CONTENT and _conflict(x, y) and _word_dice(x, y) >= 0.5)


def align(sa: list[Sentence], sb: list[Sentence]) -> list[Alignment]:
    """Greedy one-to-one alignment of sentences by content-word Dice."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, s in enumerate(sb):
        for w in s.content:
            index[w].append(j)
    candidates = []
    for i, s in enumerate(sa):
        if len(s.content) < MIN_CONTENT:
            continue
        seen = {j for w in s.content for j in index.get(w, ())}
        for j in seen:
            if len(sb[j].content) >= MIN_CONTENT:
                score = _dice(s, sb[j])
                if score >= REWRITE_SENTENCE:
                    candidates.append((score, i, j))
    used_a, used_b, out = set(), set(), []
    for score, i, j in sorted(candidates, reverse=True):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append(Alignment(sa[i], sb[j], score))
    return out


def _in_order(aligned: list[Alignment]) -> float:
    """Share of consecutive aligned pairs that keep their order in both texts."""
    if len(aligned) < 2:
        return 1.0
    seq = [al.b.start for al in sorted(aligned, key=lambda x: x.a.start)]
    return sum(1 for x, y in zip(seq, seq[1:]) if y > x) / (len(seq) - 1)


@dataclass(slots=True)
class Prepared:
    """What comparing needs of one text, computed once however many pairs it is in."""

    shingles: frozenset[str]
    sentences: list[Sentence]
    usable: int


def prepare(text: str) -> Prepared:
    sents = sentences(text)
    return Prepared(frozenset(shingles(words(text))), sents, sum(len(s.content) >= MIN_CONTENT for s in sents))


def compare(text_a: str | Prepared, text_b: str | Prepared) -> Verdict:
    """How ``text_b`` relates to ``text_a`` (symmetric in kind and similarity)."""
    pa = text_a if isinstance(text_a, Prepared) else prepare(text_a)
    pb = text_b if isinstance(text_b, Prepared) else prepare(text_b)
    sh_a, sh_b = pa.shingles, pb.shingles
    containment = len(sh_a & sh_b) / min(len(sh_a), len(sh_b)) if sh_a and sh_b else 0.0
    sa, sb = pa.sentences, pb.sentences
    aligned = align(sa, sb)
    usable = min(pa.usable, pb.usable)
    coverage = len(aligned) / usable if usable else 0.0
    copied = sum(al.score >= COPY_SENTENCE for al in aligned)
    kind = None
    if (containment >= COPY_CONTAINMENT and not conflicts(sa, sb)) or (usable and copied / usable >= 0.7):
        kind = "copy"
    elif coverage >= REWRITE_COVERAGE and len(aligned) >= 3 and _in_order(aligned) >= 0.6:
        kind = "rewrite"
    elif copied >= PARTIAL_SENTENCES:
        kind = "partial"
    return Verdict(kind, round(max(containment, coverage), 3), containment, coverage, aligned)
