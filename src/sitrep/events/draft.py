"""The draft event one trigger hit codes to (``sitrep.events.drafting``), and the category groups
the coding and folding steps share."""
from __future__ import annotations

from dataclasses import dataclass

from sitrep.events import instrument
from sitrep.model import Mention

HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})
# CONCEDE is material too (CAMEO 08 "yield" is a material act: captives released, a curfew or sanctions lifted,
# a bill withdrawn): asked for, denied or quoted, it did not happen, as with a withdrawal
MATERIAL = HOSTILE | frozenset({"RETREAT", "CONCEDE", "AID", "COOPERATE", "THREATEN"})
CRITICAL = frozenset({"ACCUSE", "REJECT", "PROTEST"})    # acts whose object may be another act
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})


@dataclass(slots=True)
class Draft:
    action: str
    start: int                     # trigger span
    end: int
    trigger: str
    actor: Mention | None
    target: Mention | None
    verbal: bool = True            # coded from a verb (not a nominalisation)
    bare: int = instrument.BARE_NO  # may stand with neither actor nor target (a weapon's act, a toll)
    actor_name: str | None = None  # a description of an unnamed actor ("gunmen")
    form: str = ""                 # the trigger's verb form (base, 3sg, past, participle, ing), "" for a noun
    victims: int = -1              # where its counted object ends ("killed 22 people|"): no place just after is its target
    place: Mention | None = None   # where, when a merged report's place target gave way to a named target
    target_name: str | None = None  # a description of an unnamed target ("Darfur rebels")
    grouped: bool = False          # the target is a named member of a group ("51 people, including X"): one act, not one per name
