"""A pronoun object of an act in a subordinate clause, which refers to the main clause's subject:
"The soldiers, from the army's 11th Infantry Division, were escorting engineers when gunmen opened
fire on them (on their vehicle)" -- the division was attacked. The object finder only reads names,
so such acts lost the victim the sentence had named before the "when"."""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# right after the trigger: "on them", "at them", "them", "on their vehicle", "their convoy"
_PRONOUN_AFTER = re.compile(r"\s+(?:(?:on|at|upon|against)\s+)?(them|their)\b", re.I)
# the subordinator that opens the act's clause, after the main clause that names the victims
_SUBORDINATOR = re.compile(r"(?:^|[\s,])(?:when|as|while|after)\s+", re.I)
_BODIES = frozenset({"ORG", "NORP"})


def referent(s: Sentence, end: int, pos: int) -> Mention | None:
    """The body "them"/"their" after the act at ``pos:end`` refers to: the first organisation or
    people the sentence names before the subordinate clause the act stands in, else None."""
    if _PRONOUN_AFTER.match(s.text, end, min(s.end, end + 16)) is None:
        return None
    sub = None
    for m in _SUBORDINATOR.finditer(s.text, s.start, pos):
        sub = m
    if sub is None:
        return None
    for m in s.mentions:
        if m.start >= sub.start():
            return None
        if m.type in _BODIES:
            return m
    return None
