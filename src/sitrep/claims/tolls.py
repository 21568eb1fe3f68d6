"""Counts that complete a toll: "the death toll rose to 45", "has risen to 27 soldiers", "put
the number of civilians killed at three", and counts a frame makes a state ("forced some 2,000
people from their homes")."""
from __future__ import annotations

import re

from sitrep.claims.lexicon import Lexicon
from sitrep.claims.numbers import Number, named_number, prev_word


def toll(text: str, n: Number, sent_start: int, lex: Lexicon) -> str | None:
    """"the death toll rose to 45": a toll phrase shortly before the number, in the same clause;
    further back ("the death toll from an attack on a village in X province rose to nine") only
    when no comma stands between, or a trend verb ("rose to") leads to the number: the toll is
    then the subject the number completes."""
    lo = max(sent_start, n.qstart - 160)
    chunk = text[lo:n.qstart].lower()
    if not any(w in chunk for w in lex.toll_words):
        return None
    found = None
    for m in lex.toll_re.finditer(text, lo, n.qstart):
        found = m
    if found is None:
        return None
    gap = text[found.end():n.qstart]
    if ";" in gap or (any(c.isdigit() for c in gap) and not _only_names(text, found.end(), n.qstart, lex)):
        return None
    if len(gap) > 70 and ("." in gap or ("," in gap and prev_word(text, max(0, n.qstart - 12), n.qstart)[0].lower()
                                           not in lex.trend)):
        return None
    return lex.tolls[" ".join(found.group(1).lower().split())]


_DIGIT_RUN = re.compile(r"\d[\d,.]*")


def _only_names(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether every number between ``lo`` and ``hi`` is part of a name ("the death toll from the
    fighting between the 444 Brigade and Rada has risen to 27"): those count nothing that could
    stand between a toll and its figure."""
    return all(named_number(text, d.end(), lex) for d in _DIGIT_RUN.finditer(text, lo, hi))


# "put the number of civilians killed in Poonch at three": a toll of a named kind of people
_NUMBER_OF = re.compile(r"(?i)\bnumbers?\s+of\s+(?:the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,2})")
# a year may stand in the subject ("the number of people killed in 2024 rose to ..."): no other digits
_GAP_CHAR = r"(?:[^\d.;:]|(?<!\d)(?:19|20)\d\d(?!\d))"
_NUMBER_GAP = re.compile(rf"{_GAP_CHAR}{{0,60}}\b(?:at|to|as|was|is|reached)\s+$")
# "pushed the number of people killed in 2024 above 5,350": a comparative right before the count
# completes the frame as "to" would
_NUMBER_PAST_GAP = re.compile(rf"{_GAP_CHAR}{{0,60}}?\s$")
_PAST = frozenset({"above", "over", "past", "beyond", "more than"})
# a trend verb lets the subject run longer: "the number of civilians killed in a drone strike
# near the town of X in Y province has risen to four"
_NUMBER_TREND_GAP = re.compile(r"(?:[^\d;:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,150}\b(?:has|have|had)?\s*(?:risen|rose|climbed|increased|grown|"
                               r"jumped|reached|now\s+stands|stands|stood)\s+(?:to\s+|at\s+)?$")
_WORD_RUN = re.compile(r"[A-Za-z][A-Za-z-]*")


def number_of(text: str, n: Number, sent_start: int, lex: Lexicon) -> str | None:
    """The unit of a count that completes "the number of <people> <state>" ("... at three")."""
    lo = max(sent_start, n.qstart - 220)
    if "number" not in text[lo:n.qstart].lower():
        return None
    found = None
    for m in _NUMBER_OF.finditer(text, lo, n.qstart):
        found = m
    if found is None:
        return None
    words = list(_WORD_RUN.finditer(text, found.start(1), found.end(1)))
    for k in range(1, len(words)):
        state = lex.states_after.get(words[k].group().lower(), {}).get("person") \
            or lex.shelter.get(words[k].group().lower())   # "the number of villagers sheltering in ..."
        if state is None:
            continue
        noun = [w.group().lower() for w in words[:k]]
        head = lex.heads.get(" ".join(noun)) or lex.heads.get(noun[-1])
        if head is None or head.cls != "person" or head.anaphoric \
                or not (_NUMBER_GAP.fullmatch(text, words[k].end(), n.qstart)
                        or _NUMBER_TREND_GAP.fullmatch(text, words[k].end(), n.qstart)
                        or (" ".join(text[n.qstart:n.start].lower().split()) in _PAST
                            and _NUMBER_PAST_GAP.fullmatch(text, words[k].end(), n.qstart))):
            return None
        return f"{head.unit} {state}"
    return _number_size(text, n, found, lex)


# "the number of active fighters in the region has fallen to fewer than 100": a force's size,
# stated by a change of the number (or "became", as translated copy writes it)
_NUMBER_SIZE_GAP = re.compile(r"(?:[^\d;:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,150}\b(?:has|have|had)?\s*"
                              r"(?:fallen|fell|dropped|declined|decreased|shrunk|shrank|risen|rose|grown|grew|"
                              r"became|become|now\s+stands|stands|stood)\s+(?:to\s+|at\s+)?$")


def _number_size(text: str, n: Number, found: re.Match[str], lex: Lexicon) -> str | None:
    """The people a changed "number of <people>" counts when no state follows the noun: the
    count is the group's size ("fighters"), not a toll. A name may stand before the noun ("the
    number of active Ansar Dine fighters")."""
    for k, w in enumerate(_WORD_RUN.finditer(text, found.start(1), min(n.qstart, found.start(1) + 80))):
        if k == 6:
            return None
        low = w.group().lower()
        head = lex.heads.get(low)
        if head is None:
            if low in lex.stop:
                return None                # "the number of *the* ...", "of them": no noun first
            continue
        if head.cls != "person" or head.anaphoric or head.exact:
            return None
        if not _NUMBER_SIZE_GAP.fullmatch(text, w.end(), n.qstart):
            return None
        return head.unit
    return None


# the state a toll phrase gives the person count that completes it ("has risen to 27 soldiers")
# the word before a count that completes a toll phrase
_COMPLETES = frozenset({"to", "at", "were", "was", "are", "is", "reached", "hit", "topped", "included"})
# a lower-bound verb read as the qualifier still completes the toll: "the death toll topped 40 soldiers"
_QUALIFIER_VERB = re.compile(r"(?i)\b(?:exceed|surpass|top|pass)\w*\s+$")
_TOLL_STATES = {"deaths": "killed", "people killed": "killed", "people injured": "injured",
                "people displaced": "displaced"}


# a part of a toll named before it, opening the sentence: "Of the dead, 37 were students",
# "Among those killed, 12 were children"
_FRONTED_PART = re.compile(r"(?i)^\W*(?:of|among)\s+(?:the|those)\s+"
                           r"(dead|killed|wounded|injured)\s*,\s*$")
_FRONTED_UNITS = {"dead": "people killed", "killed": "people killed", "wounded": "people injured",
                  "injured": "people injured"}


def fronted_part(text: str, n: Number, sent_start: int) -> str | None:
    """The toll unit of a count after a fronted part phrase ("Of the dead, 37 were students")."""
    if n.qstart - sent_start > 40:
        return None
    m = _FRONTED_PART.search(text[sent_start:n.qstart])
    return _FRONTED_UNITS[m.group(1).lower()] if m is not None else None


def implied_state(text: str, n: Number, sent_start: int, np_end: int,
                  lex: Lexicon) -> tuple[str, str, int] | None:
    """A state no state word next to a counted person states: a toll the count completes ("the
    death toll has risen to 27 soldiers", "the dead were 12 gunmen") or a displacement frame
    ("forced some 2,000 people from their homes")."""
    pw, at = prev_word(text, max(sent_start, n.qstart - 24), n.qstart)
    if pw.lower() in lex.displace_before and lex.displace_after.match(text, np_end):
        return "displaced", "person", at
    if pw.lower() not in _COMPLETES and (n.qstart == n.start or not _QUALIFIER_VERB.search(text, n.qstart, n.start)):
        return None                        # "rose to nine after four more bodies were found"
    unit = toll(text, n, sent_start, lex)
    state = _TOLL_STATES.get(unit) if unit else None
    return (state, "person", n.start) if state else None


# "raised on Wednesday to 121 the number of deaths": the toll after its figure, as copy translated
# from Portuguese, Spanish or French orders it ("elevou para 121 o número de mortos")
_POSTPOSED_GAP = re.compile(r"[ \t]+(?:the[ \t]+)?")
_TO_BEFORE = re.compile(r"(?i)\bto[ \t]+$")


def postposed_toll(text: str, n: Number, lex: Lexicon) -> str | None:
    """The unit of a toll named right after the count that "to" leads to, or None."""
    if not _TO_BEFORE.search(text, max(0, n.qstart - 4), n.qstart):
        return None
    gap = _POSTPOSED_GAP.match(text, n.end)
    if gap is None:
        return None
    m = lex.toll_re.match(text, gap.end())
    if m is None:
        return None
    phrase = " ".join(m.group(1).lower().split())
    if not (phrase.startswith("number of") or phrase.endswith(("toll", "count", "figure"))):
        return None                        # "to 12 the dead were added": no toll named
    return lex.tolls[phrase]
