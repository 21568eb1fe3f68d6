"""Plural nationality nouns count people ("1,200 Venezuelans had been received"), but a vague
count of a nationality with no casualty state is background, not a claim."""
from sitrep.claims.find import find_claims
from sitrep.nlp.sentences import split_sentences


def _claims(text: str):
    return [(c.quantity, c.unit) for c in find_claims(text, split_sentences(text), [], [], "2024-05-01")]


def test_figure_of_nationals_is_a_claim() -> None:
    got = _claims("Border officials said 3,400 Ukrainians had been registered at the crossing on Monday.")
    assert (3400, "ukrainians") in got


def test_nationals_take_casualty_state() -> None:
    got = _claims("Police in the port city said 40 Eritreans and 12 Somalis were detained overnight.")
    assert (40, "eritreans detained") in got and (12, "somalis detained") in got


def test_vague_count_of_nationals_without_state_is_background() -> None:
    assert _claims("The town has long been home to thousands of Iraqis who work in the markets.") == []


def test_vague_count_of_nationals_with_state_stays() -> None:
    got = _claims("Hundreds of Afghans were killed in the fighting, the agency said.")
    assert any(q == "hundreds" and u.startswith("afghans") for q, u in got)
