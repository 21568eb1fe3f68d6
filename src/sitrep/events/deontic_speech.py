"""Demands reported as obligations: "Russia said Sudan must return the helicopter", "the minister
reiterated that Libya must hand over the suspects", "X declared that China must drop its barriers".

A speaker who says another party must, should or has to do something asks it of that party (CAMEO
10 demand, PLOVER REQUEST), whether or not a demand verb is used. Direct quotations get this from
the quotes stage (``quote_deontic``); this module reads it outside quotation marks: a verb of saying
(the ``quote_threat_sayers`` set), an optional "that", then a named party as the subject of the
obligation right before the modal. The speaker is the subject of the verb of saying (as for reported
threats, ``threat_speech``); the party obliged is the target. A party obliging itself is no demand
("Iraq said it must ...": a pronoun is no named party), nor is a speaker who is that party.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from sitrep.events.threat_speech import ACTOR_TYPES, _NEGATED_SAYING, Reported, _rx, _speaker
from sitrep.model import Mention, QuoteFact

# the obligation after the party: "must (not) return", "should immediately stop", "has to allow";
# "must be able to" and "should be possible" state a capacity or an opinion, not a demand
_MODAL = re.compile(r"\s+(?:(?:also|now|therefore|still)\s+)?(?:must|should|has\s+to|have\s+to|needs\s+to|need\s+to|"
                    r"ought\s+to)\s+(?:not\s+|never\s+|immediately\s+|urgently\s+|fully\s+|also\s+|now\s+)?"
                    r"(?!be\s+(?:able|ready|prepared|aware|possible|proud|careful|concerned|worried|happy)\b)[a-z]", re.I)
_CUE = re.compile(r"(?<![\w-])(?:must|should|has\s+to|have\s+to|needs\s+to|need\s+to|ought\s+to)(?![\w-])", re.I)
# the same modals for an ASCII lower-cased text, case and left edge not asked of the regex: a pattern
# that ignores case and opens with a look-behind is tried at every position of the text (3x slower);
# the left edge is tested on each hit instead (``_cue_starts``)
_CUE_ASCII = re.compile(r"(?:must|should|has\s+to|have\s+to|needs\s+to|need\s+to|ought\s+to)(?![\w-])")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
# between the verb of saying and the party: "that", "on Friday that", a short adverbial
_LEAD = re.compile(r"\s*(?:,\s*)?(?:(?:(?:on\s+)?\w+day|today|yesterday|in\s+a\s+statement|\w+ly)\s+)?(?:that\s+)?(?:the\s+)?$",
                   re.I)


def _cue_starts(lower: str, lo: int = 0) -> Iterator[int]:
    """Where ``_CUE`` matches in ``lower`` from ``lo``, in order. An ASCII lower-cased text is
    scanned by ``_CUE_ASCII`` with the look-behind checked per hit: the same matches (no modal can
    start inside another one's letters, so a hit the edge turns away hides none)."""
    if not (lower.isascii() and lower.islower()):
        yield from (m.start() for m in _CUE.finditer(lower, lo))
        return
    for m in _CUE_ASCII.finditer(lower, lo):
        p = m.start()
        if p == 0 or _WORD_OR_HYPHEN.match(lower, p - 1) is None:
            yield p


def has_cue(lower: str) -> bool:
    """Whether ``lower`` holds a modal of obligation at all (most texts without a trigger have none)."""
    return next(_cue_starts(lower), None) is not None


def reported(text: str, lower: str, sentences: list[tuple[int, int]], ments: list[Mention],
             mstarts: list[int], quotes: list[QuoteFact] | None, doc_lo: int = 0) -> list[Reported]:
    """The demands the document reports as another party's obligation, outside attributed quotes."""
    cues = list(_cue_starts(lower, doc_lo))
    if not cues:
        return []
    sayer = _rx().sayer
    spoken = sorted((q.start, q.end) for q in quotes or () if q.speaker is not None)
    sstarts = [a for a, _ in sentences]
    out: list[Reported] = []
    seen: set[int] = set()
    for pos in cues:
        i = bisect_left(sstarts, pos + 1) - 1
        if i < 0 or i in seen:
            continue
        a, b = sentences[i]
        j = bisect_left(spoken, (pos + 1,)) - 1
        if j >= 0 and spoken[j][0] <= pos < spoken[j][1]:
            continue                      # inside an attributed quotation: the quotes stage's act
        # the obliged party: a named actor ending right before the modal
        k = bisect_left(mstarts, pos) - 1
        if k < 0:
            continue
        party = ments[k]
        if party.start < a or party.type not in ACTOR_TYPES or _MODAL.match(text, party.end) is None:
            continue
        verbs = [v for v in sayer.finditer(lower, a, party.start) if _LEAD.fullmatch(lower, v.end(), party.start)]
        if not verbs:
            continue
        verb = verbs[-1]
        if _NEGATED_SAYING.search(lower, max(a, verb.start() - 16), verb.start()):
            continue                      # "did not say Iran must ...": nothing was demanded
        speaker = _speaker(text, lower, verb.start(), a, ments, mstarts, doc_lo)
        if speaker is None or speaker.local < 0 or speaker.local == party.local:
            continue
        seen.add(i)
        out.append(Reported(a, b, verb.start(), speaker, party, text[pos:_MODAL.match(text, party.end).end() - 1].strip()))
    return out
