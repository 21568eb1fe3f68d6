"""Author bios closing a piece: "Jane Doe is a researcher at ...", or a wire site's name line and
bio ("MARTA ROE" / "Roe covers the Andes for ..."). Author boilerplate, not article text; only lines
that name a known author of the piece count."""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.lines import BODY, CHROME, Line

# the shape of an author's bio closing an opinion piece: "Jane Doe is a researcher at ...",
# "— Jane Doe and John Roe are fellows ...", "Dr Jane Doe, a former envoy, teaches ..."
_BIO_SHAPE = re.compile(
    r"[-–—*_(\s]*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Col|Gen|Amb)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
    r"(?:\s*,[^.]{1,80},)?(?:\s+and\s+[^.]{1,60}?)?\s+(?:is|are|was|were|has been|have been|teaches|taught|works|"
    r"worked|writes|wrote|heads|leads|directs|serves|served|covers|reports)\s")
# the bio under an author's name set apart, as wire sites close a story: "MARTA ROE" /
# "Roe covers the Andes for The Associated Press."
_SURNAME_BIO = re.compile(r"(?P<surname>[A-Z][\w'’-]{2,})\s+(?:is|covers|reports|writes|has covered|has reported)\s")
_BIO_MAX = 400
_BIO_LINES = 3                  # a bio and a line or two after it ("He is on X as @...")


def may_close_with_bio(lines: Sequence[Line]) -> bool:
    """Whether one of the last body lines has a bio's shape: the cheap test before the authors
    are looked up."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.label != BODY or not line.text.strip():
            continue
        if len(line.text) <= _BIO_MAX and (_BIO_SHAPE.match(line.text) or _SURNAME_BIO.match(line.text)):
            return True
        seen += 1
        if seen >= _BIO_LINES:
            return False
    return False


def mark_author_bio(lines: Sequence[Line], authors: Sequence[str]) -> None:
    """The closing lines that introduce an author of the piece ("Jane Doe is a researcher on
    ...") are author boilerplate, not article text. Only trailing lines naming a known author
    count: a closing line about someone else is the story's own."""
    if not authors:
        return
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.label != BODY or not line.text.strip():
            continue
        seen += 1
        text = line.text
        if seen > _BIO_LINES or len(text) > _BIO_MAX:
            return
        if _BIO_SHAPE.match(text) and _opens_with_author(text, authors):
            line.mark(CHROME, "author bio")
            return
        if (m := _SURNAME_BIO.match(text)) and (named := _author_name_above(lines, i, m.group("surname"), authors)):
            line.mark(CHROME, "author bio")
            named.mark(CHROME, "author bio")
            return


def _author_name_above(lines: Sequence[Line], i: int, surname: str, authors: Sequence[str]) -> Line | None:
    """The line right above line ``i`` when it is an author's whole name alone and ``surname``
    ends that name."""
    above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].text.strip()), None)
    if above is None or above.label != BODY:
        return None
    name = above.text.strip().casefold()
    return above if any(a.casefold() == name and a.split()[-1].casefold() == surname.casefold()
                        for a in authors) else None


def _opens_with_author(text: str, authors: Sequence[str]) -> bool:
    head = text[:80].casefold()
    for name in authors:
        at = head.find(name.casefold())
        # only a title or a dash may stand before the name ("Dr Jane Doe", "— Jane Doe")
        if 0 <= at <= 12 and (at + len(name) >= len(head) or not head[at + len(name)].isalnum()):
            return True
    return False
