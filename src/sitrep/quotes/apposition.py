"""Speakers named in apposition: "The Secretary-General of X, the Sheikh Y, affirmed", "according
to an Army spokesperson in Jammu, Lt Col X", "the military's media wing, ISPR, said"; and a body
described after the group it belongs to ("the United Nations human rights office").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.model import Mention
from sitrep.quotes.cues import Cues

if TYPE_CHECKING:
    from sitrep.quotes.speakers import MentionIndex

_WORD = re.compile(r"[\w'’.\-]+")
SHORT_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "another", "one"))


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


# the linking words of a hyphenated title: "commander-in-chief", "chief-of-staff"
_TITLE_LINKS = frozenset(("in", "of", "at", "to"))


def title_word(low: str, cues: Cues) -> bool:
    """Whether the lower-cased word ``low`` is a title word, a hyphenated compound of title words
    included ("secretary-general", "under-secretary-general", "commander-in-chief"): the word
    list cannot hold every compound an office is spelled with."""
    if low in cues.title_words:
        return True
    if "-" not in low:
        return False
    parts = low.split("-")
    return any(p in cues.title_words for p in parts) and all(
        p in cues.title_words or p in _TITLE_LINKS or p in ("under", "vice", "deputy", "ex") for p in parts)


def title_lead(text: str, a: int, b: int, cues: Cues) -> bool:
    """Whether ``text[a:b]`` holds only an article and titles before a name in apposition:
    "the Sheikh", "the former minister"."""
    words = _WORD.findall(text, a, b)
    # a rank abbreviation is a title too: "the army spokesman, Col. X, said"
    return 0 < len(words) <= 4 and all(
        w.lower() in SHORT_DETERMINERS or title_word(w.lower().rstrip("."), cues)
        or w.rstrip(".") in cues.abbreviations for w in words)


def appositive(text: str, a: int, b: int, idx: MentionIndex, cues: Cues,
               types: frozenset[str]) -> Mention | None:
    """The mention that ``text[a:b]`` (an apposition between commas) consists of, after an
    article or titles ("Lt Col X", "the X"), when its type is one of ``types``."""
    a, b = trim(text, a, b)
    ms = idx.within(a, b)
    if len(ms) != 1 or ms[0].type not in types or text[ms[0].end:b].strip():
        return None
    lead = text[a:ms[0].start]
    if lead.strip() and not all(w.lower() in SHORT_DETERMINERS or title_word(w.lower(), cues)
                                or w.rstrip(".") in cues.abbreviations for w in _WORD.findall(lead)):
        return None
    return ms[0]


def apposition_after(text: str, comma: int, b: int, idx: MentionIndex, cues: Cues,
                     head_a: int) -> Mention | None:
    """The speaker named in apposition after the describing phrase ``text[head_a:comma]``, the
    apposition running from ``comma`` to the next comma or the end of the stretch: a person after
    a description of a person ("according to an Army spokesperson in X, Lt Col Y, ..."), a group
    after a description of an institution ("said the military's media wing, ISPR")."""
    end = text.find(",", comma + 1, b)
    if end == -1:
        end = b
        at = comma + 1
        while (stop := _APPO_STOP.search(text, at, b)) is not None:
            word = _WORD_END.search(text, max(comma, stop.start() - 8), stop.start())
            if stop.group() == "." and word is not None and (word.group() in cues.abbreviations
                                                            or (len(word.group()) == 1 and word.group().isupper())):
                at = stop.end()         # "Col. X", "J. Smith": the stop of a title or an initial
                continue
            end = stop.start()
            break
    head = [_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text, head_a, comma)]
    if any(w in cues.person_nouns for w in head):
        types = _PERSON_ONLY
    elif any(w in cues.speaker_nouns for w in head) or head[-1:] and head[-1] in INSTITUTION_HEADS:
        types = INSTITUTION_TYPES
    else:
        return None
    found = appositive(text, comma + 1, end, idx, cues, types)
    if found is None and types is _PERSON_ONLY:
        found = _name_shape(text, comma + 1, end, cues, idx.within(comma + 1, end))
    return found


# a personal name the mention finder missed, in apposition after a person noun ("said the
# movement's spokesperson, Pal Mai Deng"): two to four capitalised words, titles allowed before
_NAME_SHAPE = re.compile(r"(?:[A-Z][a-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'’\-]+|[A-Z]\.|(?:al|el|bin|ibn|van|de|da|du)-?)){1,4}")


def _name_shape(text: str, a: int, b: int, cues: Cues, inside: list[Mention]) -> Mention | None:
    """A PERSON mention made up for a name-shaped apposition ``text[a:b]`` that holds no name
    the mention finder typed as a person or body: the description before it only says who the
    named person is. A place word found inside the name ("Pal Mai Deng", "Mansir Hassan") is
    the gazetteer's misreading, not a place. Its local number is None."""
    a, b = trim(text, a, b)
    if any(m.type not in _PLACE_TYPES for m in inside) or any(m.end - m.start >= b - a - 1 for m in inside):
        return None
    words = _WORD.findall(text, a, b)
    lead = 0
    while lead < len(words) and (title_word(words[lead].lower().rstrip("."), cues)
                                 or words[lead].rstrip(".") in cues.abbreviations):
        lead += 1
    if lead == len(words) or len(words) - lead < 2:
        return None
    start = text.find(words[lead], a, b)
    m = _NAME_SHAPE.fullmatch(text, start, b)
    if m is None or any(w.lower() in cues.speaker_nouns or w.lower() in cues.pronouns for w in words[lead:]):
        return None
    return Mention(start, b, text[start:b], "PERSON", "shape:" + text[start:b].lower(), "apposition", None)


_PERSON_ONLY = frozenset(("PERSON",))
_PLACE_TYPES = frozenset(("GPE", "LOC"))
# places in apposition only say where ("a police officer in Maiduguri, Borno State")
INSTITUTION_TYPES = frozenset(("ORG", "MEDIA"))
INSTITUTION_HEADS = frozenset(("wing", "arm", "branch", "unit", "service", "office", "department",
                                "directorate", "bureau", "agency", "body", "outlet", "channel"))
_POSSESSIVE = re.compile(r"['’]s?$")
_APPO_STOP = re.compile(r"[;:.!?()\n]")
_WORD_END = re.compile(r"[A-Za-z]+$")


_BODY_WORD = re.compile(r"[a-z]+")
_BODY_RUN = re.compile(r"[a-z]+(?:[ \t]+[a-z]+){0,3}")
_BODY_STOP = frozenset(("the", "of", "for", "on", "and", "s"))


def _stems(name: str) -> set[str]:
    return {w.rstrip("s") for w in _BODY_WORD.findall(name.lower()) if w not in _BODY_STOP}


def sub_body(group: Mention, rest: str, idx: MentionIndex) -> Mention | None:
    """The body of ``group`` that the lower-case words after its name describe ("the United Nations
    human rights office", "the Hezbollah media office"): a mention the document names it by
    ("Office of the UN High Commissioner for Human Rights"), else the group itself. ``None`` when
    the words name no office or agency of a group."""
    if group.type not in INSTITUTION_TYPES or not _BODY_RUN.fullmatch(rest):
        return None
    words = rest.split()
    if words[-1] not in INSTITUTION_HEADS:
        return None
    wanted = _stems(rest)
    for m in idx.items:
        if m is not group and m.type in INSTITUTION_TYPES and wanted <= _stems(m.canonical or m.text):
            return m
    return group


def past_addressee(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> int:
    """Where the speaker starts in ``text[a:b]`` when it opens with the verb's addressee ("to AFP
    X", "to reporters the minister", "to Al Arabiya X"): an addressee is no speaker."""
    ms = idx.within(a + 3, b)
    if ms and ms[0].type in ("MEDIA", "ORG") and not text[a + 3:ms[0].start].strip(" \t") \
            and text[ms[0].end:b].strip():
        return trim(text, ms[0].end, b)[0]
    m = cues.addressee_lead.match(text, a, b) if cues.addressee_lead is not None else None
    return m.end() if m else a


def abbreviation_before(text: str, a: int, dot: int, known: frozenset[str]) -> bool:
    """Whether the full stop at ``dot`` closes a title abbreviation ("Lt.", "Gen.", "Sgt."), which
    does not end a speaker phrase: "said Lt. Col. Jules Kasereka"."""
    m = _WORD_END.search(text, max(a, dot - 8), dot)
    return m is not None and m.group() in known
