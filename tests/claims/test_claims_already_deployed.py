"""A bare count of those already in place continues the count before it: "sent 800 more police to
reinforce the 2,300 already deployed" (invented text: a Bolivian deployment)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _figures(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_already_deployed_takes_the_noun_before():
    text = "The minister said 800 additional troops were being flown in to reinforce the 2,300 already deployed in Beni."
    assert _figures(text) == [(800, "troops"), (2300, "troops")]


def test_already_on_the_ground():
    assert _figures("Another 500 police officers will join the 1,200 already on the ground.") == [
        (500, "police officers"), (1200, "police officers")]


def test_no_count_before_means_no_claim():
    assert _claims("Talks resumed with the 12 already there, officials said.") == []
