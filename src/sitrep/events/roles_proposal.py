"""Whom a rejection or an acceptance answers when what is turned down is someone's proposal: "Berlin
rejected recent calls by Minsk for aid", "Kabul rejected a fresh offer from Islamabad for talks",
"refused to respond to a demand from the US President". The proposer is the other side of the act;
read as an agent ("by X") it would be dropped, and an organisation named later in the proposal
("calls by X to adopt United Nations reforms") would stand as the target instead."""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# up to four words (articles, adjectives, "to respond to a") then a proposal noun and "by"/"from"
_PROPOSAL = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:calls?|offers?|proposals?|demands?|requests?|appeals?|plans?|pleas?|"
    r"overtures?|initiatives?|ultimatums?)\s+(?:by|from)\s+(?:the\s+)?", re.I)

# the acts whose object may be a proposal made by the other side
ANSWERS = frozenset({"REJECT", "AGREE"})


def proposer(s: Sentence, pos: int, hi: int, types: frozenset[str]) -> Mention | None:
    """The maker of a proposal named right after an answering verb ending at ``pos``, when it is a
    mention of one of ``types`` starting where the "by"/"from" phrase does; None otherwise."""
    m = _PROPOSAL.match(s.text, pos, min(hi, s.end))
    if m is None:
        return None
    for men in s.mentions:
        if men.start < m.end():
            continue
        return men if men.start == m.end() and men.end <= hi and men.type in types else None
    return None
