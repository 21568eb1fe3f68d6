"""Places that touch ("where X, Y and Z meet") hold no meeting (invented text)."""
from event_helpers import coded_with_dates, mentions_from


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor, e.actor_name), texts.get(e.target, e.target_name))
            for e in coded_with_dates(text, names, "2025-06-03")]


def test_border_zone_where_countries_meet_is_no_meeting() -> None:
    acts = _acts("The raid fits a pattern in the tri-border zone, where Belmar, Ostravia and Korvia meet.",
                 {"Belmar": "GPE", "Ostravia": "GPE", "Korvia": "GPE"})
    assert not any(a[0] == "CONSULT" for a in acts)


def test_borders_of_countries_meet() -> None:
    acts = _acts("Gunmen attacked an island where the borders of Belmar, Ostravia and Korvia meet.",
                 {"Belmar": "GPE", "Ostravia": "GPE", "Korvia": "GPE"})
    assert not any(a[0] == "CONSULT" for a in acts)


def test_leaders_who_met_there_still_met() -> None:
    acts = _acts("They flew to Dalo, where President Ana Brel and Tomas Varga met last year.",
                 {"Dalo": "GPE", "Ana Brel": "PERSON", "Tomas Varga": "PERSON"})
    assert any(a[0] == "CONSULT" for a in acts)
