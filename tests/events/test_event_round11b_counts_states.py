"""Round 11b: a single victim counted by its article ("killing a fisherman"), a whole counted group
("carrying four traders ..., killing all of them"), a unit "of the army" that underwent an attack,
and a detention that has lasted for years (a state, no new arrest)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text
from sitrep.events.figures import casualties

_KB = KnowledgeBase.default()


def _analysis(text: str, pub: str = "2025-03-05"):
    return analyze_text("d", text, pub, None, _KB)


def _named(a, local):
    return {m.local: m.text for m in a.mentions}.get(local)


def _fatalities(text: str):
    f, _ = casualties(text, 0, len(text))
    return None if f is None else f.value


def test_single_victim_with_an_article_counts_one():
    assert _fatalities("A drone struck a fishing boat off Ochakiv on Tuesday, killing a fisherman.") == 1
    assert _fatalities("Militants ambushed the convoy, killing an off-duty police officer and wounding two.") == 1


def test_article_before_a_non_person_is_no_count():
    assert _fatalities("The blast killed a lot of livestock near the market.") is None
    assert _fatalities("Gunmen killed a commander's bodyguards near Tillaberi.") is None


def test_killing_all_of_a_counted_group():
    assert _fatalities("Gunmen attacked a minibus carrying five traders near Menaka on Friday, killing all of them.") == 5
    assert _fatalities("A missile hit a truck carrying 3 herders, killing all on board.") == 3


def test_event_gets_the_single_victim():
    a = _analysis("A drone struck a fishing boat near Kherson on Tuesday, killing a fisherman.")
    ev = [e for e in a.events if e.action == "ASSAULT"]
    assert len(ev) == 1 and ev[0].fatalities == 1


def test_unit_of_an_organisation_hit_makes_the_organisation_the_target():
    a = _analysis("A patrol of the Nigerien army was hit by a roadside bomb near Tillaberi on Monday.")
    ev = [e for e in a.events if e.action == "ASSAULT"]
    assert len(ev) == 1
    assert "army" in (_named(a, ev[0].target) or "")
    assert ev[0].actor is None


def test_detention_lasting_years_is_a_state_not_an_arrest():
    a = _analysis("Opposition leader Hamid Sultani has been imprisoned in Evin prison since 2011.")
    assert not [e for e in a.events if e.action == "COERCE"]
    a = _analysis("The blogger, who has been held for more than six years, began a hunger strike.")
    assert not [e for e in a.events if e.action == "COERCE"]


def test_a_fresh_arrest_is_still_coded():
    a = _analysis("Police arrested a journalist in Harare on Monday, his lawyer said.")
    assert [e for e in a.events if e.action == "COERCE"]
    a = _analysis("Police have arrested two journalists in Harare since Monday, their lawyer said.")
    assert [e for e in a.events if e.action == "COERCE"]
