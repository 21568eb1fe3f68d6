"""The dateline that opens an article: "BAGHDAD (Reuters) - ", "ERBIL, Kurdistan Region - ",
"GAZA CITY, Nov 3 (AFP) -", "WASHINGTON DC, United States (Kurdistan 24) ", "Kyiv (AP) —"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.metadata.dates import MONTHS

_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]*){0,3}"
_TITLE_PLACE = r"[A-Z][a-z'’.\-]+(?:\s+[A-Z][a-z'’.\-]+){0,2}"
# a country or region of up to five capitalised words, lower-case links allowed between them:
# "Democratic Republic of the Congo", "Bosnia and Herzegovina", "Central African Republic"
_LINK = r"(?:(?:of|the|and|de|du|des|del|la|le|et|y)\s+){0,2}"
_REGION = rf"(?:,\s*[A-Z][\w'’.\-]*(?:\s+{_LINK}[A-Z][\w'’.\-]*){{0,4}})"
_MONTH = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_DATE = rf"(?:,\s*(?:{_MONTH})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
_CREDIT = r"\((?P<credit>[^()]{2,40})\)"
_DASH = r"[-–—:]+"

# upper-case place: the credit and the dash are each optional, one of them is needed
_CAPS = re.compile(rf"(?P<place>{_CAPS_PLACE})(?P<region>{_REGION})?{_DATE}?\s*"
                   rf"(?:{_CREDIT}\s*(?:{_DASH}\s*)?|{_DASH}\s+)")
# title-case place: only with a credit, since "Officials said -" is prose
_TITLED = re.compile(rf"(?P<place>{_TITLE_PLACE})(?P<region>{_REGION})?{_DATE}?\s*{_CREDIT}\s*(?:{_DASH}\s*)?")


@dataclass(slots=True)
class Dateline:
    place: str
    credit: str | None        # the outlet or wire in brackets, e.g. "Reuters"
    end: int                  # where the article text proper starts


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of an article's first paragraph, if any."""
    head = paragraph[:160]
    if not "A" <= head[:1] <= "Z":
        return None                    # both patterns start with a capital letter
    for pattern in (_CAPS, _TITLED):
        m = pattern.match(head)
        if not m:
            continue
        place = m.group("place").strip(" .")
        if pattern is _CAPS and sum(c.isalpha() for c in place) < 3:
            continue                   # "US - ..." or "UN: ..." open prose, not a dateline
        rest = head[m.end():]
        if rest and not (rest[0].isupper() or rest[0] in "\"“‘'" or rest[0].isdigit()):
            continue
        credit = m.groupdict().get("credit")
        return Dateline(place=place, credit=credit.strip() if credit else None, end=m.end())
    return None
