"""Round 9 (qc9): "the death of N" and "the injuries of N" are casualty states; a toll's part
("raised the toll to 22, including 19 civilians") shares the toll's state; "the 40 wounded" are
people, not the noun of an earlier count; a country's institution ("Sudan's Health Ministry")
is the claimant, not the country; "raised the death toll" attributes; a statement's date does not
move an undated casualty count off the story's incident. Invented texts (Sudan, Sahel, Yemen)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact, Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str | None = "2025-05-09", mentions: list[Mention] | None = None) -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), mentions or [], find_timexes(text, published), published)


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_death_of_and_injuries_of_are_states():
    found = _claims("The shelling caused the death of six civilians and the injuries of eight persons.")
    assert qu(found) == [(6, "civilians killed"), (8, "people injured")]


def test_regrets_the_death_of_persons_including_civilians():
    found = _claims("The Ministry regrets the death of 14 persons, including five civilians, in the fighting.")
    assert qu(found) == [(14, "people killed"), (5, "civilians killed")]


def test_the_wounded_with_an_article_are_people_not_the_earlier_noun():
    found = _claims("Five civilians were killed in the raid. The governor wished a speedy recovery to the 40 "
                    "wounded.")
    assert (40, "people injured") in qu(found)
    # without the article the count still continues the earlier noun
    found = _claims("Five civilians were killed and 12 wounded in the raid.")
    assert qu(found) == [(5, "civilians killed"), (12, "civilians injured")]


def test_toll_part_after_including_shares_the_toll_state():
    found = _claims("The health ministry raised the death toll to 22, including 19 civilians.")
    assert qu(found) == [(22, "deaths"), (19, "civilians killed")]
    # a plain "and" after a toll starts another count
    found = _claims("The death toll rose to 22 and 300 civilians sheltered in the school.")
    assert (300, "civilians killed") not in qu(found)


def test_raised_the_death_toll_names_its_claimant():
    found = _claims("The health ministry raised the death toll to 22.")
    assert found[0].claimant_name == "health ministry"


def test_country_possessive_institution_is_the_claimant():
    text = "The death toll has risen to 17, Sudan's Health Ministry said on Friday."
    sudan = Mention(text.index("Sudan"), text.index("Sudan") + 5, "Sudan", "GPE", "name:sudan", "test", 3)
    found = _claims(text, mentions=[sudan])
    assert found[0].quantity == 17
    assert found[0].claimant is None and found[0].claimant_name == "Sudan's Health Ministry"


def test_country_possessive_with_a_single_lowercase_word_keeps_the_country():
    text = "At least 17 people were killed, Chad's government said on Friday."
    chad = Mention(text.index("Chad"), text.index("Chad") + 4, "Chad", "GPE", "name:chad", "test", 2)
    found = _claims(text, mentions=[chad])
    assert found[0].claimant == 2


def test_statement_date_between_does_not_undate_the_incident_count():
    text = ("GAO, May 9, 2025 - Gunmen attacked a market near Gao on Thursday, killing at least 12 people, "
            "officials said.\n\nThe toll has risen to 17, the regional governor said on Friday.\n\n"
            "Nine civilians and two soldiers had been killed, a local official said.")
    found = {(c.quantity, c.unit): c.period for c in _claims(text)}
    assert found[(9, "civilians killed")] == "2025-05-08"
    assert found[(2, "soldiers killed")] == "2025-05-08"


def test_an_act_dated_between_still_moves_the_story_on():
    text = ("GAO, May 9, 2025 - Gunmen attacked a market near Gao on Thursday, killing at least 12 people.\n\n"
            "In March, a convoy was ambushed near Menaka.\n\n"
            "Nine civilians had been killed, a local official said.")
    found = {(c.quantity, c.unit): c.period for c in _claims(text)}
    assert found[(9, "civilians killed")] != "2025-05-08"
