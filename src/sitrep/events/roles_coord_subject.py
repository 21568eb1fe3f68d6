"""Two parties coordinated as the subject of an act they do together: "Kyrgyzstan and Tajikistan
signed a ceasefire deal", "Kenya and Somalia held talks", "X and Y agreed to ...".

The subject rule takes the mention nearest the verb, so the pair's second party became the actor
and the first was lost; a meeting, an accord or a joint undertaking has two parties and no doer, so
the first named is the actor and the second the target (the way "X signed a deal with Y" reads).
Only where the verb has no object party of its own and both conjuncts are actors (people,
organisations, states) in the verb's own clause.
"""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# acts whose parties act alike (PLOVER CONSULT, AGREE, COOPERATE); a signing is one too
JOINT_ACTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
JOINT_LEMMAS = frozenset({"sign"})
_ACTORS = frozenset({"PERSON", "ORG", "GPE"})
# "X and Y", "X, Y and Z", "X and his Tajik counterpart Y", "X and the leaders of Y"
_GAP = re.compile(r"\s*,?\s+and\s+(?:(?:the|his|her|its|their)\s+)?(?:[\w'’.-]+\s+){0,3}?", re.I)
_LIST_GAP = re.compile(r"\s*,\s*")
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# a mention right after a preposition is an object of an opening phrase ("After a call with X, Y and Z
# signed", "According to X, Y and Z met"), never a conjunct of the subject
_PREP_BEFORE = re.compile(r"\b(?:with|to|by|of|from|after|before|for|in|at|on|between|among|than|like|per|about)\s+(?:the\s+)?$", re.I)


def joint(action: str, lemma: str) -> bool:
    """Whether an act of ``action`` by trigger ``lemma`` is one two parties do together."""
    return action in JOINT_ACTS or lemma.split("|")[0] in JOINT_LEMMAS


def split_pair(s: Sentence, actor: Mention | None, lo: int) -> tuple[Mention, Mention] | None:
    """(the first conjunct, the second) when ``actor`` closes a coordination of actor mentions that
    starts at or after ``lo`` (the verb's clause); None otherwise."""
    chain = _chain(s, actor, lo)
    return (chain[-1], chain[-2]) if chain is not None else None


def co_subjects(s: Sentence, actor: Mention | None, lo: int, pos: int) -> list[Mention]:
    """The parties coordinated before ``actor`` as one subject ("The Union and the Community
    condemned ...", "X, Y and Z issued statements") before the verb at ``pos``, first named first; []
    without a coordination, or when a comma parts the subject from its verb.
    Each did the act its own: one act per party, as a joint act's pair is not (``split_pair``)."""
    if actor is None or "," in s.text[actor.end:pos] or any(a <= actor.start < b for a, b in s.relatives()):
        return []                           # "X, which Y and Z quit, condemned": Y and Z are no subject
    chain = _chain(s, actor, lo)
    return chain[:0:-1] if chain is not None else []


def _chain(s: Sentence, actor: Mention | None, lo: int) -> list[Mention] | None:
    """``actor`` and the conjuncts before it, nearest first (at least two distinct parties)."""
    if actor is None or actor.type not in _ACTORS:
        return None
    ms = [m for m in s.mentions if m.end <= actor.start and m.start >= lo]
    # the mentions before the actor, nearest first; NORP words inside the gap ("his Tajik counterpart") skipped
    chain: list[Mention] = [actor]
    gap_ok = _GAP
    skip_to = None                          # the person a "President X of Y" conjunct is
    for k in range(len(ms) - 1, -1, -1):
        m = ms[k]
        if m.type not in _ACTORS:
            continue
        if skip_to is not None:
            if m is not skip_to:
                continue
            skip_to = None
            chain.append(m)
            gap_ok = _LIST_GAP
            continue
        head = chain[-1]
        between = s.text[m.end:head.start]
        if _BRACKET_OPEN.fullmatch(between) and _BRACKET_CLOSE.match(s.text, head.end):
            chain[-1] = m                   # "the Community of X (COX)": one party, named and abbreviated
            continue
        if gap_ok.fullmatch(between) is None:
            break
        if _PREP_BEFORE.search(s.text, max(s.start, m.start - 16), m.start):
            # "President X of Kyrgyzstan and Tajik President Y met": the conjunct is the person
            # whose country the "of" phrase names, not the country
            owner = _titled_owner(s, ms[:k], m)
            if owner is None:
                break
            skip_to = owner
            continue
        chain.append(m)
        gap_ok = _LIST_GAP                  # earlier conjuncts of a list are joined by commas
    if skip_to is not None:
        return None
    if len(chain) < 2:
        return None
    first = chain[-1]
    if first.key == actor.key or first.local == actor.local >= 0:
        return None                         # one party named twice
    return chain


_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def _titled_owner(s: Sentence, before: list[Mention], place: Mention) -> Mention | None:
    """The person right before "of ``place``" ("President X of Y"), or None."""
    if not before or place.type not in ("GPE", "ORG"):
        return None
    person = before[-1]
    if person.type != "PERSON" or _OF.fullmatch(s.text, person.end, place.start) is None:
        return None
    return person
