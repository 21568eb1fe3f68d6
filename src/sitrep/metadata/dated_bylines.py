"""A byline and its date stamp on one line, as a scraper joins the two blocks under a headline.

"By Jane Doe, December 22, 2025", "By Ana Ruiz Herald Correspondent,Updated March 4, 2025, 5:49
p.m.", "By Omar Haddad Dec 23, 2025 12:00 PMTags" (the next block glued on), or a name glued to
its date with no byline word at all ("Lena OrvikMarch 4, 2025"), or the stamp first ("Published on
29/10/2025 - 14:52 By Ana Ruiz - Reporter of ..."). Such a line is neither a byline
(the date breaks the name) nor a stamp (the name stands before the date), so both readers passed
it over and the page lost its authors and its date.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.metadata.byline import byline_authors, names_in
from sitrep.metadata.dates import find_date, stamp_date
from sitrep.metadata.split_bylines import person_like

DATED_BYLINE = "dated byline"
DATED_BYLINE_MAX = 180

_BY = re.compile(r"(?:[Bb]y|BY)\s+[A-Z]")
# between the names and the date: a separator, then a stamp word ("Updated", "Published on")
_JOINT = re.compile(r"[\s,|•·–—-]*(?:(?P<kind>(?:first\s+)?published|posted|(?:last\s+)?updated|modified)"
                    r"\s*(?:on|:)?)?[\s,|•·–—-]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$", re.I)
# a role the page sets after the names with no comma: "Ana Ruiz Herald Correspondent", "A and B
# Globe Staff and Globe Correspondent"
_ROLE_WORDS = r"(?:staff(?:\s+writer)?|correspondents?|reporters?|writers?|editors?|contributors?|columnists?)"
# (with the outlet's one-word name before it, else alone: "Ana Ruiz Correspondent")
_GLUED_ROLES = (re.compile(rf"(?:\s+(?:and\s+)?[A-Z][\w'’.&-]*\s+(?i:{_ROLE_WORDS}))+\s*$"),
                re.compile(rf"(?:\s+(?:and\s+)?(?i:{_ROLE_WORDS}))+\s*$"))
# the lowercase words a byline holds besides its names: "By Jane Doe, political correspondent"
_BYLINE_LOWER = frozenset("by and with de da di du del dos das al el bin ibn van von der den la le y "
                          "staff writer writers reporter reporters correspondent correspondents editor editors "
                          "contributor contributors columnist special senior chief political foreign security "
                          "defence defense diplomatic regional local our".split())
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
# after the date: its clock time, then at most one word of the next block glued on ("PMTags")
_TAIL = re.compile(r"(?:[\s,|•·–—-]*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|[AP]M)?\s*(?:[A-Z]{2,4}\b)?)?"
                   r"(?:[A-Z][a-z]{2,14})?\s*$")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
# a person's name glued to the date that followed it in its own span: "Lena OrvikMarch 4, 2025"
_GLUED_NAME = re.compile(rf"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}}?)(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}.*)")


def dated_byline(text: str) -> tuple[list[str], dt.date, str] | None:
    """(names, date, "published" or "updated") of a byline with its date stamp on one line;
    None for anything else (a byline alone, a stamp alone, prose)."""
    if len(text) > DATED_BYLINE_MAX:
        return None
    text = text.strip()
    if not _BY.match(text):
        return _glued(text) or _stamp_first(text)
    found = find_date(text)
    if found is None:
        return None
    date, m = found
    if not _TAIL.fullmatch(text[m.end():]):
        return None
    joint = _JOINT.search(text[:m.start()])
    head = text[:m.start()][:joint.start()] if joint else text[:m.start()]
    if any(w not in _BYLINE_LOWER for w in _LOWER_WORD.findall(head)):
        return None     # "By the end of March 4, 2025 ...", "By Jane Doe, who arrived on ...": prose
    names = byline_authors(head) or next(
        (found for role in _GLUED_ROLES if (found := byline_authors(role.sub("", head)))), None)
    if not names:
        return None
    kind = "updated" if joint and joint.group("kind") and "publish" not in joint.group("kind").lower() \
        and "posted" not in joint.group("kind").lower() else "published"
    return names, date, kind


# "Published on 29/10/2025 - 14:52 By Ana Ruiz - Reporter of ...": the stamp, then the byline
_STAMP_BY = re.compile(r"\s+[-–—|,]?\s*(?:[Bb]y|BY)\s+(?=[A-Z])")


def _stamp_first(text: str) -> tuple[list[str], dt.date, str] | None:
    m = _STAMP_BY.search(text)
    if m is None or not (stamp := stamp_date(text[:m.start()])):
        return None
    names = byline_authors("By " + text[m.end():])
    return (names, stamp[0], stamp[1]) if names else None


def _glued(text: str) -> tuple[list[str], dt.date, str] | None:
    m = _GLUED_NAME.fullmatch(text)
    if m is None:
        return None
    found = find_date(m.group("date"))
    if found is None or found[1].start() or not _TAIL.fullmatch(m.group("date")[found[1].end():]):
        return None
    names = names_in(m.group("name"))
    if len(names) != 1 or names[0] != m.group("name") or not person_like(names[0]):
        return None
    return names, found[0], "published"


def dated_byline_names(text: str) -> list[str] | None:
    found = dated_byline(text)
    return found[0] if found else None


def dated_byline_stamp(text: str) -> tuple[dt.date, str] | None:
    found = dated_byline(text)
    return (found[1], found[2]) if found else None
