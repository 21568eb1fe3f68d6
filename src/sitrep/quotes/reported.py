"""Reported speech closing a sentence: "..., a senior official said." and the inverted "..., said
one of the health workers, who asked not to be named." Used to attribute a quote the sentence
introduces and to find who a later pronoun stands for.
"""
from __future__ import annotations

import re

from sitrep.quotes.cues import Cues
from sitrep.quotes.postposed import phrase_after
from sitrep.quotes.speakers import MentionIndex, Speaker, phrase_before


def reported_speaker(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The speaker of reported speech ending the sentence ``text[a:b]``: "..., a senior official
    said." (the attribution must close the sentence)."""
    found = reported_attribution(text, a, b, idx, cues)
    return found[0] if found else None


def reported_attribution(text: str, a: int, b: int, idx: MentionIndex,
                         cues: Cues) -> tuple[Speaker, str] | None:
    """``reported_speaker`` with its cue ("told reporters"), for quotes that the sentence
    introduces."""
    comma = text.rfind(",", a, b)
    if comma == -1:
        return None
    vm = cues.verb.search(text, comma, b) if b - comma <= 90 else None
    if vm is None:
        return _inverted(text, a, b, idx, cues)
    cue, cend = cues.cue_at(text, vm.start(), vm.end(), b)
    if text[cend:b].strip(" \t.!?\u00a0\"'”’"):
        return _inverted(text, a, b, idx, cues)
    sp = phrase_before(text, comma + 1, vm.start(), idx, cues)
    return (sp, cue) if sp is not None else None


# a reporting verb right after a comma, its speaker after it: "..., said one of the medics, who ..."
_COMMA_VERB = re.compile(r",[ \t\u00a0]+(?=[a-z])")
# an auxiliary between the verb and the phrase read as its speaker: the verb takes a clause
_FINITE = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|did|does)\b")


def _inverted(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> tuple[Speaker, str] | None:
    """An inverted attribution closing a sentence, its speaker phrase followed by nothing or by an
    apposition or relative clause: "..., said one of the health workers, who asked not to be
    named." """
    for cm in _COMMA_VERB.finditer(text, a, b):
        vm = cues.verb.match(text, cm.end(), b)
        if vm is None or vm.group().endswith("ing") or vm.group().lower() in cues.fragment_only:
            continue
        cue, cend = cues.cue_at(text, vm.start(), vm.end(), b)
        sp = phrase_after(text, cend, b, idx, cues)
        if sp is None or sp.end is None or sp.kind == "pronoun" or (sp.kind == "description" and not any(
                w.strip(",.").lower() in cues.speaker_nouns for w in (sp.name or "").split())):
            continue
        if sp.start is not None and _FINITE.search(text, cend, sp.start):
            continue        # "X, which runs the hospital, said its teams had received 23 wounded people": a clause, no speaker
        rest = text[sp.end:b].strip(" \t\u00a0")
        if not rest or rest[0] in ",.!?":
            return sp, cue
    return None
