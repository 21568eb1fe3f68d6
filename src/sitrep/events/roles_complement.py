"""Whom a demand is made of when the demand is a "that" clause: "The PRC demanded that the US cancel
the sale", "Amnesty International demanded that the Sudanese government end curbs". The verb takes
no object of its own (the clause is cut at "that" so nothing inside it is read as what was
demanded); the subject of the complement clause is the party asked to act."""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# "that" right after the verb, then the clause's subject: an optional article or possessive and at
# most two words before the name ("that its European Community partners", "that the Sudanese government")
_THAT = re.compile(r"\s+(?:,\s*)?that\s+(?:(?:the|its|their|his|her)\s+)?", re.I)
# (a preposition among them puts the name in a phrase: "that the strike in Juba end": not Juba)
_LEAD = re.compile(r"(?:(?!(?:in|at|on|of|near|from|to|by|for|with|against)\s)[\w'’-]+\s+){0,2}", re.I)
# a name followed by these words is a possessor or a place, not the clause's subject
_NOT_SUBJECT_AFTER = re.compile(r"(?:'s|’s)\b|\s*,?\s+(?:of|in|at|on)\b", re.I)


def complement_subject(s: Sentence, pos: int, types: frozenset[str]) -> Mention | None:
    """The subject of a "that" clause right after a demand verb ending at ``pos``, when it is a
    mention of one of ``types``; None otherwise."""
    m = _THAT.match(s.text, pos, s.end)
    if m is None:
        return None
    lead = _LEAD.match(s.text, m.end(), s.end)
    reach = lead.end() if lead is not None else m.end()
    for men in s.mentions:
        if men.start < m.end():
            continue
        if men.start > reach:
            return None
        if men.type in types and not _NOT_SUBJECT_AFTER.match(s.text, men.end, s.end):
            return men
        return None
    return None


# "denied that Cambodia had laid mines", "denied Cambodia had laid mines": the denied clause's
# subject is whom the denial clears (mostly the denier's own side), never whom it answers
_DENIED_SUBJECT = re.compile(r"\s+(?:,\s*)?(?:that\s+)?(?:(?:the|its|their|his|her)\s+)?$", re.I)
_CLAUSE_VERB = re.compile(r"\s+(?:(?:had|has|have|was|were|is|are|did|would|will|could)\b|(?-i:[a-z]+ed)\b)")


def denied_clause_subject(s: Sentence, end: int, target: Mention | None) -> bool:
    """Whether ``target``, found right after a rejection trigger ending at ``end``, is the subject
    of the clause the rejection denies ("denied that X had ...")."""
    return target is not None and target.start - end <= 40 and _DENIED_SUBJECT.fullmatch(s.text, end, target.start) is not None \
        and _CLAUSE_VERB.match(s.text, target.end, min(s.end, target.end + 30)) is not None


# "rejected claims that Tehran was directing ...", "dismissed reports that the army had ...": the
# subject of the claim a rejection answers is what the claim is about, never whom the rejection answers
_CLAIM_THAT = re.compile(r"\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?(?:claims?|reports?|allegations?|accusations?|"
                         r"suggestions?|assertions?|charges?|rumou?rs?)\s+(?:,\s*)?that\s+(?:(?:the|its|their|his|her)\s+)?$", re.I)


def rejected_claim_subject(s: Sentence, end: int, target: Mention | None) -> bool:
    """Whether ``target``, found after a rejection trigger ending at ``end``, is the subject of the
    clause of a claim the rejection names ("rejected claims that X was ...")."""
    return target is not None and target.start - end <= 60 and _CLAIM_THAT.fullmatch(s.text, end, target.start) is not None \
        and _CLAUSE_VERB.match(s.text, target.end, min(s.end, target.end + 30)) is not None
