"""Words of violence that report no incident of their own: a count of casualties ("put the number
of civilians killed at three"), a group named by what befell it ("visited the injured"), a tally
that says who the dead were ("all 12 dead were gunmen"), a forecast ("attacks on bases are likely
to continue"), acts repeated over a period ("had attacked the town several times since 2021"),
and a frontier, which is where shelling falls, never whom it is aimed at ("along the Line of
Control"). Coded, each invents an undated attack or a wrong target. The frontier words are data
(``frontier_heads`` of ``event_cues.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# "the number of civilians killed", "the toll of people wounded": the participle counts, it tells no act
_COUNTED = re.compile(r"(?<![\w-])(?:number|toll|tally|count|figure|total)\s+of\s+(?:[\w-]+\s+){1,3}$", re.I)
# "the injured", "the wounded": persons named by what befell them
_PERSONS_DET = re.compile(r"(?<![\w-])(?:the|those|many)\s+$", re.I)
# "visited the injured at the hospital": no party is met
_VISITED_PERSONS = re.compile(r"\s+(?:the\s+|some\s+of\s+the\s+)?(?:injured|wounded|sick|survivors|victims|bereaved|"
                              r"displaced|families|relatives|patients)\b", re.I)
# "all 12 dead were gunmen": a word for attackers as the predicate of a tally is who was counted
_COPULA = re.compile(r"(?<![\w-])(?:were|was|are|is|as)\s+(?:(?:all|mostly|also|suspected|alleged|armed)\s+)?$", re.I)
# "ISWAP attacks on bases in Borno are likely to continue": an act foretold, not one reported
_FORECAST = re.compile(r"[^,;:.()\"“”]{0,90}?(?<![\w-])(?:(?:are|is|remain|seem|seems)\s+(?:\w+ly\s+)?"
                       r"(?:(?:un)?likely|expected|set|poised|bound|certain)\s+to|will|would|could|may|might|"
                       r"(?:are|is)\s+going\s+to)\s+(?:\w+ly\s+)?(?:continue|resume|persist|increase|intensify|"
                       r"escalate|spread|grow|rise|worsen|recur|multiply|return)\b", re.I)
# "had attacked Marte several times", "have repeatedly shelled": acts counted over a period
_REPEATED = re.compile(r"(?<![\w-])(?:(?:several|many|multiple|numerous|countless|\d+|three|four|five|six|"
                       r"seven|eight|nine|ten|dozens\s+of)\s+times|on\s+(?:several|many|multiple|"
                       r"numerous)\s+occasions|time\s+and\s+(?:time\s+)?again)\b", re.I)
# "repeatedly" alone may tell a recent run of attacks, dated by its period ("repeatedly in the past
# two months"); counted from a starting year it is a history
_REPEATEDLY_SINCE = re.compile(r"(?<![\w-])repeatedly\b[^,;:.()]{0,60}?\bsince\b", re.I)
_PERIOD = re.compile(r"(?<![\w-])(?:since|over\s+the\s+(?:past|last)|in\s+recent|this\s+year|in\s+the\s+past|"
                     r"for\s+(?:months|years|weeks))\b", re.I)
_PERFECT = re.compile(r"(?<![\w-])(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?$", re.I)


def counted_participle(s: Sentence, start: int) -> bool:
    """"the number of civilians killed in Poonch": a count (a claim), not an act by anyone."""
    return _COUNTED.search(s.text, max(s.start, start - 50), start) is not None


def persons_participle(s: Sentence, start: int, end: int) -> bool:
    """"visited the injured", "the wounded were taken": a group of persons, no act. "the injured
    man" too: the participle describes, it does not report."""
    return _PERSONS_DET.search(s.text, max(s.start, start - 8), start) is not None \
        and not re.match(r"\s+(?:in|by|during|when|after)\b", s.text[end:end + 10])


def visits_no_party(s: Sentence, trigger: str, end: int) -> bool:
    """A visit whose object is persons named by their plight ("visited the injured"): no meeting."""
    return trigger.lower().startswith("visit") and _VISITED_PERSONS.match(s.text, end, min(s.end, end + 30)) is not None


def tally_predicate(s: Sentence, start: int) -> bool:
    """Whether the attack word at ``start`` says who the counted were ("the dead were gunmen")."""
    return _COPULA.search(s.text, max(s.start, start - 30), start) is not None


def forecast(s: Sentence, end: int, hi: int) -> bool:
    """Whether the act noun ending at ``end`` is the subject of a forecast ("are likely to continue")."""
    return _FORECAST.match(s.text, end, hi) is not None


def repeated(s: Sentence, start: int, end: int) -> bool:
    """Acts told as repeated over a period: "had attacked Marte several times since 2021"."""
    lo, hi = max(s.start, start - 40), min(s.end, end + 90)
    if _REPEATEDLY_SINCE.search(s.text, lo, hi) is not None:
        return True
    m = _REPEATED.search(s.text, lo, hi)
    if m is None:
        return False
    return _PERFECT.search(s.text, max(s.start, start - 30), start) is not None \
        or _PERIOD.search(s.text, end, hi) is not None


@lru_cache(maxsize=1)
def _frontier() -> re.Pattern:
    words = sorted(lexicon().words.get("frontier_heads", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")$", re.I)


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def frontier(m: Mention | None) -> bool:
    """A border or a front line ("the Line of Control", "the Blue Line"): a place, never a target."""
    if m is None or m.type not in _PLACES:
        return False
    # an abbreviation ("the LoC") answers through the knowledge base entry it was linked to
    return _frontier().search(m.text) is not None or (
        bool(m.kb_id) and _frontier().search(m.kb_id.replace("-", " ")) is not None)


@lru_cache(maxsize=1)
def _headline_site() -> re.Pattern:
    words = sorted(lexicon().words.get("facility_heads", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")s?\s+(?:in|near|at|outside)\s", re.I)


def headline_site(s: Sentence, start: int, end: int) -> bool:
    """"Attack on military base in Marte, Borno State": a headline naming an attack on a site in a
    place reports that attack, though it names no one; the place is where."""
    return not s.text[s.start:start].strip(" \"“‘'") and _headline_site().match(s.text, end, min(s.end, end + 60)) is not None


# "detained in Navolato a man identified as Ana Ruiz Soto, alleged chief of ...": the person held
_IDENTIFIED = re.compile(r"[^,;:.]{0,40}?(?<![\w-])(?:an?\s+)?(?:man|woman|person|suspect|youth|individual|"
                         r"teenager|boy|girl)\s+(?:identified\s+as|named|called)\s+"
                         r"((?-i:[A-ZÀ-Þ][\w'’.-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’.-]+|de|del|la|al|bin|ibn)){0,4})", re.I)


def identified_person(s: Sentence, end: int, target: Mention | None) -> str | None:
    """The name of "a man identified as NAME" right after the verb ending at ``end``, when no
    mention stands at that name (the target found is then further on, in an apposition)."""
    m = _IDENTIFIED.match(s.text, end, min(s.end, end + 120))
    if m is None or (target is not None and target.start <= m.start(1)):
        return None
    return m.group(1)


# "14 civilians killed on both sides of the border since 14 October": a key figure, a count
# from a starting day, no incident
_FIGURE_SINCE = re.compile(r"[\s•*·-]*(?:(?:at\s+least|more\s+than|over|some|about|nearly)\s+)?\d[\d,]*\s+"
                           r"(?:[\w-]+\s+){0,2}(?:killed|dead|wounded|injured)\b[^.;:]{0,80}?\bsince\b", re.I)


def figure_since(s: Sentence, action: str) -> bool:
    """Whether the sentence is a key figure counted since a day (no finite verb, a toll, "since")."""
    return action == "ASSAULT" and _FIGURE_SINCE.match(s.text, s.start, s.end) is not None
