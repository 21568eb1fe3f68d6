"""Round 15: the object of an act that belongs to a force named only by a common noun ("seized the
army's barracks") makes that force the target (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), e.target_name) for e in a.events]


def test_the_army_s_barracks_make_the_army_the_target():
    evs = _events("M23 fighters seized the army's barracks in Rubaya on Sunday.")
    assert any(e[1] == "M23" and e[3] == "the army" for e in evs)


def test_the_named_army_is_the_target():
    evs = _events("The Malian Armed Forces said on Monday that JNIM fighters overran the army's base near "
                  "Boulkessi.")
    assert any(e[0] == "ASSAULT" and e[1] == "JNIM" and e[2] == "Malian Armed Forces" for e in evs)


def test_an_object_of_no_force_gives_no_target():
    evs = _events("M23 fighters seized the town's market in Rubaya on Sunday.")
    assert all(e[2] is None and e[3] is None for e in evs)
