"""The tense of a reported act: what decides which time an undated event may borrow.

TimeML and ACLED practice date an act the sentence does not date by its narrative context, and the
context only carries over when the tenses agree: a simple past act ("the militia struck a base")
happened at the time the paragraph last stated; a present perfect or present act ("has launched
attacks", "are attacking") is ongoing at the time of the report. The tense is read from the
trigger's verb form and the auxiliary right before it (cue sets ``aux_*`` of ``event_cues.json``);
a nominal trigger ("attacks on Israel") takes the auxiliary of the clause it stands in.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from sitrep.events import roles

PAST, PERFECT, PRESENT, FUTURE = "past", "perfect", "present", "future"
_AUX = (("aux_perfect", PERFECT), ("aux_present", PRESENT), ("aux_past", PAST), ("aux_future", FUTURE))
VERB_REACH = 22          # "has also repeatedly launched": an auxiliary and two adverbs before the verb
NOUN_REACH = 60          # a noun's clause verb: "has launched several drone attacks"
# "mobile internet remains shut down", "the road stays closed": a participle after a verb of
# lasting state is a state holding at the report's time, not a past act; "remain" is no auxiliary
# of the cue sets, so it is read here, right before the trigger (one adverb may stand between)
_STATE_VERB = re.compile(r"(?<![\w-])(?:remains?|remained|stays?|stayed|(?:is|are)\s+still)\s+(?:[a-z]+ly\s+)?$",
                         re.I)


def _last_aux(s: roles.Sentence, lo: int, hi: int) -> tuple[int, str] | None:
    """The auxiliary nearest before ``hi`` in [lo, hi), with its tense."""
    best = None
    spans = s.cue_spans
    for name, tense in _AUX:
        # s.last(name, lo, hi) on the raw spans: four sets asked for every dated act
        got = spans.get(name)
        if got is None:
            continue
        starts, ends = got
        i = bisect_right(ends, hi) - 1
        if i >= 0 and starts[i] >= lo and (best is None or starts[i] > best[0]):
            best = (starts[i], tense)
    return best


def _state(s: roles.Sentence, start: int, lo: int) -> str | None:
    """The tense of a state verb right before the trigger ("remains shut down": present;
    "remained closed": past, a state of the past context), None without one."""
    m = _STATE_VERB.search(s.text, max(lo, start - VERB_REACH), start)
    if m is None:
        return None
    return PAST if m.group(0).lower().startswith(("remained", "stayed")) else PRESENT


def tense(s: roles.Sentence, start: int, end: int, form: str, lo: int) -> str | None:
    """The tense of the act whose trigger is [start, end) with verb form ``form`` ("" for a noun or
    a phrase); ``lo`` is where its clause starts. None when the text does not say."""
    if form:
        aux = _last_aux(s, max(lo, start - VERB_REACH), start)
        if aux is not None:
            between = s.text[aux[0]:start]
            if "," not in between and not any(c in between for c in ".;:"):
                if form == "ing" and aux[1] == PERFECT and "been" not in between.lower():
                    return None               # "has targets inside, striking": no progressive
                return aux[1]
        if form in ("past", "participle", "pastpart"):
            return _state(s, start, lo) or PAST
        if form == "3sg":
            return PRESENT
        # a bare base or -ing form: the clause decides ("remains shut": "shut" read as a base)
        return _state(s, start, lo) if form == "base" else None
    aux = _last_aux(s, max(lo, start - NOUN_REACH), start)
    if aux is not None:
        return aux[1]
    if (st := _state(s, start, lo)) is not None:
        return st                             # a phrase trigger: "remains shut down"
    after = _last_aux(s, end, min(s.end, end + 25))     # "the attacks have increased"
    return after[1] if after is not None else None
