"""A rewrite or a machine re-translation whose names are respelled: the same incident told again,
which the strict sentence matching takes for a desk template's other event.

A re-translation (a wire story put into Dari or Arabic and back into English by an aggregator) or
a local outlet's rewrite respells the names of nearly every sentence ("Khalid Zadran" / "Khaled
Zadran", "IS-K" / "Daesh", "Zabihullah Mujahid" / "Zabiullah Mujahed") and writes its small figures
as it likes, while keeping the facts and their order. The strict matching counts a sentence with a
name the other lacks as a CONFLICT (as a template swaps the town of its next attack), so such a pair
conflicts more than it aligns and is turned away before the loose, paraphrase path is tried; where
its figures are all small counts ("one killed", "five wounded"), no specific figure brings it back
(``compare``'s ``retold`` escape).

The pair is still worth the loose path (``loose._loose_rewrite``: most of the text aligned in order
on content words and figures, no figure swapped, leads that meet) when the two LEADS tell one
incident (``lead_facts``): the same toll, no other day, and no name of either lead missing from the
other's head without a near spelling there. A desk template's report of another incident fails
here: its lead has its own day and toll (``passage_leads_differ``'s trap), or, where the template
repeats even those, its own town ("Arbinda" where the other says "Djibo", no spelling of the other).

Measured on five visible sets (share of the shorter text aligned loosely, in order): rewrites and
re-translations 0.47-0.95 with no figure swapped; a template's other incident 0.36-0.62, sometimes
with a figure swapped, always with another lead day and toll; an independent report 0.00-0.47, its
sentences out of order. Alignment alone does not tell them apart: the leads do.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from sitrep import knowledge
from sitrep.dedup.align import _shared
from sitrep.dedup.compare import Verdict, containment
from sitrep.dedup.incident import other_incident
from sitrep.dedup.lead_facts import (_DATELINE, _PARAGRAPHS, _days_differ, _paragraph_facts, _vocab, HEAD_CHARS,
                                    LeadFacts, lead_paragraph)
from sitrep.dedup.loose import _loose_rewrite
from sitrep.dedup.sketch import Sketch

# a name respelled by a translation or a transliteration ("Khaled"/"Khalid", "Mashar"/"Machar",
# "Qaney"/"Qani"): Jaro-Winkler of the two, lower-cased, at least this (a template's other town,
# "Arbinda"/"Djibo", "Kharkiv"/"Kherson", scores well below)
RESPELLED = 0.85
_NAME = re.compile(r"\b[A-Z][A-Za-z'-]{2,}")
_WORDS = re.compile(r"[a-z][a-z'-]+")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """Capitalised words that name nothing: stopwords, number words, weekdays, months."""
    numbers, weekdays, months, _, _ = _vocab()
    return (frozenset(knowledge.wordlist("stopwords.txt")) | frozenset(numbers) | frozenset(weekdays)
            | frozenset(months))


def tolls_agree(a: LeadFacts, b: LeadFacts) -> bool:
    """Whether two leads tell one toll: both state a count of one kind (dead or wounded), every
    count both state is the same, and no day of one is another day of the other."""
    both = [(x, y) for x, y in ((a.killed, b.killed), (a.wounded, b.wounded)) if x is not None and y is not None]
    return bool(both) and all(x == y for x, y in both) and not _days_differ(a, b)


def _names(para: str) -> set[str]:
    common = _common()
    return {w for w in (m.lower() for m in _NAME.findall(_DATELINE.sub("", para, count=1))) if w not in common}


def _missing(names: set[str], head_words: frozenset[str]) -> set[str]:
    """The names no word of the other head writes, or spells nearly alike (same first letter)."""
    out = set()
    for name in names:
        if name in head_words:
            continue
        if not any(w[0] == name[0] and JaroWinkler.similarity(name, w) >= RESPELLED for w in head_words):
            out.add(name)
    return out


@lru_cache(maxsize=4096)
def _head_words(text: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(text[:HEAD_CHARS].lower()))


OPENING_WORDS = 12      # a paragraph this long opens the text (a dateline line, a caption-like label is shorter)


def _opening(text: str) -> str:
    """The first paragraph of the head with OPENING_WORDS words or more ("" when none)."""
    for para in _PARAGRAPHS.split(text[:HEAD_CHARS]):
        if len(_WORDS.findall(para.lower())) >= OPENING_WORDS:
            return para
    return ""


def same_lead(text_a: str, text_b: str) -> bool:
    """Whether two texts' leads tell one incident: the same toll and day (``tolls_agree``), or, where
    neither lead tells a toll, opening paragraphs of no other day; and not both leads holding a
    name the other's head does not write in any spelling."""
    para_a, facts_a = lead_paragraph(text_a[:HEAD_CHARS])
    para_b, facts_b = lead_paragraph(text_b[:HEAD_CHARS])
    if not para_a and not para_b:
        # neither lead tells a toll (a release, a siege, a speech): the opening paragraphs tell the
        # happening, on no other day and with no name swapped
        para_a, para_b = _opening(text_a), _opening(text_b)
        if not para_a or not para_b or _days_differ(_paragraph_facts(para_a), _paragraph_facts(para_b)):
            return False
    elif not tolls_agree(facts_a, facts_b):
        return False
    # one side may add a name (its dateline's town, its outlet): a template swaps one both ways
    return not (_missing(_names(para_a), _head_words(text_b)) and _missing(_names(para_b), _head_words(text_a)))


def respelled_rewrite(text_a: str, text_b: str, sa: Sketch, sb: Sketch) -> Verdict | None:
    """The rewrite verdict for two texts the strict verification turned away, when their leads
    tell one incident and they align loosely as a rewrite (see the module doc); else None.
    ``text_a``, ``text_b``: at least their first HEAD_CHARS."""
    if not same_lead(text_a, text_b):
        return None
    shared = _shared(sa, sb)
    if shared is None:
        return None
    usable = min(sa.usable, sb.usable)
    aligned = _loose_rewrite(sa, sb, shared, usable)
    if aligned is None or other_incident(sa, sb):
        return None
    coverage, contained = len(aligned) / usable, containment(sa, sb)
    return Verdict("rewrite", round(max(contained, coverage), 3), contained, coverage, aligned, 0)
