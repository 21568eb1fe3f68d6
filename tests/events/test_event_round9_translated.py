"""Round 9: translated triggers, sayers' appositives and claimants are no roles, counted persons.
Invented sentences (Caucasus, Sahel, Sudan, Myanmar settings)."""
from __future__ import annotations

from functools import lru_cache

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


@lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _events(text: str, pub: str = "2024-03-08"):
    a = analyze_text("d", text, pub, None, _kb())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), e.fatalities, e.injuries) for e in a.events]


def test_opened_the_fire_to_positions_is_an_assault():
    evs = _events("On Tuesday the armed forces of Azerbaijan have opened the fire with the mortars to the "
                  "positions of the Armenian Armed Forces near the village of Sotk.")
    assault = [e for e in evs if e[0] == "ASSAULT"]
    assert len(assault) == 1 and "Azerbaijan" in (assault[0][1] or "") and assault[0][2] == "Armenian Armed Forces"


def test_dropping_the_bombs_to_with_death_of_toll():
    evs = _events("The Sudanese army has used the Antonov aircraft for dropping the bombs to the market of Nyala, "
                  "making the death of seven civilians and the injuries of twelve persons.")
    assault = [e for e in evs if e[0] == "ASSAULT"]
    assert len(assault) == 1 and assault[0][3] == 7 and assault[0][4] == 12


def test_sayers_appositive_title_is_no_target():
    evs = _events("Mali responded with drone strikes on three JNIM camps, army spokesman Colonel Souleymane Dembele said.")
    assert evs and all(e[2] != "Souleymane Dembele" for e in evs)


def test_victim_after_gerund_stays_target():
    evs = _events("Rebels shelled the town, killing commander Aung Kyaw Min, officials said.")
    assert any(e[2] == "Aung Kyaw Min" for e in evs)


def test_possessive_claimant_is_no_party():
    evs = _events("The death toll from three days of fighting between militias in the Sudanese capital has "
                  "risen to 14, Sudan's Health Ministry said on Friday.")
    assert all(e[1] != "Sudan" and e[2] != "Sudan" for e in evs)


def test_counted_wounded_persons_are_no_act():
    evs = _events("The governor visited the hospital and wished a speedy recovery to the 18 wounded.")
    assert not [e for e in evs if e[0] == "ASSAULT"]
