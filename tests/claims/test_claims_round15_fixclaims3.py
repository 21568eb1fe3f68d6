"""Round 15: owners of rejected claims, relative clauses before a say-verb, "a day after X
killed N" clauses, and casualty counts dated by the act the story dated before them."""
from __future__ import annotations


def by_qty(found):
    return {c.quantity: c for c in found}


def test_rejected_claim_is_its_owners(claims):
    text = ("Two soldiers were killed when gunmen attacked a checkpoint near Beni, the Congolese army said, "
            "rejecting a rebel claim that eleven soldiers had died.")
    found = by_qty(claims(text, mentions=[("Congolese army", "ORG", 1)], timexes=[]))
    assert found[2].claimant_name == "Congolese army"
    assert (found[11].claimant, found[11].claimant_name) == (None, "rebels")


def test_rejected_claim_by_a_named_group(claims):
    text = "The governor of North Kivu denied claims by the Allied Democratic Forces that 40 soldiers were captured."
    found = claims(text, mentions=[("Allied Democratic Forces", "ORG", 3), ("North Kivu", "GPE", 2)], timexes=[])
    assert [(c.quantity, c.claimant) for c in found] == [(40, 3)]


def test_unowned_denial_still_drops_the_count(claims):
    assert claims("The police denied reports that 40 civilians died in Gao.", timexes=[]) == []


def test_name_inside_a_relative_clause_is_not_the_speaker(claims):
    text = ("Kachin fighters in the north who are holding a Chinese engineer say they killed nine soldiers, "
            "a claim Myanmar's military has denied.")
    found = claims(text, mentions=[("Chinese", "NORP", 4), ("Myanmar", "GPE", 5)], timexes=[])
    assert [(c.quantity, c.claimant, c.claimant_name) for c in found] == [(9, None, "Kachin fighters")]


def test_named_body_before_the_relative_clause_speaks(claims):
    text = "The Arakan Army who are holding a Chinese engineer say they killed nine soldiers."
    found = claims(text, mentions=[("Arakan Army", "ORG", 1), ("Chinese", "NORP", 4)], timexes=[])
    assert [(c.quantity, c.claimant) for c in found] == [(9, 1)]


def test_a_day_after_clause_dates_its_own_act(claims):
    text = ("Army jets struck a market in Nyala on Thursday, the RSF said, two days after a drone strike "
            "on a convoy in El Obeid killed 14 people.")
    found = claims(text, timexes=[("Thursday", "2025-03-06", "day")], published="2025-03-07")
    assert [(c.quantity, c.period) for c in found] == [(14, "2025-03-04")]
    text = "Jets struck Nyala on Thursday, killing 14 people, a day after the talks collapsed."
    found = claims(text, timexes=[("Thursday", "2025-03-06", "day")], published="2025-03-07")
    assert [c.period for c in found] == ["2025-03-06"]


def test_count_takes_the_act_the_story_dated_before_it(claims):
    text = ("Rebels attacked army positions in Kaga-Bandoro at dawn on Sunday, before being pushed back.\n\n"
            "The army said nine rebels and one soldier were killed.\n\n"
            "The rebels gave a different account. They said they had killed six soldiers.")
    found = claims(text, timexes=[("Sunday", "2025-05-11", "day")], published="2025-05-13")
    assert [c.period for c in found] == ["2025-05-11"] * len(found)
    assert {c.quantity for c in found} == {9, 1, 6}
