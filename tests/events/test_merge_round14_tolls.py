"""Which toll heads a disputed attack: a party's count of its own success is the weakest source, and a count its own report calls disputed makes the event
disputed (invented Sahel, Mozambique and Kivu reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import ClaimFact, EventFact
from sitrep.picture_figures import figure_kinds, own_figures


def _fact(dead, bound=None, start=0):
    return EventFact("ASSAULT", start, start + 60, actor=0, target=1, date="2025-03-02",
                     date_basis="stated", fatalities=dead, fatalities_bound=bound)


_ENT = {(d, i): e for d in "abc" for i, e in ((0, "e-ansar"), (1, "e-army"))}


def test_the_attackers_own_claim_does_not_head_the_event():
    # the insurgents say they killed 40 soldiers (two outlets repeat it); the army says 9 died
    docs = {"a": DocInfo("Cabo Post", "2025-03-03"), "b": DocInfo("Pemba Daily", "2025-03-03"),
            "c": DocInfo("Maputo Wire", "2025-03-03")}
    facts = [("a", _fact(40)), ("b", _fact(40)), ("c", _fact(9))]
    kinds = {("a", 40): "own", ("b", 40): "own"}
    (event,) = merge_events(facts, _ENT, docs, family_of=None, figure_kinds=kinds)
    assert event.fatalities == 9 and event.corroboration == "disputed"
    # without knowing whose count it is, the majority still heads it
    (event,) = merge_events(facts, _ENT, docs, family_of=None)
    assert event.fatalities == 40


def test_the_attackers_small_claim_is_no_conservative_figure():
    # no majority: the most conservative count, but not the attacker's own (smaller) boast
    docs = {"a": DocInfo("Goma Times", "2025-03-03"), "b": DocInfo("Kivu Morning", "2025-03-03"),
            "c": DocInfo("Bukavu Wire", "2025-03-03")}
    facts = [("a", _fact(3)), ("b", _fact(12)), ("c", _fact(30, "min"))]
    (event,) = merge_events(facts, _ENT, docs, family_of=None, figure_kinds={})
    assert event.fatalities == 3 and event.corroboration == "disputed"
    (event,) = merge_events(facts, _ENT, docs, family_of=None, figure_kinds={("a", 3): "own"})
    assert event.fatalities == 12


def test_a_claim_its_own_reports_call_disputed_is_not_corroborated():
    docs = {"a": DocInfo("Sahel Wire", "2025-03-03"), "b": DocInfo("Niamey Post", "2025-03-03")}
    facts = [("a", _fact(15)), ("b", _fact(15))]
    (event,) = merge_events(facts, _ENT, docs, family_of=None, figure_kinds={("a", 15): "own", ("b", 15): "own"})
    assert event.corroboration == "corroborated" and event.fatalities == 15
    (event,) = merge_events(facts, _ENT, docs, family_of=None, figure_kinds={("a", 15): "contested", ("b", 15): "own"})
    assert event.corroboration == "disputed" and event.fatalities == 15
    assert "Sahel Wire" in event.disputes[0]


def test_own_figures_are_the_actors_claims_in_the_events_sentence():
    text = ("The militia said it killed 15 soldiers in the raid on Tuesday, a figure the army disputed. "
            "Villagers buried the dead.")
    ev = EventFact("ASSAULT", 0, 93, actor=0, target=1, fatalities=15)
    mine = ClaimFact(15, "soldiers killed", 24, 35, claimant=0)
    other = ClaimFact(15, "soldiers killed", 24, 35, claimant=1)
    own = own_figures("d", [ev], [mine])
    assert own == {("d", 15): (0, 93)}
    assert own_figures("d", [ev], [other]) == {}
    assert figure_kinds(own, {"d": text}) == {("d", 15): "contested"}
    plain = "The militia said it killed 15 soldiers in the raid on Tuesday near the river crossing. " \
            "Villagers buried the dead. The army disputed the boundary line later."
    assert figure_kinds({("d", 15): (0, 86)}, {"d": plain}) == {("d", 15): "own"}
    # the next sentence still counts: "But residents disputed the group's account."
    nxt = "The militia said it killed 15 soldiers in the raid on Tuesday near the river crossing. " \
          "But residents disputed the group's account. Later news followed."
    assert figure_kinds({("d", 15): (0, 86)}, {"d": nxt}) == {("d", 15): "contested"}
