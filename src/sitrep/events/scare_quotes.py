"""Scare quotes: a few words of an official's account set in quotation marks inside the reporter's
own sentence ('troops "neutralised three terrorists"', 'it had "put out of action" 120 fighters',
'11 assailants had been "neutralised"').

Words inside a quotation are normally the speaker's, not a reported act ("we will strike them"),
so the coder skips triggers there. A short fragment embedded mid-sentence that speaks of a done
act in the past tense, with no first or second person and no modal, is the reporter quoting the
source's wording for what happened: the act is reported like any other, and its roles come from
the reporter's sentence around it.
"""
from __future__ import annotations

import re

from sitrep.events.drafting import MATERIAL

# more words than this and the quotation is a statement in its own right
_MAX_WORDS = 6
# a speaker's voice or a not-yet-done act inside the quotation
_SPEAKER = re.compile(r"\b(?:i|we|us|our|ours|my|me|you|your|will|would|shall|should|could|can|may|might|must|"
                      r"going|'ll|’ll|not|never|no)\b", re.I)
_DONE = frozenset({"past", "participle", "pastpart"})
_MENTIONED = re.compile(r"\b(?:word|words|term|terms|phrase|expression|label|euphemism|so-called|dubbed)$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)(?:\s+\w+ly)?$", re.I)


def narrated(text: str, quote: tuple[int, int], sentence_start: int, specs) -> bool:
    """Whether a trigger with ``specs`` inside ``quote`` (start and end of the quotation, marks
    included) is an act the reporter tells in the source's words, not words a speaker said."""
    a, b = quote
    inner = text[a + 1:b - 1]
    if len(inner.split()) > _MAX_WORDS or _SPEAKER.search(inner):
        return False
    if not any(sp.kind == "verb" and sp.form in _DONE for sp in specs):
        return False
    before = text[sentence_start:a].rstrip()
    # a quotation opening the sentence, or introduced by a colon, is the speaker's statement
    if not before or before.endswith((":", "“", '"')):
        return False
    if _MENTIONED.search(before):
        return False          # 'use the word "neutralized" to imply ...': the word, not the act
    # a lone passive participle ('Hamza was "kidnapped"', 'were "martyred"') is the claimant's
    # label for what befell someone, the marks keeping it at a distance: no act of the reporter's
    return not (len(inner.split()) == 1 and _PASSIVE.search(before))


def unnamed(quoted: list[tuple[int, int]], hit, draft) -> bool:
    """Whether ``draft``, coded from a material trigger ``hit`` inside one of ``quoted`` (let through
    by ``narrated``), names neither actor nor target."""
    if draft.actor is not None or draft.target is not None:
        return False
    if not all(sp.action in MATERIAL and sp.action != "THREATEN" for sp in hit[3]):
        return False
    return any(a <= hit[0] and hit[1] <= b for a, b in quoted)
