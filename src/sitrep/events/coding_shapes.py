"""Two report shapes whose category or actor the trigger alone gets wrong.

"Sixteen soldiers were killed when militants raided a post": a raid is a search or an arrest operation
(COERCE) unless the sentence tells of people killed or wounded in it; then it was an armed attack
(PLOVER ASSAULT), and so it merges with the killing the same sentence reports.

"Makeen attack: curfew in place ...": a town's name glued before an attack word is where the attack
happened (a noun compound, typical of headlines), never the attacker; only a country or a capital
may stand for a government that attacks ("Russia strikes ...").
"""
from __future__ import annotations

import re

from sitrep.events import place_actor, roles
from sitrep.events.draft import Draft

# people killed or hurt, or shooting, in the raid's sentence: the raid was an armed attack
_CASUALTIES = re.compile(r"(?<![\w-])(?:killed|killing|kills|martyred|shot\s+dead|dead|died|wounded|wounding|injured|"
                         r"injuring|slain|massacred|opened\s+fire|gunfight|firefight|shootout|exchange\s+of\s+fire|"
                         r"lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life)\b", re.I)
_RAID = re.compile(r"raid", re.I)
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# a compound's gap: only spaces or a hyphen between the place and the attack word
_GLUED = re.compile(r"[\s-]{1,2}")


def raid_reading(s: roles.Sentence, d: Draft) -> None:
    """Turn a raid (COERCE) into an assault when its sentence tells of casualties or gunfire."""
    # verbal ("militants raided a post") or nominal ("killed three in an overnight raid on a village",
    # "the raids on the ports, which killed nine"): either way the casualties make it an attack
    if d.action == "COERCE" and _RAID.match(d.trigger) and _CASUALTIES.search(s.text, s.start, s.end):
        d.action = "ASSAULT"


def compound_place(s: roles.Sentence, d: Draft) -> None:
    """Drop a town taken as the actor of the attack word it premodifies ("Makeen attack")."""
    m = d.actor
    if m is None or m.type not in _PLACES or d.form not in ("base", "") or place_actor.governed(m):
        return
    if m.end <= d.start and _GLUED.fullmatch(s.text, m.end, d.start):
        d.actor = None


def claimant(s: roles.Sentence, d: Draft) -> None:
    """"The TPNPB, the armed wing of the OPM, claimed responsibility": the claimant is the sentence's
    own subject, never a body named in its apposition."""
    if d.action == "ASSAULT" and d.trigger[-14:].lower() == "responsibility":
        first = roles.sentence_subject(s, before=d.start)
        if first is not None:
            d.actor = first
