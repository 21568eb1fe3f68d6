"""A march's route is where a protest went, not its target (invented text)."""
from event_helpers import coded_with_dates, mentions_from


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor, e.actor_name), texts.get(e.target, e.target_name))
            for e in coded_with_dates(text, names, "2025-06-03")]


def test_town_marched_through_is_no_target() -> None:
    acts = _acts("Thousands of people marched through Korvo on Sunday, chanting against President Ilan Moss.",
                 {"Korvo": "GPE", "Ilan Moss": "PERSON"})
    protests = [a for a in acts if a[0] == "PROTEST"]
    assert protests and not any(a[2] == "Korvo" for a in protests)
    assert any(a[2] == "Ilan Moss" for a in protests)


def test_airport_of_a_town_marched_on_is_no_target() -> None:
    acts = _acts("Hundreds of protesters marched on Korvo's airport, demanding new elections.", {"Korvo": "GPE"})
    assert not any(a[0] == "PROTEST" and a[2] == "Korvo" for a in acts)


def test_street_where_a_crowd_stood_is_no_target() -> None:
    acts = _acts("Officers fired tear gas at protesters on Uhuru Avenue and Baraka Road in the city centre.",
                 {"Uhuru Avenue": "FAC", "Baraka Road": "FAC"})
    assert not any(a[2] in ("Uhuru Avenue", "Baraka Road") for a in acts)


def test_places_listed_after_including_widen_the_location() -> None:
    acts = _acts("The authorities imposed a curfew in Korvo and nearby areas, including Delna, Morosi and Tavet.",
                 {"Korvo": "GPE", "Delna": "GPE", "Morosi": "GPE", "Tavet": "GPE"})
    assert not any(a[2] in ("Delna", "Morosi", "Tavet") for a in acts)


def test_a_facility_struck_is_still_the_target() -> None:
    acts = _acts("Zorvian troops stormed the Amani Hospital on Monday.",
                 {"Zorvian troops": "ORG", "Amani Hospital": "FAC"})
    assert any(a[0] == "ASSAULT" and a[2] == "Amani Hospital" for a in acts)
