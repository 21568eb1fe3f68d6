"""Antecedents a pronoun or a description finds close by rather than in the quote history.

    coordinated(text, sentences, idx, at) -> Speaker | None
    cataphor(text, sentences, idx, cues, desc) -> Speaker | None

A pronoun after "and" in a sentence naming one person stands for that person ("Condemned by
Minister X the attack and he said"), whoever spoke before. A definite office description that
no earlier name explains may name the person the next sentence introduces (a cataphor: "“...,”
the president said. President X spoke to reporters ...").
"""
from __future__ import annotations

import bisect
import re

from sitrep.quotes.cues import Cues
from sitrep.quotes.speakers import MentionIndex, Speaker, named_speaker

_COORDINATOR = re.compile(r"\b(?:and|but)[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s\b")


def _sentence(sentences: list[tuple[int, int]], at: int) -> int:
    return max(0, bisect.bisect_right([s for s, _ in sentences], at) - 1)


def coordinated(text: str, sentences: list[tuple[int, int]], idx: MentionIndex, at: int) -> Speaker | None:
    """The person a pronoun at ``at`` after "and"/"but" stands for when its sentence names only
    one person before it (a translated, inverted clause whose agent is the subject of the
    coordinated one)."""
    if not sentences:
        return None
    s = sentences[_sentence(sentences, at)][0]
    if not _COORDINATOR.search(text, max(s, at - 8), at):
        return None
    persons = [m for m in idx.within(s, at) if m.type == "PERSON" and not _POSSESSIVE.match(text, m.end)]
    if not persons or len({m.local for m in persons}) != 1:
        return None
    return named_speaker(persons[-1])


def cataphor(text: str, sentences: list[tuple[int, int]], idx: MentionIndex, cues: Cues,
             desc: Speaker) -> Speaker | None:
    """The person the sentence after a definite office description ("the president") introduces
    with that office ("President X ..."): the first person named there, only if so titled."""
    words = (desc.name or "").lower().split()
    if len(words) < 2 or words[0] != "the" or desc.end is None or not sentences:
        return None
    title = " ".join(words[1:])
    if title not in cues.office_title_set:
        return None
    forms = cues.office_synonyms.get(title, (title,))
    si = _sentence(sentences, desc.end)
    stop = sentences[min(si + 1, len(sentences) - 1)][1]
    for m in idx.within(desc.end, stop):
        if m.type == "PERSON":
            before = text[max(0, m.start - 60):m.start].rstrip(" ,").lower()
            return named_speaker(m) if before.endswith(forms) else None
    return None
