"""A time that modifies a noun of the clause, not the clause's verb.

"DI was blamed for the December 2023 bombing": December 2023 is when the bombing happened, not
when the blame was laid; "the group's 2014 assault", "last Thursday's raid" likewise. A time in
that attributive slot (after a determiner or a possessive, before a lower-case head noun, or
itself a possessive before one) dates the noun's event, so the act of a trigger before it must
not take it as its own.
"""
from __future__ import annotations

import re

from sitrep.model import TimeExpr

# a determiner or a possessive right before the time: "the", "its", "the group's"
_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|this|that)|\w['’]s)\s+$", re.I)
# the head noun right after it ("bombing"), or the time's own possessive ("Thursday's raid")
_AFTER = re.compile(r"(?:['’]s)?\s+[a-z][a-z-]{2,}\b")
_NOT_NOUNS = frozenset({"and", "or", "when", "after", "before", "while", "that", "which", "who", "to", "in",
                        "on", "at", "by", "for", "with", "from", "of", "as", "the", "was", "were", "is", "are"})


def attributive(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` is a pre-modifier of the noun after it ("the December 2023 bombing")."""
    first = t.text[:1]
    if not (first.isupper() or first.isdigit()):
        return False          # "the next day troops stormed": an adverbial, whatever follows
    m = _AFTER.match(text, t.end)
    if m is None or text[m.start():m.end()].lstrip("'’s \t").lower() in _NOT_NOUNS:
        return False
    possessive = text.startswith(("'s", "’s"), t.end)
    return possessive or _BEFORE.search(text, max(0, t.start - 40), t.start) is not None
