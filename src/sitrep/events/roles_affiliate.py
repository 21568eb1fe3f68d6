"""A group named through its parent: "the al Qaeda affiliate that claimed the attack", "Islamic
State's local branch". The name before "affiliate/branch/offshoot" only modifies the head noun: the
actor is the affiliate, i.e. the armed group the document names nearest to the phrase (other than
the parent itself), never the parent."""
from __future__ import annotations

import re

from sitrep.events import group_ref
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# the head noun after the parent's name ("al Qaeda affiliate", "al-Qaeda's branch", "IS-linked
# offshoot" is left to the modifier rule): a few words of its own may stand between
_HEAD_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:affiliates?|branch(?:es)?|offshoots?|franchises?|"
                         r"splinter\s+groups?|splinter\s+factions?)\b", re.I)
_NEAR = 3000    # characters: an affiliate named farther away is another story's


def affiliate_for(s: Sentence, m: Mention | None) -> Mention | None:
    """The affiliate ``m`` (a parent's name before "affiliate") stands for, or ``m`` itself when it
    heads no such phrase or the document names no other armed group near it (the parent then
    stays the best guess)."""
    if m is None or m.type != "ORG" or _HEAD_AFTER.match(s.text, m.end, min(s.end, m.end + 40)) is None:
        return m
    best: Mention | None = None
    gap = _NEAR
    for x in s.doc or ():
        if x.type != "ORG" or x.key == m.key or group_ref.official(x) or (m.kb_id and x.kb_id == m.kb_id):
            continue
        d = x.start - m.end if x.start >= m.end else m.start - x.end
        if 0 <= d < gap:
            best, gap = x, d
    return best if best is not None else m
