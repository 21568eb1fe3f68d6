"""The force whose site or unit an act hits when a common noun names it with the force's word before
it: "attacked an army post", "ambushed a military convoy", "stormed a police station". The target is
the body the document names for that force ("the army" -> the Malian Armed Forces), by the same rule
as every generic force word (``sitrep.actors.forces``); with none named, the word describes it.

The premodifiers and site nouns are data (``force_sites.json``). A capitalised word between the
article and the force word ("a Chinese army base") names some other state's force, so it is left to
the mention rules.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.sentence import Sentence
from sitrep.knowledge import load


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for e in load("force_sites.json"):
        out.append((re.compile(
            # "an army post", "a remote military outpost", "two army trucks", "the police station in X"
            r"\s+(?:an?|the|two|three|several|\d+)\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:" + _alt(e["premodifiers"]) + r")\s+(?:"
            + _alt(e["sites"]) + r")\b(?![-'’])", re.I), e["role"]))
    return tuple(out)


def site_role(s: Sentence, end: int) -> str | None:
    """The force role ("army", "police") whose site or unit is the object right after a verb ending at
    ``end``, or None."""
    for rx, role in _patterns():
        if rx.match(s.text, end, s.end) is not None:
            return role
    return None
