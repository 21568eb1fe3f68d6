"""A time standing in a coordinated clause of saying after the act.

"The coordinator condemned the killings and said the attacks mirrored atrocities committed in
Darfur in 2023": the year dates the atrocities the speaker compares, inside what she said, not her
condemnation. The act's own clause ends where a coordinated verb of saying ("and said", ", saying",
", adding that") opens the reported speech.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load


@lru_cache(maxsize=1)
def _saying_after() -> re.Pattern[str]:
    verbs: set[str] = set()
    for entry in load("event_cues.json"):
        if entry.get("name") == "attribution_verbs":
            verbs |= {t.lower() for t in entry["terms"]}
    verbs = verbs or {"said"}
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    # (a participle form of the same verbs: "..., saying", "..., adding that")
    return re.compile(rf"(?:\band\s+(?:\w+ly\s+)?(?:{alt})|,\s*(?:saying|adding|warning|noting|insisting|claiming))\b",
                      re.I)


def in_said_clause(text: str, end: int, t_start: int) -> bool:
    """Whether the time starting at ``t_start``, after an act ending at ``end``, stands in speech
    a coordinated verb of saying between them opens ("condemned the raid and said ... in 2023")."""
    return t_start > end and _saying_after().search(text, end, t_start) is not None
