"""Places standing in an actor's slot: "the Tibú attack" (a town is where, never who) and "Karst
separatists" (a region naming a group descriptor: the group is the one the document names after
that region, "the Karst Liberation Front", else no one -- never the region itself)."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.events.nonreports import frontier
from sitrep.events.place_target import located, only_where
from sitrep.events.roles_named_body import spelled_body
from sitrep.events.roles_crowd import crowd_after
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

_PLACES = frozenset({"GPE", "LOC", "FAC"})


def plain_place(m: Mention) -> bool:
    """A place no government stands behind in the knowledge base (a town, a district, a region):
    where an act happened, never who did it. A country or a capital may stand for its government."""
    if m.type not in _PLACES or not m.kb_id:
        return False
    return _government_of(m.kb_id) is None


def governed(m: Mention) -> bool:
    """Whether a government stands behind place ``m`` in the knowledge base (a country, a capital)."""
    return bool(m.kb_id) and _government_of(m.kb_id) is not None


@lru_cache(maxsize=4096)
def _government_of(kb_id: str) -> str | None:
    from sitrep.actors.kb import KnowledgeBase     # the process's knowledge base, loaded once
    return KnowledgeBase.default().government_of(kb_id)


def stateless_people(m: Mention) -> bool:
    """A people, creed or movement (NORP) the knowledge base ties to no country: "Jihadist",
    "Islamist". Such a word describes an actor; a nation's demonym ("Indian") stands for its state."""
    if m.type != "NORP" or not m.kb_id:
        return False
    return _stateless(m.kb_id)


@lru_cache(maxsize=4096)
def _stateless(kb_id: str) -> bool:
    from sitrep.actors.kb import KnowledgeBase
    e = KnowledgeBase.default().entry(kb_id) or {}
    return not (e.get("demonym_of") or e.get("country"))


@lru_cache(maxsize=1)
def _member() -> re.Pattern:
    """The member noun after a people's name: "Jihadist| fighters", "Islamist| militants"."""
    words = sorted(lexicon().words.get("member_nouns", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _descriptor() -> re.Pattern:
    """A group descriptor right after a place name ("Karst separatists", "Tigray rebels")."""
    words = sorted(lexicon().words.get("group_descriptors", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def settle(d, s: Sentence, hostile: frozenset[str]) -> None:
    """Mend a draft's (``drafting.Draft``) place roles in place: a group descriptor after a place
    stands for its group (or a described, unnamed actor); a plain place never does a hostile act."""
    d.actor = spelled_body(s, d.actor) or d.actor      # "Iraqi Air Force F-16s struck": the air force
    d.target = spelled_body(s, d.target) or d.target
    crowd = crowd_after(s, d.actor) if d.actor is not None else None
    described, group = described_group(s, d.actor)
    if crowd is not None:
        # "Serbian protesters set fire to the embassy": the crowd acted, never its state
        if d.actor_name is None:
            d.actor_name = s.text[d.actor.start:crowd]
        d.actor = None
    elif described:
        if group is None and d.actor_name is None:
            d.actor_name = s.text[d.actor.start:_descriptor().match(s.text, d.actor.end, s.end).end()]
            if d.verbal and d.action in hostile and not d.bare:
                d.bare = 1                 # "Karst separatists shelled ...": a described actor, as "gunmen" is
        d.actor = group
    elif d.actor is not None and d.action in hostile and plain_place(d.actor):
        d.actor = None
    elif d.actor is not None and d.action in hostile and stateless_people(d.actor):
        # "Jihadist fighters overran a base": a creed or a movement describes the attackers, it
        # names no party (a nation's demonym does: "Indian missiles")
        if d.actor_name is None:
            m = _member().match(s.text, d.actor.end, s.end)
            d.actor_name = s.text[d.actor.start:m.end() if m else d.actor.end]
        d.actor = None
        if d.verbal and not d.bare:
            d.bare = 1
    described, group = described_group(s, d.target)
    if described:
        if group is None and d.target_name is None:
            d.target_name = s.text[d.target.start:_descriptor().match(s.text, d.target.end, s.end).end()]
        d.target = group
    elif d.target is not None and d.action in hostile and frontier(d.target):
        # "shelling along the Line of Control": a frontier is where, and a named place beside it
        # ("in Poonch district") says better where
        from sitrep.events.instrument import BARE_FRESH, dated_bare
        d.target = None
        if d.actor is None and not d.bare:
            d.bare = BARE_FRESH if d.verbal else dated_bare(s, d.start)
    elif d.target is not None and d.action in hostile and (site_of(s, d.target) or located(s, d.target, d.action, d.actor is not None) or (
            not governed(d.target) and only_where(s, d.target))):
        # "shelled the Semra barracks", "Monday's attack on the Halvik base": the town is where; "in X
        # sub-district of Duhok province" only says where X lies, so the narrower place stays where
        from sitrep.events.instrument import BARE_FRESH, dated_bare     # (instrument reads roles, which reads this)
        d.place, d.target = (d.place or d.target) if site_of(s, d.target) else d.place, None
        if d.actor is None and not d.bare:
            d.bare = BARE_FRESH if d.verbal else dated_bare(s, d.start)


@lru_cache(maxsize=1)
def _site_head() -> re.Pattern:
    words = sorted(lexicon().words.get("facility_heads", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def site_of(s: Sentence, m: Mention) -> bool:
    """"the attack on the Halvik base": a town naming a site is where the act happened; a country
    or a capital standing for its government ("a US base") may still be whom it was aimed at."""
    return m.type in _PLACES and _site_head().match(s.text, m.end, min(s.end, m.end + 24)) is not None \
        and not governed(m)


# a determiner before a place name and a common noun after it: "into the Dembecha strike", "a Goma
# hospital" -- the place only modifies the noun; function words and past verbs ("the LoC killed") are
# no such nouns
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an|this|that|last|monday's|sunday's)\s+$", re.I)
_NOUN_AFTER = re.compile(r"[ \t]+(?-i:(?!(?:and|or|on|in|at|of|to|for|by|from|with|near|after|before|"
                         r"since|as|but|was|were|is|are|has|had|have|who|which|that|late|early)\b|[a-z]+ed\b)[a-z][a-z-]+)\b")


def premodifier(s: Sentence, m: Mention) -> bool:
    """Whether plain place ``m`` only premodifies a common noun ("the Dembecha strike"): where the
    act happened, never whom it was aimed at. A country or a capital may stand for its government."""
    return m.type in _PLACES and _NOUN_AFTER.match(s.text, m.end, min(s.end, m.end + 24)) is not None \
        and _DETERMINER_BEFORE.search(s.text, max(s.start, m.start - 12), m.start) is not None \
        and plain_place(m)


def described_group(s: Sentence, m: Mention | None) -> tuple[bool, Mention | None]:
    """(whether ``m`` is a place naming a group descriptor, the group it stands for): the one
    organisation the document names whose name holds the place's name, else None."""
    if m is None or m.type not in _PLACES or _descriptor().match(s.text, m.end, min(s.end, m.end + 24)) is None:
        return False, m
    key = ("described", m.text.lower())
    if key in s.memo:
        return True, s.memo[key]
    word = re.compile(r"(?<!\w)" + re.escape(m.text) + r"(?!\w)", re.I)
    found: Mention | None = None
    for o in s.doc:
        if o.type != "ORG" or o.text.lower() == m.text.lower() or not word.search(o.text):
            continue
        if found is None:
            found = o
        elif not (o.key == found.key or (o.local >= 0 and o.local == found.local)):
            found = None                   # two such groups: the descriptor names neither
            break
    s.memo[key] = found
    return True, found
