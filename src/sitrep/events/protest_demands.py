"""A protest's own demand is no separate request.

"Hundreds of protesters gathered outside parliament demanding his resignation", "took to the streets
calling for the junta's departure": the participle says what the protest is about (CAMEO 14x:
demonstrate *for* a demand). Coded apart it becomes a REQUEST whose actor the role finder guesses
from the wider sentence, so it is dropped when a PROTEST act of the same clause comes right before it.
"""
from __future__ import annotations

import re

from sitrep.events.draft import Draft

# what may stand between the protest verb and its demand: no clause break, no new finite subject
_BREAK = re.compile(r"[;:.!?]|\b(?:and|but|while|as|after|before|when|whereas)\b\s+(?!(?:demanding|calling|chanting)\b)", re.I)
_GAP = 160          # a protest and its participle sit in one clause: "gathered outside X on Y evening demanding"


def voices_a_protest(text: str, d: Draft, drafts: list[Draft]) -> bool:
    """Whether the REQUEST draft ``d`` is an -ing participle ("demanding", "calling for") that
    states the demand of a PROTEST draft just before it in the same clause."""
    if d.action != "REQUEST" or d.form != "ing" or not d.verbal:
        return False
    for p in drafts:
        if p.action != "PROTEST" or p.end > d.start or d.start - p.end > _GAP:
            continue
        if not _BREAK.search(text, p.end, d.start):
            return True
    return False
