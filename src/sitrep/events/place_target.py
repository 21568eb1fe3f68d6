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
_OF_BEFORE = re.compile(r"(?<![\w-])(?:of|in|near)\s+(?:the\s+)?$", re.I)


def only_where(s: Sentence, m: Mention) -> bool:
    """Whether the place ``m`` (in a target slot) only says where the act happened."""
    if m.type not in _PLACES:
        return False
    lo = max(s.start, m.start - 40)
    if _OF_PLACE.search(s.text, lo, m.start):
        return True
    return _OF_BEFORE.search(s.text, lo, m.start) is not None \
        and _UNIT_AFTER.match(s.text, m.end, min(s.end, m.end + 16)) is not None
