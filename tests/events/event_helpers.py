"""Mentions for invented test sentences: every listed name, longest first, one actor per name."""
from __future__ import annotations

import re

from sitrep.model import Mention


def mentions_from(text: str, actors: dict[str, str]) -> list[Mention]:
    found: list[Mention] = []
    numbers: dict[str, int] = {}
    for name, kind in sorted(actors.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            found.append(Mention(m.start(), m.end(), name, kind, "name:" + name.lower(), "test",
                                 local=numbers.setdefault(name, len(numbers))))
    return sorted(found, key=lambda m: m.start)
