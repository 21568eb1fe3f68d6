"""A quoted fragment with no reporting verb of its own: the person its sentence is about.

    loose_subject(text, a, open_at, idx, cues) -> Speaker | None

News paraphrases a person's act and quotes a few of their words inside it: "He invited the
population not to share images “which serve the enemy's propaganda”", "The head of state launched
an operation to pursue the assailants “until their last retreats”". No cue names a speaker, but
the words are those of the person the sentence opens with. Only a person, and only as the subject
of an active verb: in "X was charged with “inciting violence”" the words are the charge's.
"""
from __future__ import annotations

import re

from sitrep.quotes.cues import Cues
from sitrep.quotes.speakers import MentionIndex, Speaker, description_of, sentence_subject
from sitrep.quotes.subjects import ADVERBIAL, lead_description

# a passive or a copula after the subject: its words are no act of the subject's
_PASSIVE = re.compile(r"[\s,]*(?:was|were|is|are|be|been|(?:has|have|had)\s+been)\b", re.I)


def loose_subject(text: str, a: int, open_at: int, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The person (a named person, a pronoun or a describing phrase, left for salience to resolve)
    that opens the sentence ``text[a:open_at]`` as the subject of an active verb."""
    sp = sentence_subject(text, a, open_at, idx, cues)
    if sp is None:
        # "On the spot, the Head of State launched ...": a describing subject, no name
        am = ADVERBIAL.match(text, a, open_at)
        lead = am.end() if am and not idx.within(a, am.end()) else a
        span = lead_description(text, lead, open_at, cues)
        sp = description_of(text, *span, cues) if span else None
    if sp is None or sp.end is None:
        return None
    if sp.kind == "named" and sp.type != "PERSON":
        return None
    if sp.kind == "pronoun" and cues.pronouns.get((sp.name or "").lower()) != "PERSON":
        return None
    if _PASSIVE.match(text, sp.end, open_at):
        return None
    return sp
