"""Sentence alignment of two sketched texts: which sentence pairs say the same thing, which of
them CONFLICT (worded alike, a figure or name swapped: a template's other event), and what the
texts' leads tell. The shared machinery of the strict verdict (``compare``) and the loose,
paraphrase path (``loose``), kept apart from both so neither imports the other's module.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

import numpy as np

from sitrep.dedup.sketch import CONTENT, KINDS, N_WORDS, NAME, NUMBER, Sketch

COPY_SENTENCE = 0.85        # Dice of two sentences that are the same sentence, re-punctuated
REWRITE_SENTENCE = 0.45     # Dice of two sentences that say the same thing in other words
REWRITE_COVERAGE = 0.5      # share of the shorter text's sentences aligned
MIN_CONTENT = 3             # sentences with fewer content words are too short to align
# a paraphrase that keeps the facts but rewords nearly everything else ("A Kosovo police officer
# was killed and two others were wounded" / "Gunmen ... killed a police officer and wounded two
# more") shares fewer words: such a pair aligns at this Dice when it shares this many names and
# figures, for the rewrite test only and only where its lead tells the other's lead
LOOSE_SENTENCE = 0.3
LOOSE_FACTS = 2
# usable sentences that make a text's lead (the headline or first paragraph, and the next)
LEAD_SENTENCES = 2


@dataclass(slots=True)
class Alignment:
    """Sentence ``a_start:a_end`` of one text aligned with ``b_start:b_end`` of the other."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    score: float


# a sentence pair that may align, as _cells gives it: (Dice, i, j, shared, counts of i, counts of j)
# (``shared``: the content words, numbers and names both sentences hold; counts: each one's, as
# ``Sketch.counts``)
Cell = tuple[float, int, int, list[int], list[int], list[int]]


def _shared(pa: Sketch, pb: Sketch) -> np.ndarray | None:
    """[i, j, kind]: how many distinct content words, numbers and names sentence i of ``pa`` and
    sentence j of ``pb`` have in common, over sentences long enough to align (None when the
    texts share none), from one join of the two sorted entry arrays."""
    ja, jb = pa.joinable(), pb.joinable()
    if not len(ja.entries) or not len(jb.values):
        return None
    # each entry of pa meets the cnt entries of pb holding its value (jb.first[at] onwards)
    at = np.searchsorted(jb.values, ja.entries)
    cnt = jb.count[at]
    cnt *= jb.padded[at] == ja.entries
    ends = np.cumsum(cnt)
    total = int(ends[-1])
    if not total:
        return None
    # laid out one after another: the k-th meeting of an entry is pb's entry first + k
    other = np.repeat(jb.first[at] - ends + cnt, cnt)
    other += np.arange(total)
    na, nb = len(pa.starts), len(pb.starts)
    # an entry only meets entries of its own kind: kinds are hashed apart
    cell = np.repeat(ja.sentence * (nb * KINDS), cnt)
    cell += jb.code[other]
    return np.bincount(cell, minlength=na * nb * KINDS).reshape(na, nb, KINDS)


def _cells(pa: Sketch, pb: Sketch, shared: np.ndarray | None = None, loose: bool = False) -> list[Cell]:
    """The sentence pairs that may align: both sentences long enough, sharing content words, with
    a Dice of at least REWRITE_SENTENCE (``loose``: or of LOOSE_SENTENCE where they share
    LOOSE_FACTS names and figures). ``shared``: ``_shared(pa, pb)``, when known."""
    if shared is None:
        shared = _shared(pa, pb)
    if shared is None:
        return []
    ja, jb = pa.joinable(), pb.joinable()
    # Dice >= 0.45 in integers (2 * same / sizes >= 9 / 20), as exact as in floats: no Dice of
    # two sentences' word counts comes within rounding error of 0.45 without equalling it.
    # The few pairs left are handled in Python.
    assert REWRITE_SENTENCE == 0.45 and LOOSE_SENTENCE == 0.3
    same = shared[:, :, CONTENT] + shared[:, :, NUMBER]
    sizes9 = np.add.outer(ja.n_words9, jb.n_words9)
    if loose:
        # Dice >= 0.3: 20 * same >= 3 * sizes, i.e. 60 * same >= 9 * sizes
        facts = shared[:, :, NAME] + shared[:, :, NUMBER]
        rows, cols = np.nonzero((same * 40 >= sizes9) | ((same * 60 >= sizes9) & (facts >= LOOSE_FACTS)))
    else:
        rows, cols = np.nonzero(same * 40 >= sizes9)
    if not len(rows):
        return []
    counts_a, counts_b = ja.counts, jb.counts
    return [(2 * (both[CONTENT] + both[NUMBER]) / (counts_a[i][N_WORDS] + counts_b[j][N_WORDS]),
             i, j, both, counts_a[i], counts_b[j])
            for i, j, both in zip(rows.tolist(), cols.tolist(), shared[rows, cols].tolist()) if both[CONTENT]]


def _conflict(shared: list[int], a: list[int], b: list[int]) -> tuple[bool, bool]:
    """Whether two matched sentences (``shared``: the content words, numbers and names both hold;
    ``a``, ``b``: each one's) CONFLICT, and whether they are related.

    A conflict: same kind of sentence, another figure, date or name in one slot (another event
    from one template). A value is swapped when each side holds one the other lacks: one only
    added or dropped ("at least 12" / "12, officials said") is a rewrite's freedom, not a
    conflict. A name counts as swapped only if each sentence also has content words the other
    lacks: a name that merely moved to the start of the sentence (where capitals are no names)
    leaves the words the same. (Sets of distinct values: x - y is empty exactly when x holds no
    more values than x & y.)

    Related: the two still share a name or a figure (the same actors or places with other facts,
    a template's next event); sentences sharing only the template's words (other actors, places,
    figures) are another story, and no evidence either way."""
    numbers, names, related = _swaps(shared, a, b)
    return numbers or names, related


def _swaps(shared: list[int], a: list[int], b: list[int]) -> tuple[bool, bool, bool]:
    """``_conflict`` told apart: whether a figure is swapped, whether a name is, and related."""
    content, number, name = shared[CONTENT], shared[NUMBER], shared[NAME]
    return ((a[NUMBER] > number and b[NUMBER] > number),
            (a[CONTENT] > content and b[CONTENT] > content and a[NAME] > name and b[NAME] > name),
            name > 0 or number > 0)


def _moved(pa: Sketch, pb: Sketch, i: int, j: int, kind: int = 1) -> bool:
    """Whether the names (``kind`` 1; 0: the figures) sentence i of ``pa`` and sentence j of ``pb``
    do not share are told elsewhere in the other text, on at least one side: a rewrite recomposes
    its sentences ("Kosovo Prime Minister Albin Kurti accused Serbia" / "Prime Minister Albin Kurti
    blamed official Belgrade", each text naming Kosovo, Serbia and Belgrade somewhere), while a
    template's next event brings a name the other text never tells (the other town, the other
    commander)."""
    values_a, values_b = _facts(pa, i)[kind], _facts(pb, j)[kind]
    return _holds_all(pb, values_a - values_b) or _holds_all(pa, values_b - values_a)


def _match(pa: Sketch, pb: Sketch, cells: list[Cell],
           names: bool = True) -> tuple[list[Alignment], list[tuple[int, int]]]:
    """Greedy one-to-one matching of sentences by Dice: the aligned pairs, and the matched pairs
    (i, j) that conflict while sharing a name or figure (conflicts take part in the matching, so
    that a sentence copied as it is never also counts as a conflict with a look-alike).
    ``names``: whether a swapped name alone makes a conflict (else only a swapped figure the
    other text does not tell elsewhere does)."""
    used_a, used_b, out, conflicts = set(), set(), [], []
    cells.sort(key=itemgetter(0, 1, 2), reverse=True)
    for score, i, j, shared, ca, cb in cells:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        numbers, renamed, related = _swaps(shared, ca, cb)
        # a name swap alone, of names the other text tells elsewhere, is a rewrite's recomposition
        if names:
            conflicting = numbers or renamed
        else:       # the loose matching: a figure moved to the next sentence is a paraphrase's too
            conflicting = numbers and not _moved(pa, pb, i, j, kind=0)
        if conflicting:
            if related:
                conflicts.append((i, j))
        else:
            out.append(Alignment(int(pa.starts[i]), int(pa.ends[i]), int(pb.starts[j]), int(pb.ends[j]), score))
    return out, conflicts


def _lead(sk: Sketch, size: int = LEAD_SENTENCES) -> set[int]:
    """The sentences of a text's lead: its first ``size`` long enough to align."""
    return set(np.flatnonzero(sk.counts[:, CONTENT] >= MIN_CONTENT)[:size].tolist())


def _facts(sk: Sketch, i: int) -> tuple[set[int], set[int]]:
    """The numbers and the names of sentence ``i`` (hashed)."""
    mine = sk.word_sentence == i
    kinds = sk.word_kind[mine]
    words = sk.words[mine]
    return set(words[kinds == NUMBER].tolist()), set(words[kinds == NAME].tolist())


def _holds_all(sk: Sketch, values: set[int]) -> bool:
    """Whether the text holds every one of ``values`` (each in some sentence)."""
    if not values or not len(sk.words):
        return False
    wanted = np.fromiter(values, dtype=np.uint64, count=len(values))
    at = np.searchsorted(sk.words, wanted)
    at[at == len(sk.words)] = 0
    return bool(np.all(sk.words[at] == wanted))


def _lead_disagrees(pa: Sketch, pb: Sketch, conflicts: list[tuple[int, int]], both: bool = False) -> bool:
    """Whether the two texts tell other incidents in their leads: a lead sentence of one matched
    with a sentence of the other, the two swapping a figure AND a name (a place, a weekday, a
    month: the toll and the place or day of another incident), where neither text carries the
    other's swapped figures (an update or correction that gives the earlier toll, a rewrite that
    moved it, holds them all elsewhere; small figures of a template's other lines, "two villages"
    against "about two hours", are held by chance, one here and there, not all of them). A swap
    of one kind alone stays a rewrite's freedom: a toll corrected with everything else kept, a
    place respelled ("Kiev"/"Kyiv"), a credit dropped.

    ``both``: only a lead matched with the other's lead counts (for copied passages: an article
    about something else that embeds another's paragraphs may match its own lead with one of
    their background lines, a look-alike sentence of the same desk, and is still a partial copy)."""
    lead_a, lead_b = _lead(pa), _lead(pb)
    for i, j in conflicts:
        if (i not in lead_a or j not in lead_b) if both else (i not in lead_a and j not in lead_b):
            continue
        (num_a, name_a), (num_b, name_b) = _facts(pa, i), _facts(pb, j)
        only_a, only_b = num_a - num_b, num_b - num_a
        # swapped: each side holds a value of that kind the other lacks
        if not (only_a and only_b and name_a - name_b and name_b - name_a):
            continue
        if not _holds_all(pb, only_a) and not _holds_all(pa, only_b):
            return True
    return False


def _in_order(aligned: list[Alignment]) -> float:
    """Share of consecutive aligned pairs that keep their order in both texts."""
    if len(aligned) < 2:
        return 1.0
    seq = [al.b_start for al in sorted(aligned, key=lambda x: x.a_start)]
    return sum(1 for x, y in zip(seq, seq[1:]) if y > x) / (len(seq) - 1)
