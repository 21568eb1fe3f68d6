"""Whose forces a deployment moves when the trigger opens with the force itself: "Kenyan troops were
deployed to Mandera", "more soldiers were deployed along the border", "UPDF troops were sent to".

A deployment (PLOVER MOBILIZE) is the act of the side whose forces move; the force word heads the
trigger, so the subject rule finds nothing before it. The side is the actor or state named right
before the force word ("Kenyan troops", "UPDF soldiers"), else the body the document names for that
force word ("soldiers" -> the army it names, by ``sitrep.actors.forces``' rule); a place after the
verb stays the target.
"""
from __future__ import annotations

import re

from sitrep.events.roles_np import force_body
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

_OWNER_TYPES = frozenset({"NORP", "GPE", "ORG"})
# the force word that opens the trigger ("troops were deployed to"), and the word for its family
_FORCE = re.compile(r"(forces|troops|soldiers|units|police|policemen|personnel|reinforcements|gendarmes|peacekeepers)\b", re.I)
_FAMILY = {"police": "police", "policemen": "police", "gendarmes": "police"}
_ADJACENT = re.compile(r"\s*(?:['’]s\s+)?(?:(?:more|additional|extra|fresh|new|[\d,]+)\s+)?$", re.I)


def deploying_side(s: Sentence, start: int) -> Mention | None:
    """The side whose forces the deployment trigger starting at ``start`` moves, or None."""
    m = _FORCE.match(s.text, start)
    if m is None:
        return None
    before = [x for x in s.mentions if x.end <= start and start - x.end <= 30 and x.start >= s.start]
    if before:
        last = before[-1]
        if last.type in _OWNER_TYPES and _ADJACENT.fullmatch(s.text, last.end, start):
            return last                        # "Kenyan troops", "UPDF's soldiers", "Kenya's 400 police"
    word = m.group(1).lower()
    if word in ("forces", "units", "personnel", "reinforcements", "peacekeepers"):
        return None                            # no one force's word: whose they are is not said
    return force_body(s, "the army" if _FAMILY.get(word) is None else "police")
