"""Where an act happened: the place a locating phrase in the sentence ties to its trigger.

A place counts when a locative preposition introduces it ("in Kherson"), when it is a settlement a
raid fell on ("on Nyabiondo village"), when a description of it leads to it ("in the district of
Bint Jbeil") or when ``place_actor`` calls it a site. Split from ``roles``, which re-exports
``location`` and uses ``_place_of`` for its object rule.
"""
from __future__ import annotations

import re

from sitrep.events import place_actor
from sitrep.events.roles_np import PLACE_TYPES
from sitrep.events.sentence import Sentence
from sitrep.model import Mention


def location(s: Sentence, lo: int, hi: int, taken: set[int]) -> Mention | None:
    """The place a located preposition introduces nearest to the trigger."""
    best, dist = None, 1 << 30
    tail = s.tail()
    for m in s.mentions:
        if m.type not in PLACE_TYPES or id(m) in taken or (hi <= tail <= m.start) or s.origin(m) \
                or not (s.locative(m) or _settlement(s, m) or _place_of(s, m) or place_actor.site_of(s, m)):
            continue
        d = lo - m.end if m.end <= lo else max(0, m.start - hi)
        if d < dist and m.end <= lo and _speaker_side(s, m.end, lo):
            continue                  # "an official in Kyiv said Russia asked ...": where the source is
        if d < dist:
            best, dist = m, d
    narrow = s.narrowest_place(best, taken) if best is not None else None   # "X in Kabul's Y district"
    return narrow or best


_SETTLEMENT = re.compile(r"\s+(?:village|town|city|camp|district|neighbou?rhood|settlement|locality|market)\b", re.I)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)


def _settlement(s: Sentence, m: Mention) -> bool:
    """"an attack on Nyabiondo village": a settlement a raid fell on is where it happened."""
    return _SETTLEMENT.match(s.text, m.end, min(s.end, m.end + 16)) is not None \
        and _ON_BEFORE.search(s.text, max(s.start, m.start - 8), m.start) is not None


# "a car on the road ... in the district of Bint Jbeil", "near the town of X": a place a locating
# preposition introduces through a description of it is where the act happened, never whom it was
# aimed at ("a strike on the outskirts of Sumy" still aims at Sumy)
_PLACE_OF = re.compile(r"\b(?:in|near|at|inside|outside|around|across)\s+(?:the\s+)?(?:\w+\s+)?(?:district|town|"
                       r"village|city|outskirts|province|region|area|governorate|county|municipality|suburbs?|vicinity|"
                       r"neighbou?rhood|camp)\s+of\s+(?:the\s+)?$", re.I)


def _place_of(s: Sentence, m: Mention) -> bool:
    return m.type in PLACE_TYPES and _PLACE_OF.search(s.text, max(s.start, m.start - 45), m.start) is not None


def _speaker_side(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a verb of saying stands between ``lo`` and the trigger at ``hi``."""
    return any(h.group(0) != "that" for h in s.all("reporting", lo, hi))
