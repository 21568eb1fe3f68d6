"""Round 28: a place's population is a claim, 'well over' bounds, a side's own dead, headline vs body qualifier."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-03-14") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _by_q(found: list[ClaimFact]) -> dict:
    return {c.quantity: c for c in found}


def test_population_with_a_noun_is_a_claim_in_people():
    q = _by_q(_claims("Shuhada, home to some 85,000 people, was cut off after the militia shelled its bridge."))
    assert q[85000].unit == "people" and q[85000].qualifier == "some"


def test_population_without_a_noun_is_counted_in_people():
    q = _by_q(_claims("The enclave, with an estimated population of 64,000, has had no aid convoy since May."))
    assert q[64000].unit == "people" and q[64000].qualifier is None


def test_city_of_a_million_keeps_its_qualifier():
    q = _by_q(_claims("Rebels reached the outskirts of Kolwe, a city of about 1 million people, on Tuesday."))
    assert q[1000000].qualifier == "about"


def test_a_household_is_still_no_claim():
    assert _claims("The widow fled with her three children to the camp.") == []


def test_well_over_is_a_lower_bound_even_inside_quotes():
    q = _by_q(_claims('A nurse in Hargeisa told the station that "well over 150" people were treated for burns.'))
    assert q[150].qualifier == "more than" and q[150].unit.endswith("injured")


def test_far_more_than_is_a_lower_bound():
    q = _by_q(_claims("Medics said far more than 40 villagers were wounded in the mortar fire."))
    assert q[40].qualifier == "more than"


def test_a_side_putting_its_own_dead_at_a_figure():
    q = _by_q(_claims("The insurgents later put their own dead at around 70, a figure the army disputes."))
    assert q[70].unit == "deaths" and q[70].qualifier == "around"


def test_wounded_and_dead_at_figures_in_one_sentence():
    q = _by_q(_claims("Hospital staff put the wounded at 45 and the dead at 12."))
    assert q[45].unit == "people injured" and q[12].unit == "deaths"


def test_dead_at_a_place_is_no_toll():
    q = _by_q(_claims("Two guards were found dead at the depot where 30 soldiers were stationed."))
    assert 30 in q and q[30].unit != "deaths"


def test_body_qualifier_wins_over_the_headlines_for_one_claim():
    text = ("Close to 90 wounded as shells hit market in Dalvara\n\n"
            "At least eleven people were killed and nearly 90 others were wounded when shells hit the "
            "central market, the regional health office said.")
    found = [c for c in _claims(text) if c.quantity == 90]
    assert len(found) == 1 and found[0].qualifier == "nearly"


def test_headline_qualifier_kept_when_the_body_has_none():
    text = ("At least 30 soldiers killed in raid on border post\n\n"
            "Gunmen killed 30 soldiers at a border post overnight, the army said.")
    found = [c for c in _claims(text) if c.quantity == 30]
    assert len(found) == 1 and found[0].qualifier == "at least"
