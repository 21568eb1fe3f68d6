"""The time of a happening named inside a since-phrase ("the deadliest attack since the July 2010
twin bombings in Kampala, claimed by al-Shabaab, which killed 76 people").

A since-phrase's time is a lower bound for the sentence's main act (``timescope.since_bound``), but
when the time premodifies the phrase's noun ("the July 2010 bombings") the noun is a happening of
its own, and that time is the date of the act the noun, its participle or its relative clause
tells: the bombing, its claim, the killing. News uses this in nearly every "deadliest since" line,
and coders date the recalled happening by it. Likewise a since-clause with a verb of its own
("the crossing has been shut since Israeli forces seized it in May"): its time is when that act
happened (the act that opened the period), though it bounds the main clause's state."""
from __future__ import annotations

import re

from sitrep.model import TimeExpr

# "since the July 2010", "since the deadly March 2023": a determiner, at most two words, the time
_BEFORE = re.compile(r"(?<![\w-])since\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# the time premodifies a noun: a lower-case word follows it (not "of", a preposition or punctuation)
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|on|at|by|to|for|when|and|or|until|that|which)\b)[a-z][\w-]*", re.I)
# between the time and the act: the noun phrase, its participle or relative clause, nothing that
# opens a new main clause (an auxiliary or sentence punctuation)
_GAP = re.compile(r"^[^;:.!?()\"“”]{0,140}$")
_AUX = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|be|been)\b", re.I)
# the since-clause's own verb before its time: nothing in between that opens another clause
_SINCE = re.compile(r"(?<![\w-])since\b", re.I)
_INNER_GAP = re.compile(r"^[^,;:.!?()\"“”]{0,90}$")
_SUBORDINATOR = re.compile(r"\b(?:after|before|when|following|until|while|since|as)\b", re.I)
_COMMA_OK = re.compile(r",\s*(?:which|who|that|in\s+which|[a-z]+ed\s+by|blamed\s+on|claimed|carried\s+out)\b", re.I)


def since_noun_time(text: str, t: TimeExpr, start: int) -> bool:
    """Whether ``t`` premodifies the noun of a since-phrase and the act at ``start`` tells that
    noun's happening (its head, participle or relative clause after it)."""
    if t.granularity not in ("day", "month") or not t.value:
        return False
    if start < t.start:
        return _inside_since_clause(text, t, start)
    if t.end > start:
        return False
    if _BEFORE.search(text, max(0, t.start - 60), t.start) is None:
        return False
    if _NOUN_AFTER.match(text, t.end) is None:
        return False
    gap = text[t.end:start]
    if _GAP.match(gap) is None or _AUX.search(gap) is not None:
        return False
    return all(_COMMA_OK.match(text, t.end + m.start()) for m in re.finditer(",", gap))


def _inside_since_clause(text: str, t: TimeExpr, start: int) -> bool:
    """Whether the act at ``start`` is the verb of the since-clause ``t`` closes ("since Israeli
    forces seized it in May")."""
    lo = max(0, t.start - 90)
    opener = None
    for m in _SINCE.finditer(text, lo, start):
        opener = m
    if opener is None:
        return False
    gap = text[opener.end():t.start]
    return _INNER_GAP.match(gap) is not None and _SUBORDINATOR.search(text, start, t.start) is None \
        and _AUX.search(text, opener.end(), start) is None
