"""The subject of a verb inside a restrictive "who" clause: the noun right before "who". "arrested
two terrorists in the Hawija district who were involved in providing support to the cell": the
terrorists (no named party) provided it, never the force that arrested them. Comma-enclosed
relatives are read by ``timescope.relatives``; this covers the clause with no comma, which the
subject search walked straight out of to the main clause's subject."""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence, patterns
from sitrep.model import Mention

# "who" and a finite verb, then no clause break up to the trigger
_WHO = re.compile(r"(?<![\s,])\s+who\s+(?:(?:were|was|are|is|had|have|has|had\s+been|have\s+been|allegedly|"
                  r"reportedly)\s+)+[^,;:()\"“”]{0,70}$", re.I)
_NAMED_HEAD = frozenset({"PERSON", "ORG"})


def restrictive_who(s: Sentence, pos: int) -> tuple[Mention | None] | None:
    """``(head,)`` when ``pos`` stands in a comma-less "who" clause: ``head`` the person or
    organisation named right before "who", or None for an unnamed noun ("two terrorists");
    None when ``pos`` is in no such clause."""
    lo = max(s.start, pos - 110)
    if "who " not in s.lower[lo:pos]:
        return None                       # the common case, without a regex
    if patterns().passive_before.search(s.text, max(s.start, pos - 40), pos):
        return None                       # "two militants who were killed in the raid": the subject suffered
    m = _WHO.search(s.text, lo, pos)
    if m is None:
        return None
    who = m.start()
    head = next((x for x in reversed(s.mentions) if x.end <= who), None)
    if head is not None and who - head.end <= 1 and head.type in _NAMED_HEAD:
        return (head,)
    return (None,)
