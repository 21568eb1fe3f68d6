"""Money in local currencies is a figure as dollars are: tenge, naira, gourdes, shillings, pesos
(invented text: a fuel price rise, a compensation fund, a ransom)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _figures(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_price_rise_in_tenge():
    assert _figures("The price of bottled gas doubled to 140 tenge a litre from 70 tenge.") == [
        (140, "tenge"), (70, "tenge")]


def test_fund_and_ransom_in_local_currencies():
    assert _figures("The state set aside 4 billion naira for the families.") == [(4000000000, "naira")]
    assert _figures("The gang demanded 3 million gourdes for the pastor's release.") == [(3000000, "gourdes")]
    assert (50000, "shillings") in _figures("Each family was promised 50,000 shillings in compensation.")


def test_won_as_a_verb_is_no_currency():
    assert _figures("The ruling party won the vote in 2021.") == []
