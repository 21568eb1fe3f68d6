"""Round 15: a place owned by a place ("Goma's Majengo neighbourhood") shares its owner's
preposition: it is where the act happened, never its actor or target; "blew himself up" is an
attack (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), names.get(e.location)) for e in a.events]


def test_a_district_owned_by_a_city_is_no_actor_of_a_bombing():
    evs = _events("Sunday's bombing in Goma's Majengo neighbourhood also wounded 14 people, according to the "
                  "city hospital.")
    assert evs and all(e[1] != "Majengo" and e[2] != "Majengo" for e in evs)
    assert any(e[0] == "ASSAULT" and e[3] == "Majengo" for e in evs)


def test_a_district_owned_by_a_city_is_no_target_of_a_blast():
    evs = _events("A car bomb exploded in Mogadishu's Hodan district on Monday, killing five people.")
    assert any(e[0] == "ASSAULT" and e[3] == "Hodan" for e in evs)
    assert all(e[2] not in ("Hodan", "Mogadishu") for e in evs)


def test_a_suicide_bomber_blowing_himself_up_is_an_attack():
    evs = _events("A suicide bomber blew himself up outside a mosque in Maiduguri on Friday, killing seven "
                  "worshippers.")
    assert any(e[0] == "ASSAULT" and e[1] is None and e[3] == "Maiduguri" for e in evs)


def test_an_owned_name_that_is_no_place_still_acts():
    evs = _events("Russia's army shelled Kherson on Monday, killing two civilians.")
    assert any(e[0] == "ASSAULT" and e[1] in ("Russia", "Russia's army") for e in evs)


def test_a_hospital_receiving_wounded_reports_no_attack():
    evs = _events("Al-Shabaab claimed the attack. The main hospital in Beledweyne said it had received 17 "
                  "wounded, three of them children.")
    assert sum(1 for e in evs if e[0] == "ASSAULT") == 1


def test_wounding_people_is_still_an_attack():
    evs = _events("Gunmen wounded 12 people at a market in Beledweyne on Sunday.")
    assert any(e[0] == "ASSAULT" for e in evs)


def test_a_town_in_an_owned_region_is_where_and_the_strike_stays_an_event():
    evs = _events("A drone strike on a busy market in the town of Kalo in Sudan's Blue Nile region killed at "
                  "least 17 civilians on Sunday.")
    assert any(e[0] == "ASSAULT" and e[3] == "Kalo" and e[2] is None for e in evs)


def test_a_town_in_a_country_is_where():
    evs = _events("Gunmen killed five people in Menaka in Mali on Sunday.")
    assert any(e[0] == "ASSAULT" and e[3] == "Menaka" for e in evs)
