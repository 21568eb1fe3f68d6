"""A state's office holder the corpus ties to the state ("Velorian President Ana Doru") belongs to
the state's government, which the merge puts for the state: "Doru met the Marcan premier on
Friday" and "the Marcan premier met the Velorian government on Friday" are one meeting; two
officials of the state stay two actors."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.events.merge_affiliation import affiliated_family
from sitrep.model import EventFact

# invented states: the corpus names Veloria (a country) and its government; Doru and Lenz hold office
ENT = {("a", 0): "x-ana-doru", ("a", 1): "x-veloria", ("a", 2): "x-tomas-brek",
       ("b", 0): "x-tomas-brek", ("b", 1): "x-government-of-veloria",
       ("c", 0): "x-ivo-lenz", ("c", 1): "x-veloria"}
LINKS = [("a", 0, 1), ("c", 0, 1)]            # holds_office, stated in documents a and c
GOV = {"x-veloria": "x-government-of-veloria"}.get


def fact(actor, target, date="2025-05-16", action="CONSULT", start=0) -> EventFact:
    return EventFact(action=action, start=start, end=start + 40, actor=actor, target=target, date=date)


def docs():
    return {d: DocInfo(f"Outlet {d.upper()}", "2025-05-17", story=f"s-{d}") for d in "abc"}


def test_office_holder_belongs_to_the_states_government():
    fam = affiliated_family(LINKS, ENT, government_of=GOV)
    assert {"x-veloria", "x-government-of-veloria"} <= fam("x-ana-doru")
    # without the government mapping only the state itself is added, as before
    assert "x-government-of-veloria" not in affiliated_family(LINKS, ENT)("x-ana-doru")


def test_a_meeting_told_from_each_side_is_one():
    facts = [("a", fact(0, 2)), ("b", fact(0, 1))]   # Doru met Brek / Brek met the Velorian government
    fam = affiliated_family(LINKS, ENT, government_of=GOV)
    assert len(merge_events(facts, ENT, docs(), government_of=GOV, family_of=fam)) == 1
    assert len(merge_events(facts, ENT, docs(), government_of=GOV, family_of=affiliated_family(LINKS, ENT))) == 2


def test_two_officials_of_one_state_stay_two_actors():
    facts = [("a", fact(0, None, action="REJECT")), ("c", fact(0, None, action="REJECT"))]
    fam = affiliated_family(LINKS, ENT, government_of=GOV)
    assert len(merge_events(facts, ENT, docs(), government_of=GOV, family_of=fam)) == 2


def test_a_meeting_of_another_week_stays_apart():
    facts = [("a", fact(0, 2)), ("b", fact(0, 1, date="2025-05-09"))]
    fam = affiliated_family(LINKS, ENT, government_of=GOV)
    assert len(merge_events(facts, ENT, docs(), government_of=GOV, family_of=fam)) == 2
