"""Bylines that credit an outlet or name a correspondent in a shape the "By A and B" rules do not
read: a wire or a newsroom in the byline's place ("By AFP - Agence France Presse", "Text by:
FRANCE 24", "By The Citizen Reporter and agencies") and a broadcaster's correspondent line
("With our correspondent in Bangui, Jane Doe"), and a newsroom crediting the wire it carries
("FRANCE 24 with AFP").

An outlet byline names no person, but it names who the copy comes from: on a finance portal or a
news aggregator it is the page's outlet, where the site's corporate owner in the footer is not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep import knowledge
from sitrep.metadata.byline import names_in
from sitrep.metadata.outlet import looks_like_outlet, outlet_index

OUTLET_BYLINE_MAX = 90
# "By AFP", "Text by: FRANCE 24", "By: RFI", "BY REUTERS"
_HEAD = re.compile(r"(?:(?:text|words|story|report)\s+)?by\s*:?\s+(?P<rest>\S.*?)\s*\.?", re.I)
# the wires a newsroom adds to its own credit: "and agencies", "with agency inputs", "/ AFP"
_AGENCIES = re.compile(r"\s*(?:,\s*|\s+)(?:and|with|&|\+)\s+(?:news\s+|wire\s+)?(?:agenc(?:y|ies)(?:\s+inputs?)?|wires?)\s*$",
                       re.I)
_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[,/;]\s*")
# a newsroom's staff credit: "The Citizen Reporter", "Nile Courier Correspondent", "Dawn Staff"
_HOUSE = re.compile(r"(?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z0-9][\w'’&.-]*){0,4})\s+"
                    r"(?:(?:staff|special|senior|own)\s+)?(?:reporters?|correspondents?|staff(?:\s+(?:writers?|reporters?))?|"
                    r"team|newsroom|news\s+desk|desk|bureau|writers?)", re.I)


def outlet_byline(line: str) -> str | None:
    """The outlet a byline credits instead of a person ("By AFP - Agence France Presse" -> "AFP",
    "By The Citizen Reporter and agencies" -> "The Citizen"); None for a person's byline or any
    other line."""
    if len(line) > OUTLET_BYLINE_MAX:
        return None
    m = _HEAD.fullmatch(line.strip())
    if not m:
        return None
    rest = _AGENCIES.sub("", m.group("rest")).strip()
    index = outlet_index()
    parts = [p for p in _PARTS.split(rest) if p]
    if not parts or names_in(parts[0]) and not index.lookup(parts[0]):
        return None             # "By Jane Doe - Reuters": a reporter's byline, read elsewhere
    for part in parts:
        if known := index.lookup(part):
            return known
    house = _HOUSE.fullmatch(parts[0])
    if house:
        name = house.group("name")
        # the newsroom spelled as it signs ("L'Orient Today staff"), not as the index names its
        # group; "The Citizen Reporter": the article's "The" says the words before the role are a title
        known = index.lookup(name)
        if known and name.isupper():
            return known        # "By MEE staff": the initials stand for the indexed name
        if house.group("the") or known or looks_like_outlet(name):
            return (house.group("the") or "") + name
    return None


# "With our correspondent in Bangui, Jane Doe", "From our correspondent in Goma, Jean Dupont",
# "Avec notre correspondant à Bangui, Jean Dupont"
_CORRESPONDENT = re.compile(
    r"(?:(?:with|from|by)\s+(?:our|its)\s+(?:special\s+|own\s+)?(?:correspondents?|reporters?|envoys?)|"
    r"(?:avec|de)\s+(?:notre|nos)\s+(?:envoy[ée]e?s?\s+spécia(?:l|le|ux)|correspondante?s?))"
    r"\s+(?:in|at|à|en|au)\s+(?P<place>[A-Z][\w'’ .-]{1,40}?)\s*[,:–—-]\s*(?P<names>[A-Z].{2,80}?)\s*\.?", re.I)


def correspondent_byline(line: str) -> list[str] | None:
    """The reporters of a broadcaster's correspondent line ("With our correspondent in Bangui,
    Jane Doe" -> ["Jane Doe"]); None for any other line."""
    if len(line) > OUTLET_BYLINE_MAX + 40 or "orrespond" not in line and "nvoy" not in line and "eporter" not in line:
        return None
    m = _CORRESPONDENT.fullmatch(line.strip())
    if not m:
        return None
    names = names_in(m.group("names"))
    return names or None


# "FRANCE 24 with AFP", "By Euronews with Reuters", "Nile Courier and AFP": a newsroom publishing
# a wire's copy under its own name
_WITH_WIRE = re.compile(r"(?:(?i:by)\s*:?\s+)?(?P<house>(?:[Tt]he\s+)?[A-Za-z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,4})"
                        r"\s+(?i:with|and|&|\+)\s+(?P<wire>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*\.?")


@lru_cache(maxsize=1)
def _wire_names() -> frozenset[str]:
    """The names the outlet index gives its wires ("Reuters", "AFP", "Associated Press")."""
    return frozenset(e["name"] for e in knowledge.load("outlets.json") if e.get("kind") == "wire")


def house_with_wire(line: str) -> str | None:
    """The newsroom a "<newsroom> with <wire>" credit names ("FRANCE 24 with AFP" -> "France 24"):
    the page is its publisher, the wire only a source of the copy. None for any other line, and
    for a person's byline ("By Jane Doe with Reuters")."""
    if len(line) > OUTLET_BYLINE_MAX:
        return None
    m = _WITH_WIRE.fullmatch(line.strip())
    if m is None:
        return None
    index = outlet_index()
    if index.lookup(m.group("wire")) not in _wire_names():
        return None
    house = m.group("house")
    known = index.lookup(house)
    if known in _wire_names():
        return None                         # "AFP and Reuters": two wires, no newsroom
    if known:
        return known
    if names_in(house) or not (looks_like_outlet(house) or house.isupper() or house[0].islower()):
        return None
    return house
