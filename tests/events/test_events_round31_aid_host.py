"""Passive taking-in with a receiving place: the host country is the giver of AID, the people taken in its target."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from event_helpers import named_events  # noqa: E402


def _aid(text: str) -> list[tuple]:
    return [e for e in named_events(text) if e[0] == "AID"]


def test_received_in_country_is_host_aid() -> None:
    got = _aid("Fighting raged near El Geneina on Monday. More than 3,000 Sudanese had been received in Chad "
               "by Sunday, officials said.")
    assert got == [("AID", "Chad", "Sudanese", "received")]


def test_taken_in_by_country() -> None:
    got = _aid("Some 800 Sudanese refugees were taken in by Chad last week.")
    assert got == [("AID", "Chad", "Sudanese", "taken in")]


def test_given_shelter_in_country() -> None:
    got = _aid("Shelling hit Kharkiv on Monday. About 2,000 Ukrainians were given shelter in Poland on Tuesday.")
    assert got == [("AID", "Poland", "Ukrainians", "given shelter")]


def test_hosted_in_camps_in_region_of_country() -> None:
    got = _aid("Troops burned villages in Rakhine. Thousands of Rohingya have been hosted in camps in southern "
               "Bangladesh since August.")
    assert [(a, actor) for a, actor, _t, _w in got] == [("AID", "Bangladesh")]


def test_received_in_hospital_or_town_is_no_aid() -> None:
    assert _aid("Two Rohingya men were received in hospital in Cox's Bazar on Monday.") == []
    assert _aid("The letter was received in Geneva on Monday.") == []
    assert _aid("The wounded were received in good condition at the clinic.") == []
