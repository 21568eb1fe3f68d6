"""A plain place in an act's target slot that only says where: "hit a car near X village in Y
sub-district of Duhok province", "a bomb hit a patrol in the Z area south-west of Kirkuk", "the
deputy mayor of Sinun subdistrict told AFP". Such a town or province is reached through "of" after a
place noun or a compass word, or names an administrative unit; the object finder skips only places
after a locating preposition, so these became whom the act was aimed at. A country or a capital
(a government behind it) is left alone: "an attack on Iraq" may be aimed at its state."""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

_PLACES = frozenset({"GPE", "LOC", "FAC"})
# "Batifa sub-district of", "south-west of", "the mayor of", "in the State of": "of" ties the place
# to a named place, a direction or an office, or stands in a locative, never names a victim ("the
# town of Kawlin" seized is Kawlin itself; "on the outskirts of Sumy" stays whom a strike hit)
_OF_PLACE = re.compile(r"(?:(?-i:[A-Z][\w'’-]*)\s+(?:district|sub-?district|province|region|area|village|town|county|"
                       r"governorate|municipality)|(?<![\w-])(?:south|north)[\s-]?(?:east|west)|(?<![\w-])(?:mayor|"
                       r"governor|council)|(?<![\w-])(?:in|near|across)\s+the\s+(?:state|province|region|district|governorate|"
                       r"county|city|town|village))\s+of\s+(?:the\s+)?$", re.I)
# "Sinun subdistrict", "Duhok province": the name of an administrative unit, a where
_UNIT_AFTER = re.compile(r"\s+(?:sub-?district|district|province|governorate|county|municipality|region|"
                         r"area|village|town)\b", re.I)
# "in the English-speaking North-West region", "in northern Kaduna state": up to two modifiers between
_OF_BEFORE = re.compile(r"(?<![\w-])(?:of|in|near)\s+(?:the\s+)?(?:(?!(?:of|in|near|on|at|and|or)\s)[\w-]+\s+){0,2}?$", re.I)


def only_where(s: Sentence, m: Mention) -> bool:
    """Whether the place ``m`` (in a target slot) only says where the act happened."""
    if m.type not in _PLACES:
        return False
    lo = max(s.start, m.start - 40)
    if _OF_PLACE.search(s.text, lo, m.start):
        return True
    return _OF_BEFORE.search(s.text, lo, m.start) is not None \
        and _UNIT_AFTER.match(s.text, m.end, min(s.end, m.end + 16)) is not None


# "near the borders with Niger and Burkina Faso", "along the frontier with X": a country named as a
# border's other side locates the act, even one a government stands behind
_BORDER_WITH = re.compile(r"(?<![\w-])(?:borders?|frontiers?|boundar(?:y|ies))\s+(?:with|of)\s+(?:the\s+)?$", re.I)
# "in the provinces of Tehran", "on the southern island of Basilan", "in Ecuador's port city of
# Guayaquil", "south-west of the northern city of Kirkuk": a unit noun after a locating preposition
# (a possessive or up to two modifiers between) names where the act was. "On", "at" and a bare "of"
# may instead mark whom an act was aimed at ("air strikes on the town of Kordi", "the siege of the city
# of X"), so "on" counts only before an island and "of" only after a compass word; "attacked the
# town of X" has no preposition and X stays the target
_UNIT = (r"(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:city|cities|town|towns|province|provinces|region|regions|state|states|"
         r"district|districts|governorate|governorates|county|counties|village|villages|municipality|municipalities|"
         r"department|departments|commune|communes|prefecture|prefectures|island|islands)")
_LOCATED_UNIT = re.compile(
    r"(?:(?<![\w-])(?:in|near|outside|around|across|inside|off)\s+(?:the\s+)?" + _UNIT +
    r"|(?<![\w-])on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?islands?"
    r")\s+of\s+(?:the\s+)?$", re.I)
# "in a valley south-west of the northern city of Kirkuk": a compass bearing from the place says the
# act was elsewhere, so the place is never its target
_COMPASS_UNIT = re.compile(r"(?<![\w-])(?:south|north|east|west)(?:[\s-]?(?:east|west))?\s+of\s+(?:the\s+)?" + _UNIT +
                           r"\s+of\s+(?:the\s+)?$", re.I)
# "in X, Y and Z provinces": a list of names closed by a plural unit noun
_IN_BEFORE = re.compile(r"(?<![\w-])(?:in|near|across|across\s+the)\s+$", re.I)
_UNITS_AFTER = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)*,?\s+(?:and|or)\s+(?-i:[A-Z])[\w'’-]*"
                          r"(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:provinces|districts|regions|states|governorates|counties|"
                          r"departments|prefectures|municipalities)\b", re.I)
# the glue of a list of places: "Tehran, Khuzestan and Ilam"
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", re.I)
_LOCATIVE_ACTS = frozenset({"ASSAULT", "COERCE"})


def located(s: Sentence, m: Mention, action: str, anchored: bool = True) -> bool:
    """Whether place ``m`` in an assault's or a coercion's target slot is reached through a
    locating phrase ("near the borders with X", "in the provinces of X, Y and Z") and so only says
    where it happened, whether or not a government stands behind it. A deployment along a border
    may be aimed at the country beyond it, so other acts are left alone.

    ``anchored``: whether the act has a party besides this place. A country beyond a border is never
    where nor whom; a town or province that is where it happened is still the one thing an act with
    no named party is known by ("a rocket hit an orchard outside the town of Metula"), so it stays
    there unless the act names its actor."""
    if m.type not in _PLACES or action not in _LOCATIVE_ACTS:
        return False
    return _located(s, m, 0, anchored)


def _located(s: Sentence, m: Mention, depth: int, anchored: bool) -> bool:
    lo = max(s.start, m.start - 60)
    if _BORDER_WITH.search(s.text, lo, m.start) or _COMPASS_UNIT.search(s.text, lo, m.start):
        return True
    if anchored and _LOCATED_UNIT.search(s.text, lo, m.start):
        return True
    if anchored and _IN_BEFORE.search(s.text, lo, m.start) and _UNITS_AFTER.match(s.text, m.end, min(s.end, m.end + 80)):
        return True                # "in Tehran, Khuzestan and Ilam provinces"
    if depth >= 6:
        return False
    # a later member of a list whose earlier member is so located: "Tehran, Khuzestan and Ilam"
    prev = None
    for o in s.mentions:
        if o.end <= m.start:
            prev = o
        else:
            break
    return prev is not None and prev.type in _PLACES and _LIST_GLUE.fullmatch(s.text, prev.end, m.start) is not None \
        and _located(s, prev, depth + 1, anchored)
