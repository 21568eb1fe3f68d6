"""Personal names as names are written, whatever case a byline or a feed shouts them in."""
from __future__ import annotations

import re

_SEGMENT = re.compile(r"[^\W\d_]+", re.U)
_PARTICLES = frozenset("al el bin ibn bint de da di du van von der den la le dos das del y".split())
_MC = re.compile(r"(Ma?c)([A-Z]{2,})")


def _shouted(word: str) -> bool:
    """An all-capital word of two letters or more ("HADDAD", "KONATÉ", "O'BRIEN"); "A." is an
    initial, "McDONALD" is already in name case."""
    return word.isupper() and len(word) > 1 and word[1] != "."


def name_case(name: str) -> str:
    """A personal name as names are written: wire bylines shout them ("ZEINA HADDAD" -> "Zeina
    Haddad"). Only all-capital words change, so a name already in mixed case ("McDONALD" as AP
    styles it, "DeShawn") keeps its inner capitals; particles inside a name go lower case ("JUAN
    DE LA CRUZ" -> "Juan de la Cruz", "SAMI AL-HASSAN" -> "Sami al-Hassan")."""
    words = name.split()
    if not any(_shouted(w) for w in words):
        return _MC.sub(lambda m: m.group(1) + m.group(2).capitalize(), name) if "Mc" in name or "Mac" in name else name
    out = []
    for i, word in enumerate(words):
        if _shouted(word):
            word = _SEGMENT.sub(lambda m: m.group().capitalize(), word.lower())
            if i and word.split("-")[0].lower() in _PARTICLES:
                head, sep, tail = word.partition("-")
                word = head.lower() + sep + tail
        word = _MC.sub(lambda m: m.group(1) + m.group(2).capitalize(), word)
        out.append(word)
    return " ".join(out)
