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
        # a bare claim ("X claimed responsibility.") names no attack: it goes to the last dated one told
        bare = f.trigger[-14:].lower() == "responsibility"
        told = next((o for o in reversed(facts[:k]) if o.action == "ASSAULT" and id(o) not in drop
                     and o.start < f.start and f.start - o.start <= _REACH and (o.actor is None or o.actor == f.actor)
                     and rx.search(text, o.start, o.end) is None and not (bare and o.date is None)), None)
        if told is None:
            continue
        if told.actor is None and told.target != f.actor:
            # ("killed in a firefight with X ... X claimed it": X already stands in the attack as a party)
            told.actor, told.actor_name = f.actor, None
            _same_attackers(facts[:k], told, f, drop)
        drop.add(id(f))
    return [f for f in facts if id(f) not in drop] if drop else facts


def _same_attackers(before: list[EventFact], told: EventFact, claim: EventFact, drop: set[int]) -> None:
    """"Militants stormed a post on Saturday ... About 30 fighters attacked it ... X claimed
    responsibility": every earlier report of that attack by described, unnamed attackers is the
    claimant's too. The search goes back from the claim and stops at an attack by another named
    party (an earlier incident); only reports dated to the claimed attack's day are taken."""
    for o in reversed(before):
        if claim.start - o.start > _REACH:
            break
        if o is told or id(o) in drop or o.action != "ASSAULT":
            continue
        if o.actor is not None:
            if o.actor != claim.actor:
                break
            continue
        if o.actor_name is None or o.target == claim.actor:
            continue
        if o.date is not None and o.date == told.date:
            o.actor, o.actor_name = claim.actor, None
