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
# a verb of saying or vowing between the sentence's subject and a roleless threat or refusal: "X said
# the strikes would not go unanswered", "X condemned the attack, vowing that ...": X threatens
_SAID = re.compile(r"(?<![\w-])(?:said|says|say|vowed|vows|vowing|warned|warns|warning|added|adding|saying|insisted|"
                   r"declared|stated|stressed|affirmed|pledged|pledging|swore)\b", re.I)
_SAID_REACH = 160          # from the verb of saying to the trigger: the reported clause


def fill(s: roles.Sentence, d: Draft) -> None:
    """Give ``d`` the parties its shape names when the role finder found neither actor nor target."""
    if d.actor is not None or d.target is not None or d.actor_name is not None:
        return
    trigger = s.text[d.start:d.end]
    if d.action == "REJECT" and _VERDICT.fullmatch(trigger):
        d.actor = roles.sentence_subject(s, before=d.start)
    elif d.action == "CONSULT" and _CALL.fullmatch(trigger):
        _call_parties(s, d)
    elif _vow_or_refusal(s, d) and not _in_quote(s, d.start) and \
            _SAID.search(s.text, max(s.start, d.start - _SAID_REACH), d.start) is not None:
        d.actor = roles.sentence_subject(s, before=d.start)


# a vow told as a future ("would not go unanswered") or with its verb ("vowing that ...")
_VOW = re.compile(r"(?:would|will|shall|must|vow|pledg|swor|promis)", re.I)


def _vow_or_refusal(s: roles.Sentence, d: Draft) -> bool:
    """A threat worded as a vow or a refusal of talks: its subject is the sayer's side, not a party
    named in its clause ("said the strikes would not go unanswered"). A plain threat verb with no
    subject ("that the expulsion threatens them") names no threatener."""
    if d.action == "THREATEN":
        return _VOW.match(d.trigger) is not None
    return d.action == "REJECT" and _REFUSAL_BEFORE.search(s.text, max(s.start, d.start - 30), d.start) is not None


def _in_quote(s: roles.Sentence, pos: int) -> bool:
    """Words inside a quotation are the speaker's, whose name the quotes stage resolves."""
    return any(a <= pos < b for a, b in s.quoted)


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


# a refusal of talks: a negation or "refuse to" right before the verb ("would not negotiate with")
_REFUSAL_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t|\brefuse[sd]?\s+to|\brefusing\s+to|\bdecline[sd]?\s+to)\s+(?:\w+ly\s+|ever\s+)?$", re.I)
# whom the talks were refused, unnamed: "with the kidnappers", "hostage-takers' demands"
_REFUSED_PARTY = re.compile(r"\s+(?:with\s+)?(?:the\s+|any\s+|those\s+)?((?-i:[a-z][\w’'-]*[a-z])(?:[’']s?)?)(?=[\s,.;]|$)", re.I)
_NO_PARTY = frozenset({"who", "that", "which", "to", "on", "in", "at", "for", "about", "over", "and", "or", "but", "again", "anyone",
                       "anybody", "them", "him", "her", "it", "us", "you", "me"})


def refused_party(s: roles.Sentence, d: Draft) -> None:
    """"would not negotiate with the kidnappers": the unnamed party refused, as the target's description."""
    if d.action != "REJECT" or d.target is not None or d.target_name is not None:
        return
    if _REFUSAL_BEFORE.search(s.text, max(s.start, d.start - 30), d.start) is None:
        return
    m = _REFUSED_PARTY.match(s.text, d.end, min(s.end, d.end + 40))
    if m is not None and m.group(1).lower() not in _NO_PARTY:
        d.target_name = m.group(1).rstrip("’'")

