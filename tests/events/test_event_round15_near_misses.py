"""Round 15: a ship that reports a weapon exploding near it was attacked, by no one named
(invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), e.date) for e in a.events]


def test_a_ship_reporting_a_missile_exploding_near_it_is_its_target():
    evs = _events("Maritime security firm Dryad said the Liberian-flagged tanker MT Orion Star reported a missile "
                  "exploding in the sea near it on Sunday.")
    assert ("ASSAULT", None, "MT Orion Star", "2026-03-08") in evs


def test_a_drone_exploding_over_a_city_is_an_attack_with_no_target_invented():
    evs = _events("Residents reported a drone exploding near the market in Sumy on Sunday.")
    assert any(e[0] == "ASSAULT" and e[2] is None for e in evs)
