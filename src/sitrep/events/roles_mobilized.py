"""The side that mobilizes when no one is named sending it: "the government ordered the universities
closed and deployed the paramilitary Border Guard" (the coordinated subject lost), "reinforcements,
among them units of the Popular Mobilization Forces, were sent": the force put in the field is the
side whose posture changes (PLOVER MOBILIZE's actor), never the one the mobilization is aimed at.
"""
from __future__ import annotations

import re

from sitrep.events.draft import Draft

# a body whose name says it is a force, which can be sent or deployed: never a government, a
# ministry or a country ("troops were deployed to Juba at the request of South Sudan")
_FORCE_NAME = re.compile(r"\b(?:forces?|guards?|army|police|constabulary|gendarmerie|militias?|units|brigades?|"
                         r"battalions?|regiments?|corps|troops|rifles|commandos)\b", re.I)


def mobilized_side(d: Draft) -> None:
    """A MOBILIZE draft with no actor, no described actor and a named force as its target: that force
    is the actor, and the target is left open."""
    if d.action == "MOBILIZE" and d.actor is None and d.actor_name is None and d.target is not None \
            and d.target.type == "ORG" and _FORCE_NAME.search(d.target.canonical or d.target.text) is not None:
        d.actor, d.target = d.target, None
