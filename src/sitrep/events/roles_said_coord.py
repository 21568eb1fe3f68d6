"""The sayer as the subject of a past verb coordinated after a backshifted report whose own subject
is no named party: "the network said at least 40 people had been killed and called on the state to
intervene". "had been" keeps the report's clause a past perfect passive (its subject suffered,
it did not act), while the simple past after "and" keeps the tense of "said", so it is the sayer's own act
("said the rebels had withdrawn and freed ..." stays the rebels': an active report is left alone).
A named subject in the report is read by ``drafting``'s own rule.

A statement verb after "and" ("said it was alarmed by the toll and called on prosecutors to
investigate", "said bodies showed wounds to the head and accused the state of ...") is the sayer's
whatever the report's tense: a report's unnamed subject rarely goes on to make a demand or an
accusation of its own in the same breath, while "said X and urged Y" is how news joins two things a
source said."""
from __future__ import annotations

import re

from sitrep.events import roles
from sitrep.events.lexicon import Lexicon
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# "said (that) <clause with had ...> and (also|then)": no quote, colon or semicolon in between, and
# no second reporting verb (the last "said" is the one the clause hangs on)
_SAID_PERFECT = re.compile(r"\b(?:said|stated|alleged|claimed|reported)\s+(?:that\s+)?"
                           r"(?:(?!\b(?:said|stated|alleged|claimed|reported)\b)[^;:\"“”])*?"
                           r"\bhad\s+been\s+(?:(?!\b(?:said|stated|alleged|claimed|reported)\b)[^;:\"“”])*?"
                           r"\band\s+(?:also\s+|then\s+)?$", re.I)


# the same with any report: for statement verbs after "and"
_SAID_ANY = re.compile(r"\b(?:said|stated|alleged|claimed|reported)\s+(?:that\s+)?"
                       r"(?:(?!\b(?:said|stated|alleged|claimed|reported|and)\b)[^;:,])+?"
                       r"\band\s+(?:also\s+|then\s+)?$", re.I)


def sayer_of_coordinated(s: Sentence, start: int, lex: Lexicon, statement: bool = False) -> Mention | None:
    """The subject of the reporting verb a past verb at ``start`` is coordinated with, when the
    report between them is a past perfect clause with no named subject (any report with no named
    subject and no other "and" when the verb at ``start`` is a ``statement``); else None."""
    lo = max(s.start, start - 220)
    m = _SAID_PERFECT.search(s.text, lo, start)
    if m is None and statement:
        m = _SAID_ANY.search(s.text, lo, start)
    if m is None:
        return None
    if any(x.start >= m.start() and x.end <= start and x.type in roles.ACTOR_TYPES for x in s.mentions):
        return None                      # a named party in the report: the drafting rule decides
    return roles.subject(s, m.start(), lex)[0]
