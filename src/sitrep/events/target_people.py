"""Whether an event's role names a people's members rather than their state.

``merge`` turns a demonym into its state ("Israeli strikes" -> Israel), right for the party that
acts or is addressed. A demonym that is the *target* of an act counting its victims ("six Russian
peacekeepers were killed", "killed three Lebanese soldiers") or of an arrest ("detained several
Azerbaijani servicemen") names the people hit -- coders (CAMEO/PLOVER) code such a victim group by
itself, not by the state, which neither suffered nor was detained as a party."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.model import EventFact

__all__ = ["PERSONAL_ACTS", "group_subject", "names_people"]

# acts done to persons, whatever the wording: the demonym of their target describes those persons
PERSONAL_ACTS = frozenset({"COERCE"})

def names_people(f: EventFact) -> bool:
    """Whether the fact's target, if a demonym, stands for the people it counts or holds."""
    return f.action in PERSONAL_ACTS or bool(f.fatalities) or bool(f.injuries)


@lru_cache(maxsize=1)
def _group_gap() -> re.Pattern:
    from sitrep.events.lexicon import lexicon
    # the people a demonym describes (cue set ``people_nouns``) and the member nouns ("troops")
    words = lexicon().words
    nouns = set(words.get("people_nouns", ())) | set(words.get("member_nouns", ()))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(nouns, key=len, reverse=True))
    # "Russian| peacekeepers were |killed": the demonym heads the noun phrase right before the verb
    return re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + alt + r")\s+(?:(?:had|have|has|were|was|are|is|been|being|reportedly)\s+)*$",
                      re.I)


def group_subject(text: str, end: int, pos: int) -> bool:
    """Whether the words between a demonym (ending at ``end``) and the verb at ``pos`` are only the
    people it describes and auxiliaries: then that group is the clause's subject, and no name
    further left (a dateline city, a speaker) is."""
    return pos - end < 64 and _group_gap().match(text, end, pos) is not None
