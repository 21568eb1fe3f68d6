"""The side that mobilizes when no one is named sending it: "the government ordered the universities
closed and deployed the paramilitary Border Guard" (the coordinated subject lost), "reinforcements,
among them units of the Popular Mobilization Forces, were sent": the force put in the field is the
side whose posture changes (PLOVER MOBILIZE's actor), never the one the mobilization is aimed at.
"""
from __future__ import annotations

from sitrep.events.draft import Draft

# bodies that can be sent or deployed: an organisation, not a place, a person or a people
_BODY_TYPES = frozenset({"ORG"})


def mobilized_side(d: Draft) -> None:
    """A MOBILIZE draft with no actor, no described actor and a body as its target: that body is the
    actor, and the target is left open."""
    if d.action == "MOBILIZE" and d.actor is None and d.actor_name is None and d.target is not None \
            and d.target.type in _BODY_TYPES:
        d.actor, d.target = d.target, None
