"""An entry ban on named persons is a sanction, and a state's possessive before a person's title
names the person, not the state (invented text)."""
from event_helpers import coded_with_dates, mentions_from


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor, e.actor_name), texts.get(e.target, e.target_name))
            for e in coded_with_dates(text, names, "2025-06-03")]


def test_banned_from_entering_is_a_sanction_on_the_person() -> None:
    acts = _acts("Belmar and Ostravia banned Tomas Varga and ten other officials from entering their territory.",
                 {"Belmar": "GPE", "Ostravia": "GPE", "Tomas Varga": "PERSON"})
    assert any(a[0] == "SANCTION" and a[2] == "Tomas Varga" for a in acts)
    assert not any(a[0] == "COERCE" for a in acts)


def test_barred_a_titled_person_from_entering() -> None:
    acts = _acts("The interior ministry of Belmar barred Ostravia's former president Ana Brel from entering the country.",
                 {"Belmar": "GPE", "Ostravia": "GPE", "Ana Brel": "PERSON"})
    assert any(a[0] == "SANCTION" and a[2] == "Ana Brel" for a in acts)


def test_a_ban_on_a_party_stays_coercion() -> None:
    acts = _acts("The junta of Belmar banned the Unity Party on Tuesday.", {"Belmar": "GPE", "Unity Party": "ORG"})
    assert not any(a[0] == "SANCTION" for a in acts)


def test_possessive_title_names_the_person_held() -> None:
    acts = _acts("Police arrested Ostravia's former foreign minister Ana Brel on Monday.",
                 {"Ostravia": "GPE", "Ana Brel": "PERSON"})
    assert any(a[0] == "COERCE" and a[2] == "Ana Brel" for a in acts)
