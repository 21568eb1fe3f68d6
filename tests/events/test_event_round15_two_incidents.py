"""Round 15: two incidents in one sentence ("..., hours after X killed Y") are two events, each with
its own actor, victims, figures and date; a fronted place before the subject is no conjunct of it
(invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), e.date, e.fatalities) for e in a.events]


def test_an_abduction_hours_after_a_raid_is_a_second_event():
    evs = _events("Al-Shabaab gunmen abducted 11 bus passengers near Baidoa on Sunday night, hours after an "
                  "AMISOM raid killed six Al-Shabaab fighters near Dinsoor.")
    assert len([e for e in evs if e[0] == "ASSAULT"]) == 2
    assert any(e[1] == "Al-Shabaab" and e[4] is None for e in evs)
    assert any(e[1] == "AMISOM" and e[2] == "Al-Shabaab" and e[4] == 6 for e in evs)


def test_days_after_dates_the_second_incident_earlier():
    evs = _events("Rebels shelled Kidal on Friday, killing three, two days after the army killed 12 fighters "
                  "near Gao.")
    assert any(e[3] == "2026-03-06" and e[4] == 3 for e in evs)
    assert any(e[3] == "2026-03-04" and e[4] == 12 for e in evs)


def test_after_an_event_noun_without_a_verb_stays_one_sentence():
    evs = _events("Rebels shelled Kidal on Friday, hours after the ceasefire talks in Algiers.")
    assert len([e for e in evs if e[0] == "ASSAULT"]) == 1


def test_a_fronted_place_is_no_conjunct_of_the_subject():
    evs = _events("In Bambari, UPC fighters attacked a bus on Saturday.")
    assert any(e[0] == "ASSAULT" and e[1] == "UPC" for e in evs)


def test_a_list_of_places_still_shares_its_preposition():
    evs = _events("Israel has waged campaigns in Gaza, Lebanon and Syria.")
    assert all(e[1] == "Israel" for e in evs if e[0] == "ASSAULT")
