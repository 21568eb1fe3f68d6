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

import numpy as np

# the alignment machinery (``align``) and the loose path (``loose``) live in their own modules;
# the names tests and ``sketch`` import from here stay importable (``__all__``)
from sitrep.dedup.align import (COPY_SENTENCE, MIN_CONTENT, REWRITE_COVERAGE, Alignment, _cells, _conflict,
                                _in_order, _lead, _lead_disagrees, _match, _shared)
from sitrep.dedup.incident import other_incident
from sitrep.dedup.loose import LOOSE_LEAD, _figures_apart, _loose_rewrite, _same_figures
from sitrep.dedup.sketch import Sketch, sketch
from sitrep.dedup.retold import retold as retold_report
from sitrep.dedup.reprint import reprinted_lead
from sitrep.dedup.brief import brief_rewrite

__all__ = ["Alignment", "MIN_CONTENT", "Prepared", "Verdict", "compare", "containment", "duplicate", "prepare",
           "_cells", "_conflict", "_figures_apart", "_lead", "_same_figures"]

COPY_CONTAINMENT = 0.6      # share of the shorter text's 5-grams found in the longer one
PARTIAL_SENTENCES = 3       # copied sentences that make a shared passage
# conflicting matched sentences allowed per aligned one: a copy's edited date or a rewrite's
# "Kiev"/"Kyiv" is one conflict among many aligned sentences; a template's next event is
# conflicts nearly throughout
MAX_CONFLICT_SHARE = 1.0


@dataclass(slots=True)
class Verdict:
    kind: str | None                 # "copy", "rewrite", "partial" or None
    similarity: float
    containment: float
    coverage: float
    aligned: list[Alignment] = field(default_factory=list)
    conflicts: int = 0               # matched sentences that swap a figure or a name (a template's other event)
    reprint: bool = False            # a partial copy that is one text's lead reprinted (``reprint``)

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
    kind, reprint = None, False
    if vetoed:
        loose = _loose_rewrite(pa, pb, shared, usable) if retold else None
        if loose is not None:
            kind, aligned = "rewrite", loose
            coverage = len(aligned) / usable
    elif contained >= COPY_CONTAINMENT or (usable and copied / usable >= 0.7):
        kind = "copy"
    elif (coverage >= REWRITE_COVERAGE and (len(aligned) >= 3 or brief_rewrite(pa, pb, aligned, conflicts))
          and _in_order(aligned) >= 0.6
          and not (conflicts and _lead_disagrees(pa, pb, conflicts))):
        # aligned background lines make no rewrite of a lead that tells another incident
        kind = "rewrite"
    elif copied and (reprint := reprinted_lead(pa, pb, aligned)) or copied >= PARTIAL_SENTENCES:
        kind = "partial"        # (``reprint``: a live blog's or roundup's entry, the wire's opening)
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
    # a rewrite's leads tell one incident; a desk template's report of another aligns on its
    # background lines while each lead holds a place, a day and figures the other never tells
    if kind == "rewrite" and other_incident(pa, pb):
        kind = None
    return Verdict(kind, round(max(contained, coverage), 3), contained, coverage, aligned, len(conflicts),
                   reprint and kind == "partial")
