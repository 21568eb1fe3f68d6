"""Acts a sentence names without reporting them as happening: the venue of a speech ("speaking at
a cabinet meeting": nobody met anybody), an act inside a report the speaker denies ("rejected
reports that Azerbaijani units had opened fire first": the denier's news is the denial, not the
shooting), and a reduced relative that describes a party ("the militia, accused by rights groups
of abuses, ..."): a label, not an accusation made in the news cycle of the report. Coded, each
invents a meeting, an attack or an accusation.
"""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence

# "speaking at a cabinet meeting", "told a party congress": the setting of a statement
_VENUE = re.compile(r"(?<![\w-])(?:speaking|speech|remarks|address(?:ing)?|said|says|told|announced|"
                    r"declared|addressed)\s+(?:at|to|during|before)\s+(?:a|an|the|his|her|its|their|"
                    r"[\w'’.-]+['’]s)?\s*(?:[\w'’-]+\s+){0,3}$", re.I)
# "... meeting with Putin", "talks between": a venue that names the other party is a meeting
_WITH_PARTY = re.compile(r"\s*(?:with|between|of\s+[\w'’ -]{0,40}\s+and)\s", re.I)
# "rejected reports that", "denied claims in Armenian media that": what follows is the denied report
_DENIED = re.compile(r"(?<![\w-])(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|"
                     r"refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|brush(?:es|ed)?\s+off)\s+"
                     r"(?:the\s+|as\s+\w+\s+)?(?:[\w-]+\s+){0,2}(?:reports?|claims?|allegations?|accusations?|"
                     r"suggestions?|assertions?|rumou?rs?)\b[^.;:\"“”]{0,60}?\bthat\s", re.I)
# "X, accused by rights groups of ...", "X, long accused of ...": a comma opening a reduced relative
_LABEL = re.compile(r",\s*(?:(?:long|widely|repeatedly|often|also|previously|already)\s+)?$", re.I)


_PASSIVE_NEXT = re.compile(r"\s+(?:by|of)\s", re.I)


# "said after a meeting of his security cabinet", "told reporters during a visit to Nairobi", "addressing
# a cabinet meeting", "while attending a summit", "at the start of talks with X": a meeting or visit that
# frames another act is its setting; with a named person or body met ("after talks with church leaders",
# "after meeting President X") it is a meeting of its own
_FRAME = re.compile(r"(?<![\w-])(?:after|following|during|before|while|ahead\s+of|at\s+the\s+(?:start|end|opening|close)\s+of|"
                    r"on\s+the\s+sidelines\s+of|while\s+attending|attending|addressing|told)\s+(?:a|an|the|his|her|its|"
                    r"their|[\w'’.-]+['’]s)?\s*(?:[\w'’-]+\s+){0,3}$", re.I)
_MET = frozenset({"PERSON", "ORG"})


def venue(s: Sentence, start: int, end: int, target=None) -> bool:
    """Whether the meeting word at [start, end) is where a statement was made or the setting of
    another act, not a meeting (``target``: the party the word's coding found, if any)."""
    if _WITH_PARTY.match(s.text, end, min(s.end, end + 60)) is not None:
        return False
    if _VENUE.search(s.text, max(s.start, start - 60), start) is not None:
        return True
    return (target is None or target.type not in _MET) and _FRAME.search(s.text, max(s.start, start - 60), start) is not None


def denied(s: Sentence, start: int) -> bool:
    """Whether the act at ``start`` lies in a report the sentence's speaker rejects."""
    m = None
    for m in _DENIED.finditer(s.text, s.start, start):
        pass
    # the act must sit in the rejected report's clause: no sentence break or new clause between
    return m is not None and ";" not in s.text[m.end():start]


def label(s: Sentence, start: int, end: int, form: str | None) -> bool:
    """Whether the participle at ``start`` ("accused by ...") opens a comma-set reduced relative."""
    # "The president, Sadyr Japarov, accused Kabul of": a main verb with its object is an act
    return form in ("participle", "pastpart") and _LABEL.search(s.text, max(s.start, start - 20), start) is not None \
        and _PASSIVE_NEXT.match(s.text, end, min(s.end, end + 40)) is not None


# "the three soldiers killed in the shelling were buried ...": a reduced relative that points back
# at an attack already told; the main clause (a funeral, an identification) gives neither the
# attack's place nor its day
_AUX = re.compile(r"(?<![\w-])(?:was|were|been|being|be|is|are|have|has|had|get|got)\s+(?:\w+ly\s+)?$", re.I)
_BACK_TO_ATTACK = re.compile(r"\s+(?:in|during|by)\s+(?:the|that|this|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:attacks?|strikes?|raids?|bombings?|assault|blast|explosion|shelling|ambush|"
                             r"fighting|clashes|massacre|killings)\b(?:\s+\w+){0,3}?\s+(?:were|was|are|is|have|has|had)\s",
                             re.I)


def retold(s: Sentence, start: int, end: int, form: str | None) -> bool:
    """Whether the toll participle at [start, end) only names the victims of an attack told before."""
    return form in ("participle", "pastpart") and _AUX.search(s.text, max(s.start, start - 25), start) is None \
        and _BACK_TO_ATTACK.match(s.text, end, min(s.end, end + 90)) is not None
