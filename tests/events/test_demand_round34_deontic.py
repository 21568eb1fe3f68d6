"""Demands reported as another party's obligation outside quotation marks (invented text: Sahel,
Horn of Africa and Caucasus settings)."""
from event_helpers import coded_with_dates


def _requests(text: str, actors: dict[str, str]) -> list[tuple]:
    names = {i: n for i, n in enumerate(sorted(actors, key=lambda n: -len(n)))}
    return [(names.get(e.actor), names.get(e.target)) for e in coded_with_dates(text, actors, "2025-04-08")
            if e.action == "REQUEST"]


def test_said_that_party_must_is_a_request() -> None:
    got = _requests("ECOWAS said on Monday that Niger must free the detained ministers.",
                    {"ECOWAS": "ORG", "Niger": "GPE"})
    assert ("ECOWAS", "Niger") in got


def test_reiterated_should_is_a_request() -> None:
    got = _requests("Foreign Minister Ilham Gasimov reiterated that Armenia should withdraw its observers.",
                    {"Ilham Gasimov": "PERSON", "Armenia": "GPE"})
    assert ("Ilham Gasimov", "Armenia") in got


def test_a_party_obliging_itself_is_no_request() -> None:
    assert _requests("Djibouti said it must protect its port.", {"Djibouti": "GPE"}) == []


def test_a_capacity_is_no_request() -> None:
    got = _requests("The minister of Eritrea said Eritrea must be able to defend its coast.", {"Eritrea": "GPE"})
    assert got == []


def test_not_saying_is_no_request() -> None:
    got = _requests("IGAD did not say Somalia must hold the vote in May.", {"IGAD": "ORG", "Somalia": "GPE"})
    assert got == []


def test_quoted_obligation_is_left_to_the_quotes_stage() -> None:
    # no quotes stage runs here: the words inside quotation marks give no reported demand of this module
    got = _requests("“Mali must leave the bloc,” said ECOWAS.", {"ECOWAS": "ORG", "Mali": "GPE"})
    assert ("ECOWAS", "Mali") not in got
