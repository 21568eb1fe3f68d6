"""Counted nouns of unrest and politics news: barricades and road blockades, blocked platforms,
sanctioned companies, vandalised stations, governments, referendums, reinforcements, voters and
pieces of hardware are claims; countries and nations counted stay none (invented text: a Zambian
shutdown, a Bolivian blockade)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _units(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_blockades_and_barricades():
    assert (87, "barricades") in _units("The transport regulator reported 87 road blockades in six regions on Monday.")
    assert [q for q, _ in _units("He said 35 barricades were still blocking the road to the airport.")] == [35]


def test_platforms_blocked():
    assert _units("The authorities blocked 19 social media platforms, including Facebook and X, on Friday.") == [
        (19, "platforms")]


def test_governments_and_referendums():
    text = "Zambia has had nine governments since 1991. Voters rejected the plan in two referendums held in 2016 and 2019."
    assert [q for q, _ in _units(text)] == [9, 2]


def test_reinforcements_voters_pieces():
    assert [q for q, _ in _units("The minister announced 800 reinforcements for the capital.")] == [800]
    assert [q for q, _ in _units("The reform would add 18,000 voters to the rolls.")] == [18000]
    assert [q for q, _ in _units("The alliance deployed 120 pieces of military hardware near the border.")] == [120]


def test_countries_and_nations_stay_no_claims():
    assert _claims("The two Central Asian nations signed a border deal, and three countries sent observers.") == []
