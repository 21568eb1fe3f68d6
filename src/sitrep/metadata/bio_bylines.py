"""Bylines that run on into the reporter's biography: "By Jane Doe, one of the authors of the
Hot Pod newsletter. Doe has covered surveillance policy ...". Some sites print the author's note
on the byline's own line, so the line is far longer than a byline and reads like prose after the
comma; the name before the comma is the author."""
from __future__ import annotations

import re

BIO_BYLINE_MAX = 600
# the biography opens as a description of the person, never as a clause of its own
_BIO_BYLINE = re.compile(
    r"(?:[Bb]y|BY)\s+(?P<name>[^,;:()]{4,60}?)\s*,\s+"
    r"(?P<bio>(?:one of|a|an|the|our|who|is|has|was|senior|staff|contributing|freelance|based)\s.{20,})",
    re.S)


def bio_byline(text: str) -> list[str] | None:
    """The author of a byline line followed by a biography; None when the line is no such
    byline (the head must read as one person's name, with a given name or a rare word: "By
    Western Standards, the ..." is prose)."""
    if len(text) > BIO_BYLINE_MAX or text[:2] not in ("By", "BY", "by"):
        return None
    m = _BIO_BYLINE.match(text.strip())
    if not m:
        return None
    from sitrep.metadata.byline import names_in                  # lazy: byline imports this module
    from sitrep.metadata.split_bylines import person_like
    names = names_in(m.group("name"))
    # strict: a given name first, or no everyday word at all
    if len(names) != 1 or not person_like(names[0], strict=True):
        return None
    return names
