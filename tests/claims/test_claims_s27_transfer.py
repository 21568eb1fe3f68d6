"""Session 27 (classes that transfer over the fix sets): a vague count of a crowd in no state is
the size of a crowd, no claim; a part of a toll fronted by "Of the dead," or told place by place
("two in X and one in Y") is a figure in the toll's state; a running total ("bringing the total
to N", "it raised the figure to N" in the next sentence) takes the unit of the count it updates
(invented text: Zambia, Bolivia, Mozambique settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _figures(text: str) -> list[tuple]:
    return [(c.quantity, c.unit, c.qualifier) for c in _claims(text)]


def test_vague_crowd_of_protesters_in_no_state_is_no_claim():
    text = ("Thousands of demonstrators, many of them students, marched on the assembly in Lusaka. "
            "Hundreds of protesters tried to storm the airport and were pushed back with tear gas.")
    assert _claims(text) == []


def test_protesters_in_a_state_or_counted_exactly_stay_claims():
    text = ("Police arrested hundreds of protesters in La Paz on Monday. "
            "Dozens of demonstrators were wounded, and 12 protesters were killed, the ombudsman said.")
    assert sorted(str(c.quantity) for c in _claims(text)) == ["12", "dozens", "hundreds"]


def test_fronted_part_of_a_toll_counts_in_its_state():
    text = ("A fire at a boarding school in Mongu killed 21 people on Friday. "
            "Of the dead, 17 were pupils, police said.")
    found = _claims(text)
    assert sorted(c.quantity for c in found) == [17, 21]
    assert all(c.unit.endswith("killed") for c in found)


def test_fronted_part_of_the_wounded_and_of_those_killed():
    assert [(c.quantity, c.unit) for c in _claims("Among those killed, 12 were children.")] == [(12, "people killed")]
    assert [(c.quantity, c.unit) for c in _claims('"Of the wounded, 14 are soldiers," he said.')] == [(14, "people injured")]


def test_a_part_of_other_people_is_no_toll_part():
    text = "Of the five candidates, two were women."
    assert [c.quantity for c in _claims(text)] == []


def test_a_crowd_named_as_the_agent_of_an_attack_stays_a_claim():
    text = "Two embassies in Lusaka were attacked on Tuesday by hundreds of demonstrators."
    assert [c.quantity for c in _claims(text)] == ["hundreds"]


def test_a_toll_told_place_by_place_counts_each_part():
    text = ("Four people were killed in the port city of Beira, two in the capital Maputo and one "
            "in the northern town of Pemba, police said.")
    assert [c.quantity for c in _claims(text)] == [4, 2, 1]
    assert all(c.unit == "people killed" for c in _claims(text))


def test_one_after_a_count_in_no_state_stays_a_pronoun():
    text = "The army deployed 300 troops in the north, one in the capital."
    assert [c.quantity for c in _claims(text)] == [300]


def test_a_running_total_takes_the_unit_of_the_count_it_adds_to():
    text = "Police said 36 people were detained overnight, bringing the total since March 3 to 214."
    assert [(c.quantity, c.unit) for c in _claims(text)] == [(36, "people detained"), (214, "people detained")]


def test_a_figure_raised_in_the_next_sentence_keeps_the_toll_unit():
    text = ("On Monday the province put the toll at 38. "
            "On Tuesday it raised the figure to 57 after more bodies were found.")
    assert [c.quantity for c in _claims(text)] == [38, 57]


def test_the_number_of_other_people_is_no_running_total():
    text = "Rebels killed 12 soldiers, and the army raised the number of troops in the region to 5,000."
    assert [c.quantity for c in _claims(text) if c.unit.endswith("killed")] == [12]
