"""Entry headings: the short title lines that open the entries of a live blog or the sections of
an article ("Death toll rises to 7", "“We will not leave our homes”", "‘Ceasefire is holding,’
says mediator").

A heading bounds an entry: a quote in it never continues the speaker of the entry before (live
blogs run newest first, so the text above belongs to a later, unrelated entry). A heading quote
is spoken by the speaker its own line names, resolved inside its entry ("says mediator" -> the
mediator the entry's text names), or by the speaker of the body quote it excerpts.
"""
from __future__ import annotations

import re

from sitrep.model import QuoteFact
from sitrep.quotes.speakers import MentionIndex, Speaker, named_speaker

_MAX_WORDS = 16
_MAX_CHARS = 160
_MARK_END = "”’\"'»"
_FINAL = ".!?…:;"
# the inverted attribution a heading ends with: "..., says mediator", "... - says the army"
_SAYS = re.compile(r"[\s,–—-]*(?P<verb>says|said)\s+(?:the\s+|an?\s+)?(?P<who>[^\n.!?,]{2,60}?)\s*$", re.I)
_WORD = re.compile(r"[a-z]+")
# the owner of a described office: "Al Jazeera's" in "Al Jazeera's correspondent"
_OWNER = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}(?:['’]s|(?<=s)['’])")
_FOLD = re.compile(r"[^\w]+")


def is_heading(text: str, a: int, b: int) -> bool:
    """Whether the paragraph ``text[a:b]`` is a heading line: one short line without a
    sentence's final stop (a quote paragraph ending "...” is a sentence; a title is not)."""
    if b - a > _MAX_CHARS:          # most paragraphs: no slicing at all
        return False
    body = text[a:b].strip()
    if not body or "\n" in body or len(body.split()) > _MAX_WORDS:
        return False
    last = body[-1]
    if last in _MARK_END:
        return body[-2:-1] not in tuple(_FINAL) or len(body) < 2
    return last not in _FINAL


def heading_starts(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """Where every heading paragraph starts: the bounds of the entries."""
    return [a for a, b in paras if b - a <= _MAX_CHARS and is_heading(text, a, b)]


def heading_paras(text: str, paras: list[tuple[int, int]], wanted: set[int]) -> set[int]:
    """The indices among ``wanted`` (paragraphs holding quotes) that are headings."""
    return {pi for pi in wanted if pi < len(paras) and is_heading(text, *paras[pi])}


def entry_end(paras: list[tuple[int, int]], heads: set[int], pi: int, text: str) -> int:
    """Where the entry opened by heading paragraph ``pi`` ends: at the next heading line."""
    for j in range(pi + 1, len(paras)):
        if j in heads or is_heading(text, *paras[j]):
            return paras[j][0]
    return len(text)


def own_speaker(text: str, tail_at: int, para_end: int, entry_stop: int, idx: MentionIndex,
                given: Speaker | None) -> tuple[Speaker | None, str | None]:
    """The speaker a heading quote's own line names, looked up in its entry: "says mediator" is
    the person the entry introduces as a mediator. ``given``: the attribution already read
    (a description or None). Returns (speaker, cue)."""
    cue = None
    if given is not None and given.name:
        noun = given.name
    else:
        m = _SAYS.match(text, tail_at, para_end)
        if m is None:
            return None, None
        cue = m.group("verb").lower()
        hit = idx.within(m.start("who"), m.end("who"))
        if hit:
            return named_speaker(hit[0]), cue
        noun = m.group("who")
    words = _WORD.findall(noun.lower())
    if not words:
        return None, cue
    head = words[-1]
    owner = _OWNER.match(noun)
    persons = [m for m in idx.within(para_end, entry_stop) if m.type == "PERSON"]
    for mention in persons:
        # the office stands before the name ("Egyptian mediator Karim Fathy") or in an
        # apposition after it ("Karim Fathy, the Egyptian mediator,")
        if head in _WORD.findall(text[max(para_end, mention.start - 40):mention.start].lower()) \
                or head in _WORD.findall(text[mention.end:min(entry_stop, mention.end + 50)].lower()):
            return named_speaker(mention), cue
    if owner is not None:
        # "Al Jazeera's correspondent: “...”" over "Al Jazeera's Salma Ghuma said ...": the
        # owner's person the entry names is the one its heading describes by office
        mark = owner.group(0).lower()
        for mention in persons:
            if text[max(para_end, mention.start - len(mark) - 2):mention.start].lower().rstrip().endswith(mark):
                return named_speaker(mention), cue
    return Speaker(None, noun.strip(), None, None, "description"), cue


def _fold(s: str) -> str:
    return _FOLD.sub(" ", s.lower()).strip()


def excerpted(quotes: list[QuoteFact], heads: list[tuple[int, int, int]]) -> None:
    """A heading quote with no speaker that excerpts a quote of its entry takes that quote's
    speaker. ``heads``: (index in ``quotes``, heading start, entry end)."""
    for qi, _, stop in heads:
        q = quotes[qi]
        if q.speaker_name is not None:
            continue
        needle = _fold(q.text)
        if len(needle) < 8:
            continue
        for other in quotes[qi + 1:]:
            if other.start >= stop:
                break
            if other.speaker_name is not None and needle in _fold(other.text):
                quotes[qi] = QuoteFact(q.start, q.end, q.text, speaker=other.speaker,
                                       speaker_name=other.speaker_name, cue=other.cue,
                                       speaker_start=other.speaker_start,
                                       speaker_end=other.speaker_end)
                break


def heading_echo(text: str, paras: list[tuple[int, int]], pi: int, start: int, end: int,
                 later: list[tuple[int, int]]) -> bool:
    """Whether a short quoted word of heading paragraph ``pi`` ("UN chief ‘appalled’ by ...")
    excerpts a quote of its own entry: the headline's marks then quote someone, they are no scare
    quotes. ``later``: the (start, end) of the quoted stretches after it, in text order."""
    if not is_heading(text, *paras[pi]):
        return False
    needle = _fold(text[start:end])
    if not needle:
        return False
    stop = entry_end(paras, set(), pi, text)
    for a, b in later:
        if a >= stop:
            break
        if needle in _fold(text[a:b]):
            return True
    return False
