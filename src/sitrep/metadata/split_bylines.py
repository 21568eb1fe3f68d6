"""Bylines that a scraper's one-line-per-block text breaks apart or leaves without "By": the
word "By" on its own line above the name ("By" / "Gabriel Gavin"), and a reporter's name alone
(or with the outlet: "Evan Orris, NBA.com") right above the date stamp.

A name alone on a line is no byline by itself (a caption's credit or a one-word headline reads
the same); the stamp right under it, in the article's head, makes it one.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BODY, CHROME, META, Line
from sitrep.metadata.byline import names_in, byline_authors
from sitrep.metadata.outlet import outlet_index

SPLIT_BYLINE = "split byline"       # the names under a "By" line
BARE_BYLINE = "bare byline"         # a name alone over the date stamp
BY_LABEL = "byline label"
BYLINE_ROLE = "byline role"         # the job title under a bare name
_BY_WORDS = frozenset(("by", "written by", "words by", "author", "authors", "by:"))
_NAME_MAX = 70
_GLUED_BY = re.compile(r"By[A-Z][a-z]")
_HEAD_MIN = 60
_HEAD_MAX = 400            # the article's head: bylines of related stories stand further down
_PROSE = 120               # a longer line is a standfirst or the article's text
_SEPARATOR = re.compile(r"[-–—|·•/:,]{1,3}")
_STAMP_GAP = 2             # lines (not blank) between a bare name and its stamp: a reading time


def line_names(text: str) -> list[str] | None:
    """The reporters of a byline line without its "By" ("Terry Pluto, cleveland.com")."""
    # "Phillip Maciak/" over the date: the layout's separator left on the name
    return byline_authors("By " + text.strip().rstrip("/|·•").rstrip())


def mark_split_bylines(lines: Sequence[Line]) -> None:
    """Label a "By" line and the names under it, and a bare name over a date stamp, in the
    page's head (its first ``_HEAD_SCAN`` lines)."""
    filled = _head(lines)
    for n, k in enumerate(filled):
        line = lines[k]
        if line.label != BODY:
            continue
        text = line.text.strip()
        if text.casefold() in _BY_WORDS:
            if n + 1 < len(filled):
                below = lines[filled[n + 1]]
                if below.label == BODY and len(below.text) <= _NAME_MAX and line_names(below.text):
                    line.mark(META, BY_LABEL)
                    below.mark(META, SPLIT_BYLINE)
            continue
        if _GLUED_BY.match(text) and len(text) <= _NAME_MAX and line_names(text):
            line.mark(META, BARE_BYLINE)      # "ByRahul Singh": the label glued on by a scraper
            continue
        role = _over_role(lines, filled, n)
        if len(text) > _NAME_MAX or text.isupper() or not (
                role or _over_stamp(lines, filled, n) or _over_widget(lines, filled, n) or _over_outlet(lines, filled, n)):
            continue
        names = line_names(text)
        # one name (two or more are ``bare_byline``'s), under a headline: the first line in
        # sentence case is the headline itself ("Militia Fighters Withdraw" over its stamp)
        # a menu ("World  Europe  Balkans") spaces its items; the headline has four words or more
        # several names with their outlet ("A and B, Financial Times") are one byline too
        if names and len(names) <= 4 and all(len(n.split()) <= 4 and person_like(n) for n in names) \
                and "  " not in text and (len(names) == 1 or "," in text or " | " in text) and not _repeated(lines, k, text) \
                and any(lines[j].label == BODY and not lines[j].text.isupper() and len(lines[j].text.split()) >= 4
                        for j in filled[:n]):
            line.mark(META, BARE_BYLINE)
            if role:
                lines[filled[n + 1]].mark(META, BYLINE_ROLE)


# a reporter's job title on its own line under the name: "Senior Editor", "Culture and
# entertainment reporter", "Defence correspondent" (a photographer's credit is no byline)
# (the reporter's handle may follow: "Middle East correspondent @JaneDoe")
_ROLE_LINE = re.compile(r"(?:[A-Za-z&]+,?\s+){0,4}(?:editor|writer|reporter|correspondent|columnist|"
                        r"contributor|journalist|critic)s?(?:\s+@\w{2,30})?", re.I)
_ROLE_MAX = 60


def _over_role(lines: Sequence[Line], filled: list[int], n: int) -> bool:
    """Whether the next line is a writing job title alone: the name above it is the byline."""
    if n + 1 >= len(filled):
        return False
    below = lines[filled[n + 1]]
    text = below.text.strip()
    return below.label == BODY and len(text) <= _ROLE_MAX and _ROLE_LINE.fullmatch(text) is not None


_COMMON_Z = 4.0       # an everyday English word: "Partner Content", "Last Updated" are labels
_WORD_MAX = 20        # "RuppWriterManufacturerPhotographer": credits glued together


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(n.casefold() for e in knowledge.load("given_names.json") for n in e.get("names", []))


def person_like(name: str, strict: bool = False) -> bool:
    """Whether a bare name reads as a person's: its first word a given name, or one of its words
    no everyday word ("Terry Pluto", "Lyfe Jennings"; not "Partner Content", "Share Via"); no
    word glued from several. ``strict``, for a name among menu items: none of its words an
    everyday one ("Amani Okello"; not "Restaurant Finder", "Best Airbnbs Around DC")."""
    words = name.split()
    if not words or any(len(w) > _WORD_MAX for w in words):
        return False
    if words[0].casefold() in _given_names():
        return True
    from sitrep.clean.lexicon import Lexicon    # loaded by the glue repair anyway
    zipf = Lexicon.default().zipf_of
    # "Will Shanklin", "Van Sias": a rare surname makes a person of a common first word
    rare = (zipf.get(w.casefold(), 0.0) < _COMMON_Z for w in words)
    return all(rare) if strict else any(rare)


def personal_name(name: str) -> bool:
    """``person_like`` at its strictest (a name among menu items)."""
    return person_like(name, strict=True)


def _repeated(lines: Sequence[Line], k: int, text: str) -> bool:
    """Whether the same words stand on a line above (a heading or a topic link over its page,
    such as an event page's performer): a link, not the reporter."""
    return any(line.text.strip() == text for line in lines[:k])


def _head(lines: Sequence[Line]) -> list[int]:
    """The non-blank lines of the page's head: its first ``_HEAD_MIN`` lines, or up to its
    second long text line (a standfirst, then the article) when a long menu comes first."""
    out: list[int] = []
    long = 0
    for k, line in enumerate(lines[:_HEAD_MAX]):
        text = line.text
        if not text.strip():
            continue
        if k >= _HEAD_MIN and long >= 2:
            break
        out.append(k)
        long += line.label == BODY and len(text) > _PROSE
    return out


def _over_stamp(lines: Sequence[Line], filled: list[int], n: int) -> bool:
    """Whether a date stamp follows line ``filled[n]``, maybe after a reading time."""
    for k in filled[n + 1:n + 1 + _STAMP_GAP]:
        line = lines[k]
        if line.label == META and "stamp" in line.reason:
            return True
        # "Eric Berger" / "-" / "Dec 21, 2023": a separator the layout set between name and date
        if not (line.label == CHROME and line.reason == "reading time" or _SEPARATOR.fullmatch(line.text.strip())):
            return False
    return False


_OUTLET_LINE_MAX = 40
_SENTENCE_MIN = 80         # a line this long ending a sentence: a paragraph (one may be a standfirst)


def _over_outlet(lines: Sequence[Line], filled: list[int], n: int) -> bool:
    """Whether the next line is a known outlet's name alone ("Kayla Jimenez" / "USA TODAY"): some
    sites set the reporter over the outlet she writes for, with the date elsewhere."""
    if n + 1 >= len(filled):
        return False
    below = lines[filled[n + 1]]
    text = below.text.strip()
    if below.label != BODY or len(text) > _OUTLET_LINE_MAX:
        return False
    # under the article's paragraphs the same pair is the writer's sign-off (``signoff``)
    if sum(lines[j].label == BODY and len(lines[j].text) > _SENTENCE_MIN and lines[j].text.rstrip()[-1:] in ".\"”"
           for j in filled[:n]) >= 2:
        return False
    return outlet_index().lookup(text) is not None


# the article's own widgets a site sets right under its byline
_UNDER_BYLINE = frozenset({"listen widget", "reading time", "share bar"})


def _over_widget(lines: Sequence[Line], filled: list[int], n: int) -> bool:
    """Whether the article's listen or share widget follows line ``filled[n]`` ("Ananya Bora" /
    "Listen to Story" / "Share"): the name heading the article's tools is its byline, as one
    over its stamp is."""
    if n + 1 >= len(filled):
        return False
    text = lines[filled[n]].text.strip()
    if names_in(text) != [text] or any(lines[k].label == META and "byline" in lines[k].reason for k in filled[:n]):
        return False        # a caption's "Governor, Adolphe Lele" under the byline
    below = lines[filled[n + 1]]
    return below.label == CHROME and below.reason in _UNDER_BYLINE
