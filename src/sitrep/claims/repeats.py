"""Acts counted by how often they happened: "police have been attacked more than 40 times since
May", "Israel has now struck Yemen four times since July".

"N times" is no count on its own ("three times the size"); after a verb of attack in its clause
it counts the attacks. The verbs and the unit each one counts are data (``repeat_act`` entries
of claim_units.json).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.claims.lexicon import Lexicon

# the verb, then at most three words (an object, "now", "again") and no clause break before the count
_TAIL = r"\b({verbs})\b(?:[ \t]+[\w'’-]+){{0,3}}[ \t]+$"


@lru_cache(maxsize=4)
def _tail_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(_TAIL.format(verbs=alt), re.I)


def repeated_act(text: str, qstart: int, sent_start: int, lex: Lexicon) -> str | None:
    """The unit of an act counted by "N times" whose count (with its qualifier) starts at
    ``qstart``: "attacks" for "attacked ... 40 times", or None when no verb of attack governs it."""
    if not lex.repeat_verbs:
        return None
    lo = max(sent_start, qstart - 60)
    m = _tail_re(tuple(lex.repeat_verbs)).search(text, lo, qstart)
    if m is None or any(ch in ",;:()" for ch in text[m.end(1):qstart]):
        return None
    return lex.repeat_verbs[m.group(1).lower()]
