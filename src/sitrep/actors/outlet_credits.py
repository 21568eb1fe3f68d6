"""Outlets a page credits outside its article text: its own publisher and agencies in credit lines.

A reader of the picture wants to know which outlets reported, and the page names them where
cleaning takes them out of the text: the publisher is the document's outlet (from the masthead,
a label or the domain), and agencies stand in photo credits ("Jane Doe/AFP", "PHOTO: AFP",
"REUTERS/Stringer"), sign-offs ("kb/sms (Reuters, AFP, EFE)") and copyright lines ("Copyright
2025 Reuters"). Those outlets are MEDIA actors without spans, like the credited people of
``sitrep.credits``. Only outlets the knowledge base lists are read from credit lines (a credit
line also names photographers, places and dates), and each is named by its listed name, not by
the surface form: a parent company ("Thomson Reuters" for Reuters) is no alias of the outlet.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .kb import KnowledgeBase

# a removed line that credits a source: a photo or image credit, a slash credit, a copyright line,
# or a bracketed list of agencies closing a sign-off
_CREDIT_LINE = re.compile(r"©|\bcopyright\b|\b(?:photo|image|picture|file|credit)s?\b\s*[:/]|\w/\w|"
                          r"/\s*\w|\(\s*[A-Z][\w ]+(?:,\s*[A-Z][\w ]+)+\s*\)\s*$", re.I)

# a translation or syndication note naming the source outlet ("[Translated from French. Original:
# Le Matin (with AFP)]", "Original publication: Kommersant", "Source: Daily Star with Reuters"):
# the note's cue says the name is an outlet, so it counts even when the knowledge base lacks it.
# The name is a run of capitalised words that the note closes (end, bracket, punctuation, "with"),
# so "Source: Ministry of Defence figures" yields nothing.
_SOURCE_NOTE = re.compile(r"(?<![\w-])(?i:original(?:\s+(?:publication|article|text|source))?|source)\s*:\s*"
                          r"((?:[A-Z][\w'’.&-]*)(?:\s+(?:&|d[eiau]l?|des|la|le|el|[A-Z][\w'’.&-]*)){0,5})"
                          r"(?=\s*(?:$|[()\[\],;|·]|with\b|and\b|\.\s))")


def _may_note(text: str) -> bool:
    """Whether a line may hold a ``_SOURCE_NOTE`` (its cue words, case aside): most removed lines
    hold neither, and the note's pattern opens with a look-behind tried at every position. Exact
    for ASCII lines (ignoring case is then lower-casing); other lines are left to the pattern."""
    if not text.isascii():
        return True
    lower = text.lower()
    return "source" in lower or "original" in lower


@lru_cache(maxsize=2)
def _outlets(kb: KnowledgeBase) -> tuple[re.Pattern, re.Pattern, dict[str, str], re.Pattern]:
    """One pattern for all-caps short names (as written: "AP", "AFP"), one for the rest (any
    case: "REUTERS/Stringer"), and each name's casefolded form -> the outlet's listed name."""
    exact: set[str] = set()
    loose: set[str] = set()
    canon: dict[str, str] = {}
    for e in kb.entries.values():
        if e.get("type") != "MEDIA":
            continue
        for n in (e["name"], *(e.get("aliases") or ())):
            n = n.strip()
            # "X" and other one- or two-letter names are too short to read out of a credit line
            if len(n) < 3 or not n[:1].isalnum():
                continue
            canon.setdefault(n.casefold(), e["name"])
            (exact if n.isupper() and len(n) <= 5 else loose).add(n)

    def alt(names: set[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    edge = r"(?<![\w-])(?:{})(?![\w-])"
    # the loose names for a lower-cased ASCII line, case not asked of the regex (4-5x faster over
    # thousands of names): what each name matches in an ASCII line when case is ignored
    as_ascii = {n.translate(_FOLDS_TO_ASCII).lower() for n in loose}
    lowered = re.compile(edge.format(alt({n for n in as_ascii if n.isascii()})))
    return (re.compile(edge.format(alt(exact))), re.compile(edge.format(alt(loose)), re.I), canon,
            lowered)


# the non-ASCII letters a case-insensitive pattern matches with ASCII letters (dotless and dotted
# i, long s, Kelvin sign: "Anadolu Ajansı" is matched by "ANADOLU AJANSI"); a name holding any
# other non-ASCII letter matches no ASCII line
_FOLDS_TO_ASCII = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})


def credited_outlets(outlet: str | None, removed: Iterable[tuple[str, str]],
                     kb: KnowledgeBase) -> list[str]:
    """The names of the outlets a page credits: its own ``outlet`` first (by its listed name when
    the knowledge base lists it), then listed outlets named in the credit lines among the
    ``removed`` (reason, text) lines, each once."""
    exact, loose, canon, lowered = _outlets(kb)
    found: dict[str, None] = {}
    if outlet and outlet.strip():
        found[canon.get(outlet.strip().casefold(), outlet.strip())] = None
    for _, text in removed:
        for m in _SOURCE_NOTE.finditer(text) if _may_note(text) else ():
            name = m.group(1).rstrip(".")
            if len(name) >= 3:
                found.setdefault(canon.get(name.casefold(), name), None)
        if not _CREDIT_LINE.search(text):
            continue
        for m in exact.finditer(text):
            found.setdefault(canon.get(m.group(0).casefold(), m.group(0)), None)
        if text.isascii():
            # the same spans in the lower-cased line (ASCII keeps every offset), read from the line
            for m in lowered.finditer(text.lower()):
                name = text[m.start():m.end()]
                found.setdefault(canon.get(name.casefold(), name), None)
        else:
            for m in loose.finditer(text):
                found.setdefault(canon.get(m.group(0).casefold(), m.group(0)), None)
    return list(found)


_FUNCTION_WORDS = frozenset(("of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le", "el", "al"))


def initials(name: str) -> str:
    """The acronym of a name, function words left out ("Institute for Security Studies" -> "ISS")."""
    return "".join(w[0] for w in name.split() if w[:1].isalpha() and w.casefold() not in _FUNCTION_WORDS).upper()


def same_outlet(outlet: str, name: str) -> bool:
    """Whether an entity ``name`` the picture already has is this ``outlet``: the same name, its
    acronym ("ISS" for Institute for Security Studies), or its leading words (the entity "Al
    Jazeera" for the page's "Al Jazeera Media Network"), so a credited outlet joins that entity
    rather than standing beside it."""
    a, b = outlet.casefold().split(), name.casefold().split()
    if not a or not b:
        return False
    # leading words: two or more ("Radio" alone is no outlet's short name)
    if a == b or (2 <= len(b) < len(a) and a[:len(b)] == b):
        return True
    # an acronym of three letters or more: two letters ("ST") stand for too many names
    if name.isupper() and len(b) == 1 and 3 <= len(name) <= 6:
        return initials(outlet) == name
    return False


def acronym_home(outlet: str, names: list[str]) -> bool:
    """Whether an entity known by ``names`` that carries ``outlet``'s acronym is that outlet.

    An acronym stands for many names: "FMM" is France Medias Monde on a credit line and the
    Force Multinationale Mixte in the text. An entity that already spells its acronym out in
    other words ("Mixed Multinational Force") is that other body, not the credited outlet."""
    if not any(same_outlet(outlet, a) for a in names):
        return False
    spelled = [a for a in names if len(a.split()) >= 2]
    return all(same_outlet(outlet, a) or same_outlet(a, outlet) for a in spelled)
