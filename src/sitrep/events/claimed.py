"""Claims of responsibility for an attack the document has already told.

"Gunmen attacked the village on Tuesday. JNIM claimed the attack, saying its fighters had killed
ten": the claim names who did the attack the text reported (PLOVER and ACLED code a claimed attack
to its claimant); it is no second attack. The claimant becomes the actor of the attack told before
it when that attack names none; either way the claim's own fact goes. A claim of an attack the
text does not otherwise report ("ISWAP claimed responsibility for an attack on farmers") stays the
one event, by the claimant. Patterns: ``event_claims.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.model import EventFact

# how far back (characters) the claimed attack may have been told
_REACH = 2500


@lru_cache(maxsize=1)
def _claim() -> re.Pattern | None:
    rx = [e["regex"] for e in load("event_claims.json") if e.get("regex")]
    return re.compile("|".join(f"(?:{r})" for r in rx), re.I) if rx else None


def fold_claims(text: str, facts: list[EventFact]) -> list[EventFact]:
    """``facts`` with each claim of an already told attack folded into that attack."""
    rx = _claim()
    if rx is None or "claim" not in text:
        return facts                      # the common case: one substring test
    drop: set[int] = set()
    for k, f in enumerate(facts):
        if f.action != "ASSAULT" or f.actor is None or rx.search(text, f.start, f.end) is None:
            continue
        told = next((o for o in reversed(facts[:k]) if o.action == "ASSAULT" and id(o) not in drop
                     and o.start < f.start and f.start - o.start <= _REACH and (o.actor is None or o.actor == f.actor)
                     and rx.search(text, o.start, o.end) is None), None)
        if told is None:
            continue
        if told.actor is None:
            told.actor, told.actor_name = f.actor, None
        drop.add(id(f))
    return [f for f in facts if id(f) not in drop] if drop else facts
