"""Photo and desk credits in the shapes ``credits`` does not read: the name before the agency.

Captions credit photographers in many house styles besides "AGENCY/Name" and "Photo: Name":
"[Name/AFP]", "(File: Name/Reuters)", "... Name/AFP via Getty Images", "Image: © Name/ISS",
"© Name, AFP"; desks credit editors on a labelled line ("Editor: Name", "Edited by: Name"); a bare
byline lists its reporters between bars ("Name | Name"). The names found are candidates: the
caller keeps those that read as a person's name (``credited_people`` checks them).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# one word of a personal name: capitalised, or an Arabic/Romance particle glued to one ("al-Obeidi")
_WORD = r"(?:[A-Z][\w'’.-]+|(?:al|el|as|ash|ad|ar|at|bin|ibn)-[A-Z][\w'’.-]+)"
# a lowercase particle standing alone inside a name ("Juan de la Cruz", "Ahmed bin Ali")
_PARTICLE = r"(?:de|da|del|della|di|do|dos|du|la|le|van|von|der|den|bin|ibn|al|el)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}}"
# who is credited beside the photographer: an agency or outlet, in capitals or a known wire name
_AGENCY = r"(?:[A-Z][A-Z0-9&.-]{1,9}\b|Reuters|Getty Images|Anadolu(?: Agency)?|Xinhua|Sipa|Shutterstock|Alamy|Redux)"
_SHAPES = (
    # "[Name/AFP]", "(Name/Reuters)", "[File: Name/AFP]", "... conflict. Name/AFP via Getty Images"
    re.compile(rf"(?:^|[\[(]|(?:File|Photo|Image|Picture|Credit)\s*:\s*|[.!?]\s+)(?:©\s*)?(?P<name>{_NAME})\s*/\s*{_AGENCY}"),
    # "Image: © Name/ISS", "(Photo: Name)"; a label and a name alone at a line's end more often
    # credits a body ("Image: Satgas Damai Cartenz", "Photo: Kosovo Police")
    re.compile(rf"\b(?:Image|Photo|Picture|Photograph|Credit|Photo credit)\s*:\s*(?:©\s*)?(?P<name>{_NAME})\s*(?:/|\))"),
    # "© Name, AFP", "© Name / AFP"
    re.compile(rf"©\s*(?P<name>{_NAME})\s*[,/]\s*{_AGENCY}"),
)
# "Editor: Name", "Edited by: Name", "Photos by: Name": a desk credit with a colon
_LABELLED = re.compile(r"^\s*(?P<role>Editor|Editors|Edited by|Editing by|Editing|Written by|Writer|Reporter|Reporting by|"
                       r"Photographer|Photos? by|Photography|Translated by|Translation|Compiled by|Published by)"
                       rf"\s*:\s*(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*\.?\s*$", re.I)
_ROLE_OF = (("edit", "editor"), ("photo", "photographer"), ("writ", "writer"), ("report", "reporter"),
            ("transl", "translator"), ("compil", "writer"), ("publish", "editor"))
_BAR_NAMES = re.compile(rf"^\s*{_NAME}(?:\s*\|\s*{_NAME})+\s*$")


def photo_and_desk_credits(removed: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(name, role) candidates from removed (reason, text) lines: photographers, editors and the
    reporters of a bare "Name | Name" byline."""
    out: list[tuple[str, str]] = []
    for reason, text in removed:
        line = text.strip()
        if not line or len(line) > 400:
            continue
        m = _LABELLED.match(line)
        if m:
            role = m.group("role").lower()
            kind = next((k for stem, k in _ROLE_OF if stem in role), "credited")
            out.extend((n, kind) for n in re.findall(_NAME, m.group("names")))
            continue
        if "|" in line and "byline" in reason and _BAR_NAMES.match(line):
            out.extend((n.strip(), "author") for n in line.split("|"))
            continue
        if "/" not in line and "©" not in line and ":" not in line:
            continue
        names = [m.group("name") for shape in _SHAPES for m in shape.finditer(line)]
        out.extend((n, "photographer") for n in dict.fromkeys(names))
    return out


_FRAME = "The photographer {} took it."


def reads_as_person(name: str, kb) -> bool:
    """Whether the mention finder reads ``name``, set after a person's title, as one PERSON: "Photo:
    Kosovo Police" credits a known body, "Image: Alcaldía de Cúcuta" a town hall, not people."""
    from sitrep.actors import find_mentions
    from sitrep.nlp.sentences import split_sentences
    text = _FRAME.format(name)
    start = text.index(name)
    found = [m for m in find_mentions(text, split_sentences(text), kb) if m.end > start and m.start < start + len(name)]
    return len(found) == 1 and found[0].type == "PERSON" and found[0].start == start and found[0].end == start + len(name)
