"""A prepositional time adjunct between a verb and the verb coordinated with it: "soldiers searched
the district after the blast and arrested 20 men", "troops entered the town following the raid and
detained five".

"after", "before", "following", "amid", "despite" and "since" open a clause where the subject search
stops ("after the rebels withdrew, the army ..."). When what follows them is only a noun phrase
("the blast", "dawn") and then "and" right before the verb, there is no clause: the verb after "and"
shares the subject of the main clause, so the search goes on to the left of the adjunct.
"""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence

# the opener (already matched as a clause-left cue ending at lo), a short noun phrase with no verb, "and"
_ADJUNCT = re.compile(r"(?<!\w)(?:after|before|following|amid|despite|since)$", re.I)
_NP_AND = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|this|that|last|early|late)\s+)?"
                     r"(?:(?!(?:was|were|is|are|had|has|have|did|been|being|who|which|that|he|she|they|it|we)\b)"
                     r"(?-i:[a-z][\w'’-]*)(?<!ed)\s+){0,3}and\s+(?:then\s+|later\s+|also\s+)?$", re.I)
# the verb after "and" is a simple past: the coordinated verb of a finished clause
_PAST = re.compile(r"(?-i:[a-z]+ed)\b")


def opener(s: Sentence, lo: int, pos: int) -> int | None:
    """The start of the opener ending at ``lo`` when it heads a verbless noun phrase followed by "and"
    and a past verb at ``pos``: the subject search for that verb goes on left of it."""
    if lo <= s.start or lo >= pos or not _PAST.match(s.text, pos):
        return None
    m = _ADJUNCT.search(s.text, max(s.start, lo - 12), lo)
    if m is None or not _NP_AND.fullmatch(s.text, lo, pos):
        return None
    return m.start()


# a participial adjunct: ", imposing ...", "responded by firing ...": the main clause's subject acts
_GERUND_ADJUNCT = re.compile(r"(?:,\s*(?:and\s+)?|(?<![\w-])by\s+)$", re.I)
_GERUND = re.compile(r"(?-i:[a-z]+ing)\b")


def gerund_adjunct(s: Sentence, pos: int) -> bool:
    """Whether the verb at ``pos`` is a gerund opening a participial adjunct (", imposing a curfew",
    "responded by firing the cabinet of X"): its subject is the main clause's, never a name inside
    the object before it."""
    return _GERUND.match(s.text, pos) is not None and _GERUND_ADJUNCT.search(s.text, max(s.start, pos - 6), pos) is not None
