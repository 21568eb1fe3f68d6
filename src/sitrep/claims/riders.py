"""Counts that ride on another count in their sentence and are no figure of their own.

A vague count ("dozens", "hundreds") of casualties is a figure when it is all a text gives
("clashes left dozens dead"), and one victim named with an article is one when it stands alone
("a civilian was also killed"). Two kinds are not:
- a vague casualty count with "more" after an exact count of people in the same sentence
  ("17 civilians died and dozens more were injured", "four people, one of them a gendarme,
  have been killed and hundreds more hurt"): "more" sets it on top of the exact count, a rough
  rider on the toll. Without "more" it is a figure of its own ("killed four people and wounded
  dozens", "33 were martyred and dozens of others injured"), as a vague count first is;
- one victim named with an article after an exact count in the same state, joined by "and"
  ("Seventeen civilians and a police officer died"): the last member of the list the toll
  gives, not a count of its own (named first, "wounded an officer and two guards", it is one).
"""
from __future__ import annotations

import re

from sitrep.model import ClaimFact

# the units of a casualty toll, by how they end ("civilians killed", "deaths", "people injured")
_CASUALTY = ("killed", "injured", "dead", "deaths", "casualties")
# two members of a list of victims, from the first number to the second: the first's noun (a
# few words), "and", then at most two lower-case words ("and at least 15 policemen")
_LIST_AND = re.compile(r"\S+(?:\s+[A-Za-z'’-]+){1,4}?\s*,?\s+and\s+(?:[a-z]+\s+){0,2}")
_ARTICLES = frozenset(("a", "an"))
# "hundreds more": a vague count set on top of a count before it
_MORE = re.compile(r"\s+more\b")


def _vague(q: object) -> bool:
    """A count kept as words ("dozens", "tens of thousands"); a range ("10-15") has digits."""
    return isinstance(q, str) and not any(ch.isdigit() for ch in q)


def _exact(c: ClaimFact) -> bool:
    return not isinstance(c.quantity, str) and bool(c.quantity) and c.text.lower() not in _ARTICLES


def _listed_victim(text: str, out: list[ClaimFact], units: list, starts: list[int], sent_of: list[int],
                   i: int) -> bool:
    """Whether claim ``i``, one victim named with an article, follows an exact count in its
    sentence and state, joined to it by "and"."""
    c = out[i]
    if c.quantity != 1 or c.text.lower() not in _ARTICLES or units[i].state is None:
        return False
    j = i - 1
    return (j >= 0 and sent_of[j] == sent_of[i] and _exact(out[j]) and units[j].state == units[i].state
            and _LIST_AND.fullmatch(text, starts[j], starts[i]) is not None)


def own_figures(text: str, out: list[ClaimFact], units: list, starts: list[int], sent_of: list[int]) -> set[int]:
    """Indexes of the claims to keep (``out`` is in text order, ``starts`` where each number
    starts): all but the riders above."""
    keep: set[int] = set()
    people_sent = -1                       # the last sentence an exact count of people was read in
    for i, (c, si) in enumerate(zip(out, sent_of)):
        if not _vague(c.quantity):
            if _exact(c) and units[i].cls == "person":
                people_sent = si
            if _listed_victim(text, out, units, starts, sent_of, i):
                continue
        elif c.unit.endswith(_CASUALTY) and si == people_sent and _MORE.match(text, starts[i] + len(c.text)):
            continue
        keep.add(i)
    return keep
