"""Vote tallies: each side of a vote is a figure ("by 212 votes to 97", "with 40 votes in favour,
11 against and 6 abstentions", "passed the measure 212-97", "adopted by 88 votes"), a range or a
casualty count with a hyphen is no tally (invented text: a Zambian assembly, a Bolivian senate)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.claims.votes import vote_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _figures(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_by_votes_to():
    text = "The National Assembly in Lusaka approved the emergency bill by 212 votes to 97 late on Tuesday."
    assert _figures(text) == [(212, "votes for"), (97, "votes against")]


def test_tally_with_abstentions():
    text = "Senators backed the interim cabinet by 40 votes to 11, with six abstentions."
    assert _figures(text) == [(40, "votes for"), (11, "votes against"), (6, "abstentions")]


def test_sides_named_after_each_count():
    text = "The senate in La Paz granted the motion of censure with 40 votes in favour, 11 against and 6 abstentions."
    assert _figures(text) == [(40, "votes for"), (11, "votes against"), (6, "abstentions")]


def test_bare_tally_after_a_voting_verb():
    assert _figures("Deputies passed the measure 212-97 shortly after midnight.") == [
        (212, "votes for"), (97, "votes against")]
    assert _figures("The council rejected the motion 30-12.") == [(30, "votes against"), (12, "votes for")]


def test_single_count_of_votes():
    assert _figures("The deputies adopted, by 88 votes, the motion to remove the governor.") == [(88, "votes for")]


def test_against_first_and_number_words():
    assert _figures("The board rejected the plan, with nine votes against and two in favour.") == [
        (9, "votes against"), (2, "votes for")]


def test_ranges_and_tolls_are_no_tallies():
    assert vote_claims("Officials confirmed 20-30 people were hurt in the blast.") == []
    assert vote_claims("The ministry approved 10-15% more funding for the camps.") == []
    assert vote_claims("Police said that 14 protesters were injured.") == []


def test_a_count_read_as_a_claim_is_not_read_twice():
    text = "Lawmakers backed the deployment of 500 troops by 120 votes to 30."
    figures = _figures(text)
    assert figures.count((500, "troops")) == 1
    assert (120, "votes for") in figures and (30, "votes against") in figures
