"""The suspected maker of an attack told without one: "A roadside bomb killed nine ... No group
has claimed responsibility, but the attack bore the hallmarks of X" / "Residents blamed X."

The gold convention codes such an attack to the group it is laid at ("unidentified (suspected X)",
"X" for a drone strike that residents blame on the army), as ACLED codes "suspected X". Claims of
responsibility are ``sitrep.events.claimed``; this pass covers the attribution by others, and only
in the one or two sentences right after the attack: further on, a blame is about something else.
"""
from __future__ import annotations

import bisect
import re

from sitrep.events.draft import Draft
from sitrep.model import Mention

# "bore the hallmarks of", "blamed the attack on", "blamed" (with its object right after), "was
# blamed on", "suspected to be the work of": the group follows
_LAID_AT = re.compile(
    r"(?<![\w-])(?:(?:bore|bears|bear|had|has|carried)\s+(?:all\s+)?the\s+hallmarks\s+of|"
    r"(?:blamed|blame|blames)(?:\s+(?:the\s+(?:attack|bombing|strike|blast|killings?|explosion)|it))?\s+on|"
    r"(?:blamed|blame|blames)|(?:was|were)\s+blamed\s+on|"
    r"(?:is|was|were)\s+(?:widely\s+)?(?:suspected|believed)\s+to\s+(?:be|have\s+been)\s+the\s+work\s+of)"
    r"\s+(?:the\s+)?", re.I)
# "blamed X for the killing of ...": the blame names its own act, not the one told before
_FOR_OTHER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?\s+for\s+(?:the|a|an)\s", re.I)
# "the hallmarks of Boko Haram and its rival ISWAP": two suspects, no one maker
_OR_OTHER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,?\s+(?:and|or|and/or)\s", re.I)
# "No group has so far claimed responsibility, but ...": said of the report's main attack, however
# far from the lead it stands
_NO_CLAIM = re.compile(r"(?<![\w-])no\s+(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+)?(?:so\s+far\s+|yet\s+|"
                       r"immediately\s+)?claimed\s+(?:responsibility|the\s+(?:attack|bombing|blast|killings?))", re.I)
_SIDE_TYPES = frozenset({"ORG", "GPE", "NORP"})
_REACH = 2            # sentences after the attack's own
_CHARS = 500
_LEAD = 3             # sentences of the lead, whose attack a later "no group has claimed" is about


def attach(text: str, sentences: list[tuple[int, int]], i: int, ments: list[Mention], mstarts: list[int],
           drafts: list[Draft]) -> None:
    """Give the agentless assault of sentence ``i`` (one only: two would leave it unclear which)
    the group the next sentences lay it at."""
    bare = [d for d in drafts if d.action == "ASSAULT" and d.actor is None]
    if len(bare) != 1 or any(d.action == "ASSAULT" and d.actor is not None for d in drafts):
        return
    end = sentences[i][1]
    for a, b in sentences[i + 1:i + 1 + _REACH]:
        if a - end > _CHARS:
            break
        m = _LAID_AT.search(text, a, b)
        if m is not None:
            _laid(text, m.end(), b, ments, mstarts, bare[0])
            return
    if i < _LEAD:
        no = _NO_CLAIM.search(text, end)
        if no is not None:
            k = bisect.bisect_right([s for s, _ in sentences], no.start()) - 1
            m = _LAID_AT.search(text, no.end(), sentences[k][1])
            if m is not None:
                _laid(text, m.end(), sentences[k][1], ments, mstarts, bare[0])


def _laid(text: str, at: int, hi: int, ments: list[Mention], mstarts: list[int], d: Draft) -> None:
    k = bisect.bisect_left(mstarts, at)
    if k >= len(ments) or ments[k].start != at or ments[k].type not in _SIDE_TYPES:
        return
    m = ments[k]
    if _FOR_OTHER.match(text, m.end, hi) or _OR_OTHER.match(text, m.end, hi):
        return
    d.actor, d.actor_name = m, None
