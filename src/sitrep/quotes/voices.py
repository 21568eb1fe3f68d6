"""A body's voice: "a statement from the Defence Ministry", "a spokesperson for the RSF".

The words are the body's, delivered through a document or a mouthpiece: the speaker is the body
(the entity), while the description stays the speaker's name as the text gives it.
"""
from __future__ import annotations

import re

from sitrep.quotes.cues import Cues
from sitrep.quotes.speakers import MentionIndex, Speaker

_BODY_TYPES = frozenset(("ORG",))
# "<head noun> [issued|released|...] from|by|for|of [the] " right before the body's name
_LINK = re.compile(r"(?P<head>[\w’'\-]+)\s+(?:(?:issued|released|published|put\s+out|posted|"
                   r"circulated|sent)\s+)?(?:from|by|for|of)\s+(?:the\s+)?$", re.I)


# "a spokesperson for the ...", "the statement from ...": the mouthpiece opening a description
_VOICE_OF = re.compile(r"(?:(?:a|an|the|one)\s+)?(?:[\w\-]+\s+)?(?P<head>[\w’'\-]+)\s+(?:from|by|for|of)\s", re.I)
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][\w\-]{1,12})\)")


def body_voice(text: str, desc: Speaker, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The body a describing speaker phrase speaks for, when the phrase ends with its name."""
    if desc.start is None or desc.end is None:
        return None
    end = desc.end
    while end > desc.start and text[end - 1] in " \t,.":
        end -= 1
    found = idx.within(desc.start, end)
    am = _ACRONYM_AFTER.match(text, end)
    if am is not None and (not found or found[-1].end != end):
        # "a spokesperson for the UN agency for Palestinian refugees (UNRWA)": the body is
        # named by the acronym the description leaves in brackets
        named = idx.within(am.start(1), am.end(1))
        if named and named[0].start == am.start(1) and named[0].end == am.end(1):
            found, end = [named[0]], named[0].end
            link = _VOICE_OF.match(text, desc.start, desc.end)
            if link is None or link.group("head").lower() not in cues.voice_nouns:
                return None
            m = named[0]
            return Speaker(m.local, desc.name, desc.start, desc.end, "named", m.type) if m.type in _BODY_TYPES else None
    if not found:
        return None
    m = found[-1]
    if m.end != end or m.type not in _BODY_TYPES:
        return None
    link = _LINK.search(text, desc.start, m.start)
    if link is None or link.group("head").lower() not in cues.voice_nouns:
        return None
    return Speaker(m.local, desc.name, desc.start, desc.end, "named", m.type)
