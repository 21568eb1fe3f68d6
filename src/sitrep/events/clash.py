"""Mutual fighting: "fighting between A and B", "clashes that erupted overnight in X between A and B".

A clash has two sides and no attacker. Coded trigger by trigger, one clash sentence used to give
several assaults in arbitrary directions: the toll verb ("27 were killed in fighting ... between A
and B") took A as its victim, a conjunct made B a second victim, and "the Libyan capital" turned
the country into a target. The gold convention codes one ASSAULT per clash with the side named
first as actor and the other as target ("A / B -> B / A"), so that is what this pass makes of a
sentence's assault drafts: the drafts that speak of the clash become one draft, A -> B.
"""
from __future__ import annotations

import re

from sitrep.events import roles
from sitrep.events.draft import Draft
from sitrep.model import Mention

# the fight noun, the words that may stand before "between" (an onset verb, a time, a place, an
# apposition's head: "fighting that erupted overnight in the capital between two of its factions,"),
# and "between"
_FIGHT = re.compile(
    r"(?<![\w-])(?P<noun>clash(?:es)?|fighting|gun\s?battles?|gunfights?|firefights?|shoot-?outs?|"
    r"skirmish(?:es)?|battles?|hostilities|confrontations?)"
    r"(?P<gap>(?:,?\s+[^\s;:!?\"“”()]+){0,14}?)\s+between\s+", re.I)
# words that end the fight's own phrase: a new clause, a report, another relation
_GAP_BREAK = re.compile(r"(?<![\w-])(?:said|says|told|and|but|after|before|when|while|since|because|who|whom|"
                        r"killed|killing|left|leaving|was|were|is|are|has|have|had|between)(?![\w-])", re.I)
# what may stand between "between" and the first side: an article, a count of the sides
_LEAD = re.compile(r"(?:(?:the|two|rival|armed|its|their|of|most|powerful|heavily|main|[\w-]+)\s+){0,8}?", re.I)
# between the first side and the second: "and", an article, a side's head noun
_JOIN = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,?\s+and\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
# a toll verb: the clash's casualties, told by the verb rather than by the fight noun
_TOLL = re.compile(r"(?:killed|killing|kills|wounded|wounding|injured|injuring|left|leaving|claimed)\b", re.I)
_SIDE_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def sides(s: roles.Sentence) -> tuple[int, int, Mention, Mention] | None:
    """(fight noun start, end of the second side, first side, second side) of the sentence's
    first "fight ... between A and B", or None."""
    if "between" not in s.lower[s.start:s.end]:
        return None
    pos = s.start
    while (m := _FIGHT.search(s.lower, pos, s.end)) is not None:
        pos = m.end("noun")               # a rejected gap may hold the right fight noun ("clashes came after fighting")
        if _GAP_BREAK.search(m.group("gap")):
            continue
        first = _side_after(s, m.end(), 70)
        if first is None:
            continue
        second = next((k for k in s.mentions if k.start >= first.end and k.type in _SIDE_TYPES
                       and k.start - first.end <= 40), None)
        if second is None or second.local == first.local or \
                not _JOIN.match(s.text[first.end:second.start] + " "):
            continue
        return m.start(), second.end, first, second
    return None


def _side_after(s: roles.Sentence, pos: int, reach: int) -> Mention | None:
    for k in s.mentions:
        if k.start < pos:
            continue
        if k.start - pos > reach or k.type not in _SIDE_TYPES:
            return None
        lead = s.text[pos:k.start]
        # "two of its most powerful armed factions, the 444 Brigade": an apposition's head may come first
        head = lead.rsplit(",", 1)[-1] if "," in lead else lead
        return k if _LEAD.fullmatch(head.strip() + " " if head.strip() else "") else None
    return None


def mutual(s: roles.Sentence, drafts: list[Draft]) -> list[Draft]:
    """The sentence's drafts with every assault that speaks of its clash made one A -> B draft."""
    found = sides(s)
    if found is None:
        return drafts
    lo, hi, first, second = found
    ids = {first.local, second.local}
    kept: list[Draft] = []
    clash: Draft | None = None
    for d in drafts:
        if d.action == "ASSAULT" and _speaks_of(d, lo, hi, ids):
            if clash is None:
                clash = d
                d.actor, d.target, d.actor_name, d.target_name, d.place = first, second, None, None, None
                kept.append(d)
            continue                      # the same clash's other toll verb or conjunct victim
        kept.append(d)
    return kept


def _speaks_of(d: Draft, lo: int, hi: int, ids: set[int]) -> bool:
    """A draft reads the clash when its trigger is the fight noun, or a toll verb of the sentence
    whose roles are only the clash's sides or a place ("in the Libyan capital")."""
    if lo <= d.start < hi:
        return True
    if not _TOLL.match(d.trigger):
        return False                      # "after Indian missile strikes on X": an act of its own
    if d.actor is not None and d.actor.local not in ids:
        return False
    m = d.target
    if m is not None and m.local not in ids and m.type not in roles.PLACE_TYPES and m.type != "NORP":
        return False
    return d.actor_name is None
