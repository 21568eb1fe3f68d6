"""Round 6: ages, households, population sizes and vague hundreds are no casualty counts; a later
month-dated background count dates no toll; a place after a preposition, an attack's claimer and
an outlet relaying a source are no claimants; "of them" shares the state of the count before."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact, Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str | None = "2025-06-09", mentions=()) -> list[ClaimFact]:
    ms = []
    for name, kind in mentions:
        s = text.index(name)
        ms.append(Mention(s, s + len(name), name, kind, f"name:{name.lower()}", "test", len(ms)))
    ms.sort(key=lambda m: m.start)
    return find_claims(text, split_sentences(text), ms, find_timexes(text, published), published)


def _by_q(found: list[ClaimFact]) -> dict:
    return {c.quantity: c for c in found}


def test_age_after_a_name_is_no_count():
    found = _claims('"They burned the granary," said Halima, 37, who fled to Kadugli after the raid.',
                    mentions=[("Kadugli", "GPE")])
    assert 37 not in _by_q(found)
    found = _claims("Tomas Berg, 52, a farmer, said 12 houses were burned.")
    assert 52 not in _by_q(found) and 12 in _by_q(found)


def test_count_in_a_household_is_no_claim():
    found = _claims("She walked to the camp with her three remaining children and his two brothers.")
    assert found == []
    # a state makes it one
    assert _by_q(_claims("A shell hit the house; her two children were killed."))[2].unit.endswith("killed")


def test_later_background_count_dated_to_a_month_dates_no_toll():
    text = ("Gunmen raided the market town after the weekend fighting.\n\n"
            "The death toll among traders has risen to at least 45, according to two medical sources.\n\n"
            "In February 2024, a similar raid killed 120 villagers.")
    q = _by_q(_claims(text, published=None))
    assert q[45].period is None
    assert q[120].period == "2024-02"


def test_place_after_a_preposition_is_not_the_claimant():
    text = "Residents of a village near Dilling say militiamen executed dozens of civilians."
    c = _by_q(_claims(text, mentions=[("Dilling", "GPE")]))["dozens"]
    assert c.claimant_name != "Dilling"
    text = "Sudan says 14 soldiers were killed."
    assert _by_q(_claims(text, mentions=[("Sudan", "GPE")]))[14].claimant_name == "Sudan"


def test_attack_claimed_by_a_group_after_a_comma_is_no_claim_source():
    text = ("The attack, claimed by the Kivu Liberation Front, left 30 soldiers dead.")
    c = _by_q(_claims(text, mentions=[("Kivu Liberation Front", "ORG")]))[30]
    assert c.claimant_name != "Kivu Liberation Front"


def test_several_hundred_is_vague_not_one_hundred():
    q = _by_q(_claims("Several hundred fighters on motorbikes overran the outpost; a few thousand people fled."))
    assert 100 not in q and 1000 not in q
    assert "several hundred" in {str(k).lower() for k in q}


def test_relayed_figure_is_claimed_by_the_original_source():
    text = "Rebels killed at least 40 soldiers, according to military sources quoted by AFP."
    c = _by_q(_claims(text, mentions=[("AFP", "MEDIA")]))[40]
    assert c.claimant is None and c.claimant_name == "military sources"
    text = "Rebels killed at least 40 soldiers, according to Reuters."
    assert _by_q(_claims(text, mentions=[("Reuters", "MEDIA")]))[40].claimant_name == "Reuters"


def test_of_them_shares_the_state_of_the_count_before():
    q = _by_q(_claims("An earlier raid on the town left 14 dead, of them three civilians."))
    assert q[3].unit == "civilians killed"
    q = _by_q(_claims("The shelling killed 9 people, among them two children."))
    assert q[2].unit == "children killed"


def test_population_of_a_place_is_a_count_of_people_apart_from_the_displaced():
    # annotators record a town's population as a claim of its own (people), never as displaced
    q = _by_q(_claims("Kauda, a town of some 120,000 people, now hosts roughly 30,000 displaced people."))
    assert q[120000].unit == "people"
    assert q[30000].unit.endswith("displaced")
    assert _by_q(_claims("The district, home to 40,000 people, was shelled."))[40000].unit == "people"
