"""Is one document a copy, a rewrite or a partial copy of another? (the verification step)

Copies share long runs of words: word 5-gram containment. Rewrites, re-translations and re-spins
share facts, not wording: their sentences align one to one on content words, with the same names
and numbers, mostly in the same order. Sentences worded alike in which a number, a date or a name
was swapped for another ("downs all 29 drones" / "downs 42 drones"; "In Trezangrad, 85 percent ..." /
"In Idbinsul, 85 percent ...") do not align: they CONFLICT, as a different event written from one
template does. A pair of documents whose matched sentences mostly conflict is no duplicate at all,
however much wording the template gives them in common.

The lead (a text's first sentences) tells the incident: where, when, how many. A report of another
incident from one desk template conflicts there, while its background lines (spokesmen, denials,
context) align as a rewrite's would; such a pair is no rewrite (``_lead_disagrees``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

import numpy as np

from sitrep.dedup.sketch import CONTENT, KINDS, N_WORDS, NAME, NUMBER, Sketch, sketch, sorted_unique, specific_figures
from sitrep.dedup.vocab import stable_hash
from sitrep.dedup.retold import retold as retold_report

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
# a paraphrase that keeps the facts but rewords nearly everything else ("A Kosovo police officer
# was killed and two others were wounded" / "Gunmen ... killed a police officer and wounded two
# more") shares fewer words: such a pair aligns at this Dice when it shares this many names and
# figures, for the rewrite test only and only where its lead tells the other's lead
LOOSE_SENTENCE = 0.3
LOOSE_FACTS = 2
# the head where a loose rewrite's leads must meet: headline, standfirst, byline or place lines
# a cleaner left may come before the lead paragraph
LOOSE_LEAD = 4
# usable sentences that make a text's lead (the headline or first paragraph, and the next)
LEAD_SENTENCES = 2
# an outlet's own retelling of a wire story ("... and news agencies") rewords nearly every
# sentence and adds its own quotes and background, so fewer of its sentences align even loosely.
# It is still a rewrite when, besides aligned leads, a third of the shorter text (and at least
# FACT_ALIGNED sentences) aligns in order AND the two carry the same specific figures: most of
# the distinct figures of the text with fewer (FACT_NUMBERS at least) are the other's too. Small
# counts and years are left out: any two articles on one conflict share "two", "2024" or "10".
# Another story of the same conflict shares names and background but not its figures (tolls,
# displaced counts, troop numbers); a template's other event swaps them.
FACT_ALIGNED = 5
FACT_COVERAGE = 1 / 3
FACT_NUMBERS = 3
FACT_NUMBER_SHARE = 0.5


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
    conflicts: int = 0               # matched sentences that swap a figure or a name (a template's other event)

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


def containment(pa: Sketch, pb: Sketch) -> float:
    """Share of the shorter text's 5-grams found in the longer one."""
    sh_a, sh_b = pa.shingles, pb.shingles
    if not len(sh_a) or not len(sh_b):
        return 0.0
    if len(sh_a) > len(sh_b):
        sh_a, sh_b = sh_b, sh_a
    # both sorted and distinct: look the shorter one's up in the longer one
    at = np.searchsorted(sh_b, sh_a)
    at[at == len(sh_b)] = 0
    return int(np.count_nonzero(sh_b[at] == sh_a)) / len(sh_a)


def compare(text_a: str | Sketch, text_b: str | Sketch) -> Verdict:
    """How ``text_b`` relates to ``text_a`` (symmetric in kind and similarity)."""
    pa = text_a if isinstance(text_a, Sketch) else sketch(text_a)
    pb = text_b if isinstance(text_b, Sketch) else sketch(text_b)
    verdict = _judge(pa, pb, full=True)
    assert verdict is not None
    return verdict


def duplicate(pa: Sketch, pb: Sketch) -> Verdict | None:
    """``compare``'s verdict on two sketches when they are copies, rewrites or partial copies;
    None when they are not (found sooner: most candidate pairs are one template's look-alikes,
    told apart by their conflicting sentences before the 5-grams are counted)."""
    verdict = _judge(pa, pb, full=False)
    return verdict if verdict is not None and verdict.kind is not None else None


def _judge(pa: Sketch, pb: Sketch, full: bool) -> Verdict | None:
    shared = _shared(pa, pb)
    aligned, conflicts = _match(pa, pb, _cells(pa, pb, shared))
    # mostly conflicting: one template, two events (however many 5-grams it leaves shared)
    vetoed = len(conflicts) > len(aligned) * MAX_CONFLICT_SHARE
    # ... unless the two carry the same specific figures: a retelling in other words recomposes
    # its sentences (a figure or name added or moved) and conflicts where a template's next event
    # would, but that event brings its own tolls and counts. Such a pair may be a loose rewrite.
    retold = vetoed and shared is not None and _same_figures(pa, pb)
    if vetoed and not full and not retold:
        return None
    contained = containment(pa, pb)
    usable = min(pa.usable, pb.usable)
    coverage = len(aligned) / usable if usable else 0.0
    copied = sum(al.score >= COPY_SENTENCE for al in aligned)
    kind = None
    if vetoed:
        loose = _loose_rewrite(pa, pb, shared, usable) if retold else None
        if loose is not None:
            kind, aligned = "rewrite", loose
            coverage = len(aligned) / usable
    elif contained >= COPY_CONTAINMENT or (usable and copied / usable >= 0.7):
        kind = "copy"
    elif (coverage >= REWRITE_COVERAGE and len(aligned) >= 3 and _in_order(aligned) >= 0.6
          and not (conflicts and _lead_disagrees(pa, pb, conflicts))):
        # aligned background lines make no rewrite of a lead that tells another incident
        kind = "rewrite"
    elif copied >= PARTIAL_SENTENCES:
        kind = "partial"
    elif shared is not None and coverage < REWRITE_COVERAGE:
        loose = _loose_rewrite(pa, pb, shared, usable)
        if loose is not None:
            kind, aligned = "rewrite", loose
            coverage = len(aligned) / usable
    if (kind is None and shared is not None and not (conflicts and _lead_disagrees(pa, pb, conflicts))
            and retold_report(pa, pb, _same_figures(pa, pb), _figures_apart(pa, pb), _lead(pa, LOOSE_LEAD), _lead(pb, LOOSE_LEAD))):
        kind = "rewrite"    # an outlet's own report of the incident (``retold``)
    # a lead that tells another incident (its toll and its day or place swapped) makes no copy,
    # rewrite or partial copy however many background lines a desk template leaves shared: the
    # next night's "three villages ... overnight on Sunday, wounding five" under the same
    # quotes and boilerplate is a new story. A passage embedded in an article about something
    # else is untouched: its lead matches no lead of the other text.
    if kind in ("copy", "partial") and conflicts and _lead_disagrees(pa, pb, conflicts, both=True):
        kind = None
    return Verdict(kind, round(max(contained, coverage), 3), contained, coverage, aligned, len(conflicts))


def _same_figures(pa: Sketch, pb: Sketch) -> bool:
    """Whether two texts report the same specific figures (see FACT_NUMBERS): most of those of the
    text with fewer, at least FACT_NUMBERS of them, or all of them where it tells only two (a
    short retelling keeps the toll and one count)."""
    fa, fb = specific_figures(pa), specific_figures(pb)
    both = len(np.intersect1d(fa, fb, assume_unique=True))
    fewer, more = sorted((len(fa), len(fb)))
    if fewer < FACT_NUMBERS:    # two shared figures say less: half of the other text's too
        return both >= 2 and both >= FACT_NUMBER_SHARE * more
    return both >= FACT_NUMBERS and both >= FACT_NUMBER_SHARE * fewer


def _figures_apart(pa: Sketch, pb: Sketch) -> bool:
    """Whether the two texts tell different specific figures: the one with fewer tells at least
    two, and fewer than half of them are the other's. A retelling keeps its source's tolls and
    counts (in whatever form: ``fingerprint.number_of``); a template's report of another event
    words its background alike and swaps every figure."""
    fa, fb = specific_figures(pa), specific_figures(pb)
    fewer = min(len(fa), len(fb))
    return fewer >= 2 and len(np.intersect1d(fa, fb, assume_unique=True)) < FACT_NUMBER_SHARE * fewer


def _loose_rewrite(pa: Sketch, pb: Sketch, shared: np.ndarray, usable: int) -> list[Alignment] | None:
    """The alignments that make the two texts a paraphrased rewrite, or None: with the pairs that
    share LOOSE_FACTS names and figures at LOOSE_SENTENCE, REWRITE_COVERAGE of the shorter text
    aligns in order, conflicts stay fewer than half the alignments and none in the leads, and a
    lead sentence of each tells the other's (same names and figures): the same incident told
    again, not another one of the same conflict with its background recalled."""
    # names only: a paraphrase recomposes its sentences' names ("the Banjska Monastery" / "the
    # monastery"; "Prishtina - Gunmen"), and a template's other event is already vetoed by the
    # strict matching; a swapped figure still conflicts
    aligned, conflicts = _match(pa, pb, _cells(pa, pb, shared, loose=True), names=False)
    # of both texts: a rewrite retells its source throughout, while a brief or a roundup that
    # sums up the incident among others, or an independent report with its own findings, does not.
    # A retelling "with agencies" that rewords every sentence aligns less of it, and is still a
    # rewrite when it carries the source's specific figures (``_same_figures``)
    by_facts = len(aligned) >= max(FACT_ALIGNED, FACT_COVERAGE * usable) and _same_figures(pa, pb)
    if not by_facts and _quoted_retelling(pa, pb, aligned, conflicts, usable):
        return aligned
    covered = by_facts or len(aligned) >= REWRITE_COVERAGE * max(pa.usable, pb.usable)
    if (len(aligned) < 3 or not covered or _in_order(aligned) < 0.75 or _figures_apart(pa, pb)
            or 2 * len(conflicts) > len(aligned) or (conflicts and _lead_disagrees(pa, pb, conflicts))):
        return None
    # the same figures and a third of the text retold in order: the same incident, whose leads may
    # not meet (a re-translation recasts its lead: "As a result of the explosion of ..."; a re-spin
    # opens on another of its facts)
    if by_facts:
        return aligned
    leads_a = {int(pa.starts[i]) for i in _lead(pa, LOOSE_LEAD)}
    leads_b = {int(pb.starts[j]) for j in _lead(pb, LOOSE_LEAD)}
    if not any(al.a_start in leads_a and al.b_start in leads_b for al in aligned):
        return None
    return aligned


def _quoted_retelling(pa: Sketch, pb: Sketch, aligned: list[Alignment], conflicts: list[tuple[int, int]],
                      usable: int) -> bool:
    """Whether a loosely aligned pair is an outlet's own retelling of a speech or statement: each
    adds its own background figures (so their figures look apart), yet two of them are shared, a
    third of the shorter text (FACT_ALIGNED sentences at least) retells the other's in order
    (``_in_order`` 0.6, as the strict rewrite test asks), the leads meet, a sentence is
    taken over word for word (the quote both cite) and no matched sentence swaps a figure.
    A template's report of another incident swaps its toll in the matched lead and lines, so it
    conflicts (``conflicts``: the loose matching's) and never passes here."""
    if conflicts or len(aligned) < max(FACT_ALIGNED, FACT_COVERAGE * usable) or _in_order(aligned) < 0.6:
        return False
    if not any(al.score >= COPY_SENTENCE for al in aligned):
        return False
    # and the two still tell some specific figures alike (the toll or count the speech is about):
    # a template's look-alike with its names swapped and no figure in common is no retelling
    if len(np.intersect1d(specific_figures(pa), specific_figures(pb), assume_unique=True)) < 2:
        return False
    leads_a = {int(pa.starts[i]) for i in _lead(pa, LOOSE_LEAD)}
    leads_b = {int(pb.starts[j]) for j in _lead(pb, LOOSE_LEAD)}
    return any(al.a_start in leads_a and al.b_start in leads_b for al in aligned)
