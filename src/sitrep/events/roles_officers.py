"""A bare "officers" as the subject of an act ("officers on Wednesday arrested four men"): the
document's named police body when it names one. Bare "officers" is no generic force word of its
own (an army has officers too), so it stands for the police only where the story names a police
body and no army or military word qualifies it ("army officers" keeps its own reading)."""
from __future__ import annotations

import re

from sitrep.events.roles_np import force_body
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# "officers arrested", "officers on Wednesday arrested", "officers in Bunia later detained": a short
# day or place phrase (no comma) between the noun and its verb still leaves it the subject
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+\w+|\w+\s+\d{1,2})"
_BETWEEN = (r"(?:(?:in|at)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?\s+|(?:on|late|early|last)\s+" + _DAY + r"\s+)")
_OFFICERS = re.compile(r"(?<![\w'’-])((?:[\w-]+\s+)?)officers\s+" + _BETWEEN + r"{0,2}"
                       r"(?:(?:\w+ly|also|then|later|have|has|had)\s+){0,2}$", re.I)
# a qualifier that makes the officers someone else's than the police's
_NOT_POLICE = frozenset({"army", "military", "intelligence", "prison", "customs", "border", "medical", "senior",
                         "commanding", "former", "retired", "rebel", "militia", "ranking"})


def officers_subject(s: Sentence, lo: int, pos: int) -> Mention | None:
    """The document's police body a bare "officers" right before the verb at ``pos`` stands for, or None."""
    m = _OFFICERS.search(s.lower, max(lo, pos - 60), pos)
    if m is None or m.group(1).strip() in _NOT_POLICE:
        return None
    return force_body(s, "police") if s.doc else None
