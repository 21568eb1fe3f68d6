"""A possessor before a campaign noun is its actor; places coordinated after "in" are never the actor."""
from __future__ import annotations

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str):
    a = analyze_text("d", text, "2025-03-04", None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), names.get(e.location)) for e in a.events]


def test_possessive_campaign_with_coordinated_places():
    evs = _events("Ethiopia's relentless campaigns in Tigray and Amhara have killed thousands of civilians.")
    assert evs and all(actor == "Ethiopia" for _, actor, _, _ in evs)
    assert all(target != "Ethiopia" and loc != "Ethiopia" for _, _, target, loc in evs)
    assert any(loc == "Tigray" for *_, loc in evs)


def test_possessive_offensive_actor():
    evs = _events("Russia's offensive in Donetsk has killed hundreds of civilians, Ukrainian officials said.")
    assert [(a, t, l) for _, a, t, l in evs if _ == "ASSAULT"] == [("Russia", None, "Donetsk")]
