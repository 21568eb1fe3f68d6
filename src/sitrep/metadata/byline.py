"""Authors from bylines ("By A and B") and wire credit lines ("(Reporting by A; Writing by B)")."""
from __future__ import annotations

import re

# a personal name: 2-5 capitalised words, name particles allowed between them
_PART = r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|de|da|di|du|van|von|der|den|la|le|dos|das|del)-?[A-Z]?[\w'’-]*)"
_NAME = re.compile(rf"[A-Z][\w'’.-]*(?:\s+{_PART}){{1,4}}")
_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")
_BYLINE = re.compile(
    r"(?:by|written by|reported by|words by|author|authors|reporter|reporters)\s*[:\-]?\s+(?P<names>.+?)"
    r"(?:\s*[|,\-–—]\s*(?P<tail>[^|]{2,60}))?\s*",
    re.I)
_CREDIT = re.compile(r"\(\s*(?P<body>(?:[\w ]*?(?:reporting|writing|written|editing|edited|compiled|"
                     r"reported|additional reporting|production|graphics)\s+by\b).*)\)\.?", re.I)
_ROLE = re.compile(r"(?P<role>[\w ]*?)\s*\bby\s+(?P<names>.+)", re.I)
_PLACE_TAIL = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w .'’-]*$")
# words that make "By ..." a sentence or a credit to an organisation, not a person's byline
_NOT_NAME = re.compile(r"\b(?:the|staff|team|desk|agencies|agency|correspondent|editor|editors|"
                       r"news|bureau|reporters|contributors|wire|service|services)\b", re.I)
_ROLES_THAT_AUTHOR = ("reporting", "reported", "writing", "written", "compiled")


def names_in(text: str) -> list[str]:
    """Personal names in a list such as "A, B and C"; [] when any item is not a name."""
    names = []
    for part in _SPLIT.split(text.strip().rstrip(".")):
        part = _PLACE_TAIL.sub("", part.strip())
        if not part:
            continue
        if not _NAME.fullmatch(part) or _NOT_NAME.search(part):
            return []
        names.append(part)
    return names


def byline_authors(line: str) -> list[str] | None:
    """Names of a byline line ("By Ahmed Rasheed and Timour Azhari", "By Jane Doe | Reuters"),
    or None when the line is not a byline."""
    if len(line) > 160:
        return None
    m = _BYLINE.fullmatch(line.strip())
    if not m:
        return None
    names = names_in(m.group("names"))
    if not names and m.group("tail"):
        names = names_in(m.group("names") + ", " + m.group("tail"))
    return names or None


def credit_authors(line: str) -> list[str] | None:
    """Authors of a wire credit line: reporters and writers, not editors. None when the line
    is not a credit line."""
    m = _CREDIT.fullmatch(line.strip())
    if not m:
        return None
    authors: list[str] = []
    for segment in re.split(r"\s*;\s*", m.group("body")):
        r = _ROLE.fullmatch(segment.strip())
        if not r:
            continue
        role = r.group("role").strip().lower()
        if role.startswith("additional"):
            continue
        if any(role.startswith(k) for k in _ROLES_THAT_AUTHOR):
            for name in names_in(r.group("names")):
                if name not in authors:
                    authors.append(name)
    return authors
