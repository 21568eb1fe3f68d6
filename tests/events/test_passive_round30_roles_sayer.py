"""An agentless arrest reported by a force: the reporting force made it ("Police said 45 people were
detained"); an explicit "by" agent, a kidnapping verb or a killing keeps its own reading."""
from event_helpers import named_events

_POLICE = "The Tajik National Police sealed off central Dushanbe on Friday as crowds gathered. "


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [e[:3] for e in named_events(text)]


def test_police_reporting_detentions_are_the_named_police() -> None:
    evs = _events(_POLICE + "Police said 45 people were detained after the rally.")
    assert ("COERCE", "Tajik National Police") in [(a, b) for a, b, _ in evs]


def test_police_with_place_and_that_clause_report_their_arrests() -> None:
    evs = _events(_POLICE + "Police in Khujand said on Saturday that 12 students had been arrested.")
    assert ("COERCE", "Tajik National Police") in [(a, b) for a, b, _ in evs]


def test_explicit_by_agent_is_not_overridden_by_the_sayer() -> None:
    evs = _events(_POLICE + "Police said the suspects were arrested by border guards.")
    assert not any(a == "COERCE" and b == "Tajik National Police" for a, b, _ in evs)


def test_seizure_reported_by_police_is_not_police_custody() -> None:
    evs = _events(_POLICE + "Police said two aid workers were seized near the market.")
    assert not any(b == "Tajik National Police" for _, b, _ in evs)


def test_killings_reported_by_police_get_no_police_actor() -> None:
    evs = _events(_POLICE + "Police said four people were killed in the blast.")
    assert not any(a == "ASSAULT" and b == "Tajik National Police" for a, b, _ in evs)
