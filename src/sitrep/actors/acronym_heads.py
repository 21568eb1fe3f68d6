"""An acronym written before a person's name is no part of it: "UPC Ali Darassa", "RSF
commander Abdelrahim Dagalo" set the group's initials before the man. A name shape that takes
in a leading all-caps word before title-case name words is cut after it (an all-caps name,
"JOHN SMITH", keeps its words: there every word is capitalised alike)."""
from __future__ import annotations

from .cand import Cand
from .fold import Folded


def trim_acronym_heads(f: Folded, chosen: list[Cand]) -> None:
    """Cut, in place, a leading acronym off unlinked person names of three words or more."""
    words = f.words
    for c in chosen:
        if c.type != "PERSON" or c.kb_id is not None or c.j - c.i < 3:
            continue
        w = words[c.i]
        if 2 <= len(w) <= 6 and w.isalpha() and w.isupper() and f.joined[c.i + 1] == 1 \
                and all(x[:1].isupper() and not x.isupper() for x in words[c.i + 1:c.j]):
            c.i += 1
