"""An appeal that closes a condemnation is part of it, not a separate request.

"The UN chief condemned the attack and called for those responsible to be brought to justice", "the
EU condemned the attacks on the peacekeepers and urged both sides to de-escalate": the statement is a
condemnation (PLOVER ACCUSE, CAMEO 112); the closing appeal for accountability or restraint, addressed
to no one in particular, only says what the condemner wants done about the act it condemns. Coded
apart it is a second event for one statement, one that annotators record as the condemnation alone.
An appeal to a named party ("... and called on Ankara to respect ...") or with content of its own
("... and called for an immediate ceasefire", "called on the international community to intervene")
is a request of its own, and so is one made apart ("X condemned the raid. It also urged ...", "X
condemned the raid, while Y called for ..."): only the same speaker's appeal coordinated right after
the condemnation folds.
"""
from __future__ import annotations

import re

from sitrep.events.draft import Draft

# what ends the stretch between the condemnation and the appeal: a coordinating "and", or a comma
# before a participle ("..., calling on")
_COORDINATED = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|then\s+|later\s+)?$|,\s*$", re.I)
# no clause break, no other subject's clause in between
_BREAK = re.compile(r"[;:.!?]|\b(?:but|while|whereas|although|though)\b", re.I)
_GAP = 220
# what such an appeal asks: accountability for the act, or restraint from every side
# (an inquiry into the act condemned is accountability too: "accused X of excessive force and called for
# the prosecution of the officers", "condemned the violence and called for a full investigation")
_ACCOUNTABILITY = re.compile(r"\b(?:those\s+responsible|(?:the\s+)?perpetrators|(?:the\s+)?culprits|to\s+justice|"
                             r"to\s+account|accountable|(?:both|all)\s+(?:sides|parties)|responsible\s+for|"
                             r"investigations?|inquiry|enquiry|probe|prosecut\w*)\b", re.I)


def closes_a_condemnation(text: str, d: Draft, drafts: list[Draft]) -> bool:
    """Whether the REQUEST draft ``d`` is the appeal coordinated after an ACCUSE draft of the
    same speaker in its sentence."""
    if d.action != "REQUEST" or not d.verbal or d.target is not None:
        return False                       # an appeal to a named party is a request of its own
    if _ACCOUNTABILITY.search(text, d.end, d.end + 100) is None:
        return False                       # "... and called for a ceasefire": its own demand
    for p in drafts:
        if p.action != "ACCUSE" or p.end > d.start or d.start - p.end > _GAP:
            continue
        if d.actor is not None and p.actor is not None and d.actor.key != p.actor.key:
            continue                       # another speaker's appeal
        if d.form == "ing" and not text[p.end:d.start].rstrip().endswith(","):
            continue
        if _COORDINATED.search(text, p.end, d.start) and not _BREAK.search(text, p.end, d.start):
            return True
    return False
