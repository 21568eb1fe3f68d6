"""A byline line whose parts stand apart by "|": "By Jane Doe | Nile Courier | 4 March 2025",
"Jane Doe | Juba | 4 March 2025", "Nile Courier | Published: 4 March 2025 | Source: X Agency".

Each part is read on its own: a "By" part or a personal name gives an author, a publication name
an outlet, a dated part the date; a place or a "Source:" agency gives nothing. A masthead line
("LAKE TANA BRIEF | Issue 40 | 6 June 2025") names no person and is left to ``headers.masthead``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.metadata.byline import byline_authors, names_in
from sitrep.metadata.dates import find_date, stamp_date
from sitrep import knowledge
from sitrep.metadata.outlet import _head_words, looks_like_outlet, outlet_index
from sitrep.metadata.places import is_known_place

PIPE_MAX = 160
_PARTS = re.compile(r"\s+[|•·]\s+")
# a credited agency is the story's source, not the page's publisher
_SOURCE = re.compile(r"(?:source|via|agency|credit)\s*:", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a newsroom's desk or service beside the reporter ("Jane Doe | Express News Service"): no outlet
_DESK_PART = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){0,4}(?:News\s+Service|NEWS\s+SERVICE|[Bb]ureau|BUREAU|[Dd]esk|DESK|"
                        r"[Nn]ewsroom|NEWSROOM)")
# the time of day beside the byline, the date on the stamp line above ("at 2:56 pm | By Jane Doe";
# a scraper may glue "at2:56")
_CLOCK = re.compile(r"(?:(?:at|updated|posted|published)\s*:?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?"
                    r"(?:\s*\(?[A-Z]{2,5}\)?)?", re.I)


@dataclass(slots=True, frozen=True)
class PipeLine:
    authors: tuple[str, ...]
    outlet: str | None
    date: dt.date | None


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in knowledge.wordlist("section_words.txt"))


def _section_label(part: str) -> bool:
    """A site section's label ("World Report", "Africa News"): section words, then a publication's
    head word, even one that is also a surname; never a person's name."""
    words = part.casefold().split()
    if len(words) < 2 or not all(w in _section_words() for w in words[:-1]):
        return False
    strong, weak, _ = _head_words()
    return words[-1] in strong or words[-1] in weak


# "... | Daily News and John Roe | ...": an outlet closing one reporter's credit, then the next
_OUTLET_AND_NAME = re.compile(r"(?P<outlet>.+?)\s+and\s+(?P<name>[A-Z][^|]+)")


def _split_joined_credits(parts: list[str]) -> list[str]:
    """Two reporters credited with their addresses and outlet ("By Jane Doe | jdoe@x.example |
    Daily News and John Roe | jroe@x.example | Daily News"): the part that joins one credit's outlet
    to the next reporter is split, the reporter marked as a byline of its own."""
    out = []
    for part in parts:
        m = _OUTLET_AND_NAME.fullmatch(part.strip()) if " and " in part else None
        if m and (outlet_index().lookup(m["outlet"]) or looks_like_outlet(m["outlet"])) \
                and len(names_in(m["name"])) == 1:
            out += [m["outlet"], "By " + m["name"].strip()]
        else:
            out.append(part)
    return out


@lru_cache(maxsize=4096)
def pipe_byline(text: str) -> PipeLine | None:
    """The authors, outlet and date of a "|"-separated byline line; None when the line names
    neither a person nor (beside a labelled stamp) a publication."""
    if len(text) > PIPE_MAX or ("|" not in text and "•" not in text and "·" not in text):
        return None
    parts = _PARTS.split(text.strip())
    mailed = "@" in text and len(parts) > 2
    if mailed:
        # "By Jane Doe | jdoe@courier.example | Nile Courier": the reporter's address says nothing
        parts = _split_joined_credits([p for p in parts if not _EMAIL.fullmatch(p.strip())])
    if not 2 <= len(parts) <= 4 or any(not p or len(p) > 60 for p in parts):
        return None
    authors: list[str] = []
    outlet: str | None = None
    date: dt.date | None = None
    labelled = section = timed = False
    loose = 0                    # parts that are no name, outlet, date or label
    index = outlet_index()
    for k, part in enumerate(parts):
        part = part.strip()
        if _SOURCE.match(part):
            labelled = True
            continue
        if _CLOCK.fullmatch(part):
            timed = True
            continue
        stamp = stamp_date(part)
        if stamp is not None:
            date = date or stamp[0]
            labelled = labelled or ":" in part
            continue
        if find_date(part):
            return None          # a date inside prose-like text: not a byline part
        if (by := byline_authors(part)) is not None:
            authors += by
            continue
        known = index.lookup(part)
        if known or looks_like_outlet(part):
            outlet = outlet or known or part
            continue
        if k == 0 and _section_label(part) and names_in(part):
            section = True       # "World Report | Reuters": the site's section, then the wire
            continue
        if k == 0 and len(parts) == 2 and not part.isupper() and (names := names_in(part)) and (
                outlet_index().lookup(parts[1].strip()) or looks_like_outlet(parts[1].strip())):
            authors += names
            continue
        if k == 0 and len(parts) == 2 and not part.isupper() and (names := names_in(part)) and len(names) <= 3 \
                and _DESK_PART.fullmatch(parts[1].strip()):
            return PipeLine(tuple(names), None, None)
        if k == 0 and not part.isupper() and (names := names_in(part)):
            # "Jane Doe | Juba | date": a name, then only a place and the date; a name in
            # capitals or beside a desk is a masthead's ("La Voz del Norte | Redacción Centro | date")
            if all(is_known_place(p.strip()) or stamp_date(p) or find_date(p) for p in parts[1:]):
                authors += names
            continue
        loose += 1
    if date is None:
        if mailed and authors and outlet and not loose:
            return PipeLine(tuple(authors), outlet, None)   # each reporter with address and outlet
        # "Jane Doe | Nile Courier": a reporter and the outlet, no date; any other part makes it
        # a navigation bar or a masthead
        if len(parts) == 2 and authors and outlet and not parts[0].isupper() and (
                mailed or byline_authors(parts[0]) is None):
            return PipeLine(tuple(authors), outlet, None)
        if timed and authors and not outlet and not loose and not section and not labelled:
            return PipeLine(tuple(authors), None, None)     # "at 2:56 pm | By Jane Doe"
        if len(parts) == 2 and section and outlet and not authors:
            return PipeLine((), outlet, None)     # the section's label and the story's source
        return None
    if authors or (outlet and (labelled or section)):
        return PipeLine(tuple(authors), outlet, date)
    return None
