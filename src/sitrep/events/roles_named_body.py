"""A demonym in a role that opens the name of a body the document names elsewhere: "Iraqi Air Force
F-16 aircraft carried out two airstrikes" after "supported by the Iraqi Air Force" -- the name
tagger missed the second "Iraqi Air Force" (a weapon glued to it), so the role fell to "Iraqi", that
is the state. The body the text spells out right there is the actor."""
from __future__ import annotations

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

_BODIES = frozenset({"ORG"})


def spelled_body(s: Sentence, m: Mention | None) -> Mention | None:
    """The organisation the document names whose full name is written from the demonym ``m`` on,
    or None."""
    if m is None or m.type != "NORP" or not s.doc:
        return None
    key = ("spelled", m.start)
    if key in s.memo:
        return s.memo[key]
    head = s.lower[m.start:m.end]
    found = None
    for o in s.doc:
        if o.type not in _BODIES or len(o.text) <= len(head) + 1 or not o.text.lower().startswith(head + " "):
            continue
        if s.lower.startswith(o.text.lower(), m.start) and (found is None or len(o.text) > len(found.text)):
            found = o
    if found is not None:
        end = m.start + len(found.text)
        if end < len(s.text) and (s.text[end].isalnum() or s.text[end] in "-'’"):
            found = None                   # "Iraqi Air Forces..." half a word: not that name
    s.memo[key] = found
    return found
