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


@lru_cache(maxsize=4)
def _head_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The verb right after "N times": "Rio had three times requested armoured vehicles"."""
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"[ \t]+({alt})\b", re.I)


def repeated_act(text: str, qstart: int, sent_start: int, lex: Lexicon, word_end: int | None = None) -> str | None:
    """The unit of an act counted by "N times" whose count (with its qualifier) starts at
    ``qstart``: "attacks" for "attacked ... 40 times", or None when no verb of attack governs it.
    ``word_end``: the end of "times", where the verb may follow instead ("had three times asked")."""
    if not lex.repeat_verbs:
        return None
    verbs = tuple(lex.repeat_verbs)
    lo = max(sent_start, qstart - 60)
    m = _tail_re(verbs).search(text, lo, qstart)
    if m is None or any(ch in ",;:()" for ch in text[m.end(1):qstart]):
        m = _head_re(verbs).match(text, word_end) if word_end is not None else None
        if m is None:
            return None
    return lex.repeat_verbs[m.group(1).lower()]
