"""An authority's directive to reinforce security or to care for victims is its own act.

"Tinubu directed the security agencies to beef up security", "the governor ordered the emergency
agency to cater for the wounded": the infinitive is not something that happened, so modality drops
it, but the order itself mobilises (MOBILIZE) or gives aid (AID), and the one who gave it is the
actor. Attacks ordered ("ordered troops to storm the town") stay dropped: an order to attack is
no attack.
"""
from __future__ import annotations

import re

from sitrep.events import roles
from sitrep.model import Mention

DIRECTED = frozenset({"MOBILIZE", "AID"})
# the directive verb, its addressee (no clause break), then "to" and at most an adverb before the trigger
_DIRECTIVE = re.compile(
    r"\b(?:ordered|orders|directed|directs|instructed|instructs|tasked|tasks|mandated|mandates|charged|charges)"
    r"\s+(?:[^,;:.()\"“”]{1,70}?\s+)?to\s+(?:\w+ly\s+)?$", re.I)
_REACH = 100
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|later\s+)?$", re.I)


def director(s: roles.Sentence, start: int, lex) -> Mention | None:
    """The one whose order the act at ``start`` (an infinitive) carries out, or None when the
    act is no directive's content."""
    m = _DIRECTIVE.search(s.text, max(s.start, start - _REACH), start)
    if m is None:
        return None
    actor, _ = roles.subject(s, m.start(), lex)
    if actor is None and _AND_BEFORE.search(s.text, max(s.start, m.start() - 12), m.start()):
        # "X condemned what he called "barbaric" attacks, and ordered ...": the first clause's subject
        actor = roles.sentence_subject(s, before=m.start())
    return actor if actor is not None and actor.type in roles.ACTOR_TYPES else None


def order_form(s: roles.Sentence, start: int) -> str | None:
    """The verb form of the directive whose content the infinitive at ``start`` is ("past" for
    "directed"), or None when it is none."""
    m = _DIRECTIVE.search(s.text, max(s.start, start - _REACH), start)
    if m is None:
        return None
    return "past" if s.text[m.start():m.end()].split()[0].lower().endswith("ed") else "3sg"
