"""Is one document a copy, a rewrite or a partial copy of another? (the verification step)

Copies share long runs of words: word 5-gram containment. Rewrites, re-translations and re-spins
share facts, not wording: their sentences align one to one on content words, with the same names
and numbers, mostly in the same order. Sentences worded alike in which a number, a date or a name
was swapped for another ("downs all 29 drones" / "downs 42 drones"; "In Trezangrad, 85 percent ..." /
"In Idbinsul, 85 percent ...") do not align: they CONFLICT, as a different event written from one
template does. A pair of documents whose matched sentences mostly conflict is no duplicate at all,
however much wording the template gives them in common.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sitrep.dedup.sketch import Sketch, sketch

COPY_CONTAINMENT = 0.6      # share of the shorter text's 5-grams found in the longer one
COPY_SENTENCE = 0.85        # Dice of two sentences that are the same sentence, re-punctuated
REWRITE_SENTENCE = 0.45     # Dice of two sentences that say the same thing in other words
REWRITE_COVERAGE = 0.5      # share of the shorter text's sentences aligned
PARTIAL_SENTENCES = 3       # copied sentences that make a shared passage
MIN_CONTENT = 3             # sentences with fewer content words are too short to align
# conflicting matched sentences allowed per aligned one: a copy's edited date or a rewrite's
# "Kiev"/"Kyiv" is one conflict among many aligned sentences; a template's next event is
# conflicts nearly throughout
MAX_CONFLICT_SHARE = 1.0


@dataclass(slots=True)
class Alignment:
    """Sentence ``a_start:a_end`` of one text aligned with ``b_start:b_end`` of the other."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
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
        for al in sorted(self.aligned, key=lambda x: x.a_start):
            if runs and al.b_start >= runs[-1][3] and al.a_start - runs[-1][1] <= 3:
                runs[-1][1], runs[-1][3] = al.a_end, max(runs[-1][3], al.b_end)
            else:
                runs.append([al.a_start, al.a_end, al.b_start, al.b_end])
        return [tuple(r) for r in runs]  # type: ignore[misc]


# a pair is verified on sketches (``sketch.Sketch``): hashed words as sorted arrays, so that the
# shared words of every sentence pair come from one join instead of Python set operations
Prepared = Sketch


def prepare(text: str) -> Sketch:
    return sketch(text)


@dataclass(slots=True)
class _Overlap:
    """Sentence-by-sentence overlap of two sketches."""

    shared: np.ndarray          # [i, j]: (content word | number) hashes both sentences hold
    content: np.ndarray         # [i, j]: of those, content words
    dice: np.ndarray            # [i, j]: Dice of the two (content | numbers) sets


def _overlap(pa: Sketch, pb: Sketch) -> _Overlap | None:
    na, nb = len(pa.starts), len(pb.starts)
    lo = np.searchsorted(pb.words, pa.words, "left")
    cnt = np.searchsorted(pb.words, pa.words, "right") - lo
    total = int(cnt.sum())
    if not total:
        return None
    keep = cnt > 0
    lo, cnt = lo[keep], cnt[keep]
    rep = np.repeat(np.arange(len(cnt)), cnt)
    offsets = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    cell = pa.word_sentence[keep][rep].astype(np.int64) * nb + pb.word_sentence[lo[rep] + offsets]
    shared = np.bincount(cell, minlength=na * nb).reshape(na, nb)
    content = np.bincount(cell, weights=pa.word_is_content[keep][rep], minlength=na * nb).reshape(na, nb)
    sizes = pa.n_words[:, None] + pb.n_words[None, :]
    dice = np.divide(2 * shared, sizes, out=np.zeros((na, nb)), where=sizes > 0)
    return _Overlap(shared, content, dice)


def _swapped(x: frozenset[int], y: frozenset[int]) -> bool:
    """Each side holds a value the other lacks: one value put in another's place. A value only
    added or dropped ("at least 12" / "12, officials said") is a rewrite's freedom, not a conflict."""
    return bool(x - y) and bool(y - x)


def _conflicting(pa: Sketch, pb: Sketch, ov: _Overlap, i: int, j: int) -> bool:
    """Same kind of sentence, another figure, date or name in one slot: another event from one
    template. A name counts as swapped only if each sentence also has content words the other
    lacks: a name that merely moved to the start of the sentence (where capitals are no names)
    leaves the words the same."""
    if _swapped(pa.sentence_numbers(i), pb.sentence_numbers(j)):
        return True
    shared = ov.content[i, j]
    return bool(pa.n_content[i] > shared and pb.n_content[j] > shared
                and _swapped(pa.sentence_names(i), pb.sentence_names(j)))


def _related(pa: Sketch, pb: Sketch, i: int, j: int) -> bool:
    """Whether two conflicting sentences still share a name or a figure: the same actors or
    places with other facts, a template's next event. Sentences that share only the template's
    words (other actors, other places, other figures) are another story, and no evidence either way."""
    return bool(pa.sentence_names(i) & pb.sentence_names(j) or pa.sentence_numbers(i) & pb.sentence_numbers(j))


def _match(pa: Sketch, pb: Sketch, ov: _Overlap | None) -> tuple[list[Alignment], int]:
    """Greedy one-to-one matching of sentences by content-word Dice: the aligned pairs, and how
    many matched pairs conflict while sharing a name or figure (conflicts take part in the
    matching, so that a sentence copied as it is never also counts as a conflict with a look-alike)."""
    if ov is None:
        return [], 0
    usable = (pa.n_content >= MIN_CONTENT)[:, None] & (pb.n_content >= MIN_CONTENT)[None, :]
    rows, cols = np.nonzero(usable & (ov.content > 0) & (ov.dice >= REWRITE_SENTENCE))
    candidates = sorted(((float(ov.dice[i, j]), i, j) for i, j in zip(rows.tolist(), cols.tolist())), reverse=True)
    used_a, used_b, out, conflicts = set(), set(), [], 0
    for score, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        if _conflicting(pa, pb, ov, i, j):
            conflicts += _related(pa, pb, i, j)
        else:
            out.append(Alignment(int(pa.starts[i]), int(pa.ends[i]), int(pb.starts[j]), int(pb.ends[j]), score))
    return out, conflicts


def _in_order(aligned: list[Alignment]) -> float:
    """Share of consecutive aligned pairs that keep their order in both texts."""
    if len(aligned) < 2:
        return 1.0
    seq = [al.b_start for al in sorted(aligned, key=lambda x: x.a_start)]
    return sum(1 for x, y in zip(seq, seq[1:]) if y > x) / (len(seq) - 1)


def containment(pa: Sketch, pb: Sketch) -> float:
    """Share of the shorter text's 5-grams found in the longer one."""
    sh_a, sh_b = pa.shingles, pb.shingles
    if not len(sh_a) or not len(sh_b):
        return 0.0
    return len(np.intersect1d(sh_a, sh_b, assume_unique=True)) / min(len(sh_a), len(sh_b))


def compare(text_a: str | Sketch, text_b: str | Sketch) -> Verdict:
    """How ``text_b`` relates to ``text_a`` (symmetric in kind and similarity)."""
    pa = text_a if isinstance(text_a, Sketch) else sketch(text_a)
    pb = text_b if isinstance(text_b, Sketch) else sketch(text_b)
    contained = containment(pa, pb)
    ov = _overlap(pa, pb)
    aligned, conflicts = _match(pa, pb, ov)
    usable = min(pa.usable, pb.usable)
    coverage = len(aligned) / usable if usable else 0.0
    copied = sum(al.score >= COPY_SENTENCE for al in aligned)
    kind = None
    if conflicts > len(aligned) * MAX_CONFLICT_SHARE:
        pass    # mostly conflicting: one template, two events (however many 5-grams it leaves shared)
    elif contained >= COPY_CONTAINMENT or (usable and copied / usable >= 0.7):
        kind = "copy"
    elif coverage >= REWRITE_COVERAGE and len(aligned) >= 3 and _in_order(aligned) >= 0.6:
        kind = "rewrite"
    elif copied >= PARTIAL_SENTENCES:
        kind = "partial"
    return Verdict(kind, round(max(contained, coverage), 3), contained, coverage, aligned)
