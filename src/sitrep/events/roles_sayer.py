"""The group whose own fighters a report speaks of: "JNIM said in a statement that a small unit of
fighters had destroyed six aircraft" -- an armed group reporting an act of bare, undetermined member
words ("fighters", "a unit of fighters") reports its own men's act, so the group is the actor.
"The rebels said the soldiers had killed ..." (a definite force) stays someone else's
(``drafting_cues.definite_force``)."""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# words a group uses of its own men; "soldiers", "police", "gunmen" name others as often as its own
_OWN_MEMBERS = frozenset({"fighters", "combatants", "mujahideen", "members"})
# between the group's name and its reporting verb: nothing, a closing bracket ("(JNIM) said"), or a
# short appositive ("JNIM, al-Qaeda's branch in the Sahel, said")
_SAYER_GAP = re.compile(r"[\s)\]]*(?:,[^,;:.]{1,60},\s*)?$")


def own_members_group(s: Sentence, pos: int, described: str | None) -> Mention | None:
    """The named organisation that reports, before ``pos``, an act of its own ``described`` members,
    or None when the words are no member words or no organisation is the sayer."""
    if described is None or described.lower().split()[-1] not in _OWN_MEMBERS:
        return None
    starts, _ = s.cue_spans.get("reporting", ((), ()))
    reps = [a for a in starts if s.start <= a < pos]
    if not reps:
        return None
    verb = reps[0]             # the sentence's main report: later ones are inside what it says
    sayer = next((m for m in s.mentions if s.start <= m.start and m.end <= verb
                  and _SAYER_GAP.fullmatch(s.text, m.end, verb) is not None), None)
    return sayer if sayer is not None and sayer.type == "ORG" else None


_SAYER_TYPES = frozenset({"PERSON", "ORG", "GPE"})


def quote_sayer(s: Sentence, pos: int) -> Mention | None:
    """Who says "we" at ``pos`` inside a quotation the sentence itself attributes ('"We hold X
    responsible," the party said.', '"..., we will respond," said X'): the first party named in the
    trailing attribution; None for a "we" outside quotes or a quotation the sentence leaves unattributed."""
    if not any(a <= pos < b for a, b in s.quoted):
        return None
    tail = s.tail()
    if tail >= s.end or tail <= pos:
        return None
    return next((m for m in s.mentions if tail <= m.start and m.end <= s.end and m.type in _SAYER_TYPES
                 and not s.prepositional(m)), None)
