"""Round 14: a party fought alongside is an ally (no target), an attack noun as a passive's agent names its maker as
actor and the passive's subject as target (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), e.date) for e in a.events]


def test_a_party_fought_alongside_is_no_target():
    evs = _events("Wagner fighters fought alongside the FACA near Bambari on Sunday.")
    assert all(e[2] != "FACA" for e in evs)


def test_the_enemy_after_the_ally_is_the_target():
    evs = _events("Wagner fighters fought alongside the FACA against the UPC near Bambari on Sunday.")
    assert ("ASSAULT", "Wagner", "UPC", "2026-03-08") in evs


def test_attack_noun_as_passive_agent_names_actor_and_target():
    evs = _events("The Karen National Union has been weakened by Tatmadaw raids, a commander said on Sunday.")
    assert any(e[1] == "Tatmadaw" and e[2] == "Karen National Union" for e in evs)
    assert not any(e[1] == "Karen National Union" for e in evs)


def test_a_dated_attack_still_counts():
    evs = _events("Tatmadaw jets bombed the Karen National Union headquarters on Sunday.")
    assert any(e[0] == "ASSAULT" and e[3] == "2026-03-08" for e in evs)
