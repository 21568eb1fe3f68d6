"""A toll or casualty line about another incident keeps its figures to itself (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-02-11"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.location), e.fatalities, e.injuries, e.toll_update) for e in a.events]


def test_number_killed_has_risen_is_a_toll_not_injuries():
    evs = _events("The number of villagers killed in a Malian drone strike near Kidal has risen to five after a "
                  "wounded herder died in hospital in Gao, health officials said on Wednesday.")
    assaults = [e for e in evs if e[0] == "ASSAULT"]
    assert assaults and assaults[0][2] == 5 and assaults[0][3] is None and assaults[0][4]


def test_clause_after_a_number_is_not_a_wounded_count():
    from sitrep.events.figures import casualties
    t = "Police said the count stood at four after a wounded teenager died in Jos."
    assert casualties(t, 0, len(t))[1] is None
    t = "Four people were wounded when a mortar round hit the market."
    assert casualties(t, 0, len(t))[1].value == 4


def test_toll_of_a_strike_elsewhere_does_not_raise_the_main_attack():
    text = ("Gunmen killed three soldiers at a checkpoint in Menaka on Monday, the army said. "
            "The army gave no further details. "
            "The toll from a separate drone strike on a market in Kidal has risen to seven, officials said.")
    evs = _events(text)
    menaka = [e for e in evs if e[0] == "ASSAULT" and e[1] == "Menaka"]
    kidal = [e for e in evs if e[0] == "ASSAULT" and e[1] == "Kidal"]
    assert menaka and menaka[0][2] == 3
    assert kidal and kidal[0][2] == 7


def test_toll_line_of_the_same_incident_still_raises_it():
    text = ("Gunmen killed three soldiers at a checkpoint in Menaka on Monday, the army said. "
            "UPDATE: The death toll has risen to five, a local official said.")
    evs = _events(text)
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [5]


def test_casualty_line_naming_another_place_is_not_lent_to_the_attack_before():
    from sitrep.events.tolls import assign_casualties, elsewhere
    from sitrep.events.figures import Figure
    from sitrep.model import EventFact
    before = EventFact("ASSAULT", 0, 10, location=1)
    assert elsewhere(before, (2,)) and not elsewhere(before, (1, 2)) and not elsewhere(before, ())
    assign_casualties((Figure(2, "exact"), None), [], [(0, before)], 1, (2,))
    assert before.fatalities is None
    assign_casualties((Figure(2, "exact"), None), [], [(0, before)], 1, ())
    assert before.fatalities == 2
