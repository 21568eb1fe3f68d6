"""Roles for two report shapes whose trigger stands where the general role finder sees no party.

"The ministry said the army's claim is a lie": a denial phrased as a verdict on a claim has no subject
of its own; the one who calls the claim a lie is the sayer of the clause. "Gallant told Austin in a
phone call that ...": the call is an adjunct of the reporting verb, whose subject and object are the
two parties to the call. Both are coded by data (``event_patterns.json``); only their roles are here.
"""
from __future__ import annotations

import re

from sitrep.events import roles
from sitrep.events.draft import Draft

# the verdicts on a claim (REJECT phrases): "is a lie", "are baseless"
_VERDICT = re.compile(r"(?:is|are|was|were)\s+(?:a\s+)?(?:blatant\s+)?(?:lies?|fabrications?|baseless|unfounded)$", re.I)
# between the caller and the addressee: the reporting verb, then the addressee's title ("told U.S.
# Defense Secretary Lloyd Austin in a phone call")
_TOLD = re.compile(r"\s+(?:also\s+)?(?:told|tells|informed|informs|assured|assures|briefed|briefs|urged|urges|asked|asks|warned|warns)"
                   r"\s+(?:[\w.'’-]+\s+){0,5}", re.I)
_CALL = re.compile(r"(?:phone|telephone)\s+(?:call|conversation)$", re.I)
_CALL_REACH = 60           # from the addressee to "in a phone call": a title and a name at most


def fill(s: roles.Sentence, d: Draft) -> None:
    """Give ``d`` the parties its shape names when the role finder found neither actor nor target."""
    if d.actor is not None or d.target is not None or d.actor_name is not None:
        return
    trigger = s.text[d.start:d.end]
    if d.action == "REJECT" and _VERDICT.fullmatch(trigger):
        d.actor = roles.sentence_subject(s, before=d.start)
    elif d.action == "CONSULT" and _CALL.fullmatch(trigger):
        _call_parties(s, d)


def _call_parties(s: roles.Sentence, d: Draft) -> None:
    """"X told Y in a phone call": X the caller, Y the other party."""
    before = [m for m in s.mentions if m.end <= d.start and m.type in roles.ACTOR_TYPES]
    if len(before) < 2:
        return
    addressee = before[-1]
    if d.start - addressee.end > _CALL_REACH or s.text.find(",", addressee.end, d.start) >= 0:
        return
    for caller in reversed(before[:-1]):
        if _TOLD.fullmatch(s.text, caller.end, addressee.start) and caller.local != addressee.local:
            d.actor, d.target = caller, addressee
            return

