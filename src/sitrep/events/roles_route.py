"""Places that say where an act happened, not whom it was aimed at.

The route of a march is where a protest went, not whom it was against: "thousands marched through
Juliaca", "protesters marched on the city's airport", "crowds poured into Dhaka". A place reached by
a preposition of motion after a protest verb is its location; the target is what the crowd opposed
("chanting against the president", "demanding his resignation"), found further on. A formal protest
"to" or "with" a state ("lodged a protest with Moscow") keeps its reading: those prepositions are not
routes here.

The place of a crowd is where force met it: "fired tear gas at protesters on Kenyatta Avenue", "opened
fire on mourners in Juliaca". The act's object is the crowd (a description), the street or town is
where it stood.

A place listed after "including" that widens a location already given ("imposed a curfew in X and
nearby areas, including Y and Z") is more of the where.
"""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

_PLACES = frozenset({"GPE", "LOC", "FAC"})
# a preposition of motion, an optional determiner and one lower-case word ("through central Juliaca")
# (or "to" after a verb of marching: "marched to the parliament", "headed back to the square")
_ROUTE = re.compile(r"(?<![\w-])(?:through|on|onto|into|towards?|along|past|up|down|"
                    r"(?:march|walk|head|proceed|stream|trek)(?:ed|ing|es|s)?\s+(?:(?-i:[a-z]+)\s+)?to)\s+(?:the\s+)?"
                    r"(?:(?-i:[a-z][\w'’-]*)\s+)?$", re.I)


def route(s: Sentence, m: Mention) -> bool:
    """Whether the place ``m`` is where a march went ("marched through |Juliaca|")."""
    return m.type in _PLACES and _ROUTE.search(s.text, max(s.start, m.start - 30), m.start) is not None


# a crowd or group of people right before a locating preposition: the place is where they stood
_PEOPLE_AT = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|crowds?|mobs?|marchers|mourners|"
                        r"people|residents|civilians|students|villagers|worshippers|supporters|activists)\s+"
                        r"(?:on|in|at|near|along|outside|inside|around)\s+(?:the\s+)?(?:(?-i:[a-z][\w'’-]*)\s+)?"
                        # the places listed before this one ("on Kenyatta Avenue and |Moi Avenue")
                        r"(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))*$", re.I)
# ", including Y" after a location (and a vague widening of it: "and nearby areas")
_WIDENED = re.compile(r"(?:\s+and(?:\s+(?-i:[a-z][\w'’-]*)){1,3})?\s*,?\s*(?:including|such\s+as)\s+(?:the\s+)?", re.I)
# the list going on ("including Baneshwor, Sinamangal |and Koteshwor")
_LIST_ON = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_INCLUDING = re.compile(r"\b(?:including|such\s+as)\s", re.I)


def crowd_place(s: Sentence, pos: int, m: Mention) -> bool:
    """Whether the place ``m`` is where a crowd named after the trigger at ``pos`` stood."""
    return m.type in _PLACES and m.start - pos <= 120 and \
        _PEOPLE_AT.search(s.text, max(pos, m.start - 60), m.start) is not None


def widened_place(s: Sentence, pos: int, where: int, m: Mention) -> bool:
    """Whether the place ``m`` is listed after "including" to widen the location ending at ``where``
    (the trigger ends at ``pos``)."""
    if m.type not in _PLACES or where < 0:
        return False
    if _WIDENED.fullmatch(s.text, where, m.start) is not None:
        return True
    return _LIST_ON.fullmatch(s.text, where, m.start) is not None and _INCLUDING.search(s.text, pos, where) is not None


def route_place(s: Sentence, end: int, hi: int) -> Mention | None:
    """The first place a march went through after a protest verb ending at ``end`` (before ``hi``):
    kept as the protest's where, so a march by an unnamed crowd still stands as an act."""
    for m in s.mentions:
        if m.start < end:
            continue
        if m.start >= hi:
            return None
        if route(s, m):
            return m
    return None
