"""People a page credits outside its article text: reporters, writers, editors and photographers.

They are actors of the picture (who reported what), but their names stand in bylines, credit
lines and photo captions that cleaning moves out of the text, so they have no span there. This
module reads them from the removed lines and the document's authors.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from sitrep.credits_photo import photo_and_desk_credits

from sitrep.metadata.byline import byline_authors, credit_authors, credit_body, names_in

# "(Reporting by A in Baghdad; Writing by B; Editing by C)": every role, editors too
_CREDIT_BODY = re.compile(r"\(\s*(?P<body>[^()]*\bby\b[^()]*)\)", re.I)
_ROLE_NAMES = re.compile(r"(?P<role>[A-Za-z ]{0,40}?)\s*\bby\s+(?P<names>[^;]+)", re.I)
# photo credits: "(AP Photo/Hadi Mizban)", "REUTERS/Jane Doe/File Photo", "Photo: Jane Doe/AFP"
_PHOTO = re.compile(
    r"(?:\b(?:[A-Z]{2,}|Reuters|Getty Images|Anadolu|Xinhua)(?:\s+Photo)?\s*/\s*"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?=\s*(?:/|\)|$|,|\.))"
    r"|\b(?:Photo|Photograph|Picture)(?:\s+by)?\s*[:/]\s*(?P<name2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
    r"(?=\s*(?:/|\)|$|,|\.)))")
_ROLE_KIND = (("photo", "photographer"), ("edit", "editor"), ("writ", "writer"), ("report", "reporter"),
              ("compil", "writer"), ("graphic", "graphics"))
# "Reporting by A in Bogota and B in Cali": the bureau each reporter filed from
_CREDIT_PLACE = re.compile(r"\b(?:in|from)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
# (a credit opening with "Stringer" is a wire's unnamed local photographer: "REUTERS/Stringer",
# with the page's "Purchase Licensing Rights" link glued after it; a surname Stringer comes second)
# (a possessive names an owner's body, not a person: "Photo: RFE/RL's Georgian Service")
_NOT_PEOPLE = re.compile(r"\b(?:File|Photo|Images?|Staff|Handout|Pool|Reuters|AP|AFP)\b|^Stringer\b|\w['’]s\s")


def _role(label: str) -> str:
    label = label.lower()
    return next((kind for stem, kind in _ROLE_KIND if stem in label), "credited")


def credited_people(removed: Iterable[tuple[str, str]], authors: Iterable[str] = (),
                    is_person: Callable[[str], bool] | None = None) -> list[tuple[str, str]]:
    """(name, role) of everyone a page credits, from its removed (reason, text) lines and authors.

    Roles: author, reporter, writer, editor, photographer, credited. The house styles of
    ``credits_photo`` ("[Name/AFP]", "Editor: Name") are read too; their names must read as a
    person's (``is_person``, else ``names_in``), as "Photo: Kosovo Police" does not.
    """
    removed = list(removed)
    found: dict[str, str] = {}

    def add(name: str, role: str) -> None:
        name = name.strip(" .,;")
        if name and not _NOT_PEOPLE.search(name) and name not in found:
            found[name] = role

    for name in authors:
        add(name, "author")
    for _, text in removed:
        line = text.strip()
        for name in byline_authors(line) or []:
            add(name, "author")
        # "— Additional reporting by A in X" has no brackets
        for body in credit_bodies(line):
            for segment in body.split(";"):
                r = _ROLE_NAMES.search(segment)
                if r:
                    for name in names_in(r.group("names")):
                        add(name, _role(r.group("role")))
        if "contributed" in line:
            # "Associated Press writer A in Quito contributed to this report": no author of the
            # bylined page, still a reporter it credits
            for name in credit_authors(line) or []:
                add(name, "reporter")
        for m in _PHOTO.finditer(line):
            add(m.group("name") or m.group("name2"), "photographer")
    for name, role in photo_and_desk_credits(removed):
        if name not in found and names_in(name) and (is_person is None or is_person(name)):
            add(name, role)
    return list(found.items())


def credit_bodies(line: str) -> list[str]:
    """The "Reporting by A; Editing by B" bodies of one removed line (bracketed or bare)."""
    bodies = [m.group("body") for m in _CREDIT_BODY.finditer(line)]
    if not bodies and (bare := credit_body(line)):
        bodies.append(bare)
    return bodies


def credited_places(removed: Iterable[tuple[str, str]]) -> list[str]:
    """Names of the places reporters are credited from ("Reporting by A in Goma"), in order, once
    each. They are candidates only: the caller keeps those its gazetteer knows."""
    found: dict[str, None] = {}
    for _, text in removed:
        for body in credit_bodies(text.strip()):
            for segment in body.split(";"):
                if not _ROLE_NAMES.search(segment):
                    continue
                for m in _CREDIT_PLACE.finditer(segment):
                    found.setdefault(m.group("place").strip(" .,'’-"), None)
    return [p for p in found if p]
