"""Round 32: numbers inside unit and road names, "the two forces" as sides, mixed digit-and-word
numbers from machine translation, "martyrs" as the dead, a share of the counted between the count
and its state, a one-sentence lead paragraph, and a quoted source restating a toll (invented text)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact, Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, mentions: tuple = (), published: str = "2025-03-04") -> list[ClaimFact]:
    ms = []
    for surface, typ, local in mentions:
        s = text.index(surface)
        ms.append(Mention(s, s + len(surface), surface, typ, f"name:{surface.lower()}", "test", local))
    return find_claims(text, split_sentences(text), ms, find_timexes(text, published), published)


def _qs(found: list[ClaimFact]) -> list:
    return [c.quantity for c in found]


def test_numbered_brigade_is_a_name_not_troops():
    found = _claims("Clashes between the 166 Brigade and the Republican Guard in Sanaa killed nine people.")
    assert _qs(found) == [9]


def test_numbered_brigade_with_words_between_and_a_title_after():
    found = _claims("Gunmen detained 21 Mechanised Brigade commander Omar Haidar at the airport on Monday.")
    assert 21 not in _qs(found)


def test_numbered_road_is_a_name():
    assert _claims("Fighters blocked the 60 Road near the junction.") == []


def test_troop_count_before_a_lower_case_noun_stays_a_claim():
    found = _claims("The ministry sent 300 troops to the Border Brigade base.")
    assert 300 in _qs(found)


def test_toll_reaches_its_figure_past_a_numbered_unit_name():
    found = _claims("The death toll from the fighting between the 52 Division and the Kachin fighters "
                    "has risen to 31, with 80 others wounded, the hospital said.")
    assert 31 in _qs(found) and 52 not in _qs(found)


def test_the_two_forces_are_sides_not_two_troops():
    assert _claims("The envoy urged that the two forces withdraw to their barracks.") == []


def test_both_armies_are_sides():
    assert _claims("Both armies kept their positions along the river.") == []


def test_small_troop_count_with_state_stays():
    found = _claims("The two soldiers were killed when their truck hit a mine.")
    assert _qs(found) == [2]


def test_digits_thousand_digits_is_one_number():
    found = _claims("The ministry said at least 12 thousand 480 people had been killed since March.")
    assert _qs(found) == [12480] and found[0].qualifier == "at least"


def test_digits_million_digits_thousand_is_one_number():
    found = _claims("Some 1 million 250 thousand people were displaced by the floods and fighting.")
    assert _qs(found) == [1250000]


def test_thousand_alone_keeps_its_value():
    found = _claims("The offensive has displaced 40 thousand people, 12 of them in the capital.")
    assert _qs(found)[0] == 40000


def test_martyrs_are_the_dead():
    found = _claims("Medics said the bodies of 14 martyrs were brought to the Nasser hospital.")
    assert _qs(found) == [14] and found[0].unit == "deaths"


def test_share_of_them_between_count_and_state():
    found = _claims("Twenty-one villagers, most of them women and children, were killed in the raid.")
    assert _qs(found) == [21] and found[0].unit.endswith(" killed")


def test_quoted_source_restating_the_lead_is_a_claim_of_its_own():
    text = ("KHARTOUM (AFP) - A drone strike killed at least 12 people at a market, officials said.\n\n"
            "\"We have counted 12 dead so far,\" Amal Osman, a doctor at the clinic, told AFP.")
    found = _claims(text, mentions=(("Amal Osman", "PERSON", 2),))
    assert sorted((str(c.qualifier), c.quantity) for c in found) == [("None", 12), ("at least", 12)]


def test_headline_without_full_stop_still_merges_with_lead():
    text = ("Drone strike kills 12 at market\n\n"
            "A drone strike killed 12 people at a market in Omdurman on Monday, officials said.")
    assert _qs(_claims(text)) == [12]


def test_lead_paragraph_ending_with_a_full_stop_is_no_headline():
    text = ("Gunmen have killed at least 15 villagers in an overnight raid in Zamfara state.\n\n"
            "Residents said on Sunday that the raiders struck at midnight.\n\n"
            "\"We buried 15 dead this morning,\" said a resident.")
    found = _claims(text)
    assert sorted(str(c.qualifier) for c in found if c.quantity == 15) == ["None", "at least"]


def test_standfirst_figure_takes_the_body_qualifier():
    text = ("Close to 40 people hurt in the market blast as traders queued for fuel.\n\n"
            "Four people died and almost 40 others were injured when a fuel tank exploded.")
    found = [c for c in _claims(text) if c.quantity == 40]
    assert len(found) == 1 and found[0].qualifier == "almost"


def test_part_of_a_count_with_its_noun_left_out():
    found = _claims("Shelling has hit 90 clinics across the region since May, including 14 in the past week.")
    assert [(c.quantity, c.unit) for c in found] == [(90, found[0].unit), (14, found[0].unit)]


def test_sourced_lead_is_not_merged_with_an_unsourced_later_figure():
    text = ("GAO, Mali, May 3 (Reuters) - Jihadists have forced thousands of people from their homes "
            "in the region, the governor said on Friday.\n\n"
            "The camp outside the city now shelters thousands who fled the earlier fighting.")
    found = _claims(text, mentions=(("the governor", "PERSON", 1),))
    assert [c.quantity for c in found] == ["thousands", "thousands"]
