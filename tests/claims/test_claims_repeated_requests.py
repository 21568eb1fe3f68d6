"""Requests, appeals, truce violations and meetings counted by "N times" are figures, with the
verb before the count or right after "times" (invented text: a Zambian governor's requests)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _figures(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_asked_n_times():
    assert _figures("The governor said the province had asked four times for army helicopters.") == [(4, "requests")]


def test_n_times_before_the_verb():
    assert _figures("The governor said the province had four times requested army helicopters.") == [(4, "requests")]


def test_truce_violations():
    assert _figures("The militia violated the truce 25 times in a week, monitors said.") == [(25, "violations")]


def test_times_as_a_multiplier_stays_no_claim():
    assert _claims("The camp is now three times the size it was in May.") == []
    assert _claims("Prices rose three times faster than wages.") == []
