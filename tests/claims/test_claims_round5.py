"""Round 5: tolls completed by a named kind of people, displacement frames, sub-counts, the
sides of a conflict, editors' lines, claimants behind descriptions, and statement-day periods.
Invented sentences (Sahel, Caucasus, Sudan, Myanmar settings)."""
from __future__ import annotations

from sitrep.analysis import analyze_text, knowledge_base


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_toll_risen_to_a_named_kind_of_people_is_killed(claims):
    found = claims("The toll from the raid on the border post has risen to 31 gendarmes, "
                   "according to two security sources.")
    assert qu(found) == [(31, "soldiers killed")]


def test_the_dead_were_n_gunmen(claims):
    found = claims("The gendarmerie maintains that the dead were 9 assailants.")
    assert qu(found) == [(9, "fighters killed")]


def test_put_the_number_of_civilians_killed_at_three(claims):
    found = claims("The army, however, put the number of civilians killed in Ayod at three.",
                   mentions=[("Ayod", "GPE", 0)])
    assert qu(found) == [(3, "civilians killed")]
    assert found[0].claimant_name == "army"


def test_number_of_without_a_state_is_no_toll(claims):
    found = claims("Officials put the number of villages at 40.")
    assert (40, "civilians killed") not in qu(found)


def test_along_with_shares_the_state_down_the_list(claims):
    found = claims("The monitor said 310 civilians were killed, along with 95 members of the "
                   "security forces and 120 fighters.")
    assert qu(found) == [(310, "civilians killed"), (95, "security forces killed"), (120, "fighters killed")]


def test_forced_people_from_their_homes_is_displaced(claims):
    found = claims("Shelling around the airport forced some 3,000 people from their homes.")
    assert qu(found) == [(3000, "people displaced")]
    found = claims("The drought forced 3,000 people to buy water.")
    assert qu(found) == [(3000, "people")]


def test_officers_shelters_families_keep_their_own_units(claims):
    assert qu(claims("Militants attacked a checkpoint in Kandi, killing five officers.")) == \
        [(5, "officers killed")]
    assert qu(claims("The floods destroyed 14 shelters in the camp.")) == [(14, "shelters destroyed")]
    assert qu(claims("Some 700 families arrived in the camp.")) == [(700, "families")]


def test_the_two_sides_of_a_conflict_are_no_count(claims):
    assert claims("The war between the two factions began in 2023.") == []
    assert qu(claims("Two militias are behind the attacks.")) == [(2, "armed groups")]


def test_sub_count_after_a_dateline_keeps_the_head_count(claims):
    found = claims("KANDI: Eight civilians, including three children, were martyred when "
                   "missiles struck villages near Kandi.")
    assert qu(found) == [(8, "civilians killed"), (3, "children killed")]


def test_editors_line_gives_no_claim(claims):
    text = ("Eds: UPDATES with death toll rising to 15.\n"
            "NYALA, Sudan (AP) — Fifteen people were killed in shelling on Sunday.")
    assert qu(claims(text)) == [(15, "people killed")]
    assert [c.start for c in claims(text)][0] > text.index("\n")


def test_is_saying_and_parenthesis_and_however(claims):
    text = "The Sahel Observatory is saying more than 60 people were killed."
    (c,) = claims(text, mentions=[("Sahel Observatory", "ORG", 0)])
    assert c.claimant == 0
    (c,) = claims("The army (FAMa) says 12 attackers died.")
    assert c.claimant_name == "army"
    (c,) = claims("The army (FAMa) says 12 attackers died.", mentions=[("FAMa", "ORG", 5)])
    assert c.claimant == 5


def test_description_stands_for_the_named_monitor(claims):
    text = ("The Sahel Observatory for Human Rights said 30 people died in the town. "
            "The Paris-based monitor said at least 28 gunmen were also killed.")
    found = claims(text, mentions=[("Sahel Observatory for Human Rights", "ORG", 4)])
    assert [(c.quantity, c.claimant) for c in found] == [(30, 4), (28, 4)]


def test_two_monitors_leave_the_description_unresolved(claims):
    text = ("The Sahel Observatory said 30 people died and Delta Watch said 40. "
            "The monitor said at least 28 gunmen were also killed.")
    found = claims(text, mentions=[("Sahel Observatory", "ORG", 1), ("Delta Watch", "ORG", 2)])
    assert found[-1].claimant is None and found[-1].claimant_name == "monitor"


def test_apposition_after_according_to(claims):
    text = ("The fighting left 14 dead, according to the regional secretary of public security, "
            "Ana Ferreira Souto.")
    (c,) = claims(text, mentions=[("Ana Ferreira Souto", "PERSON", 3)])
    assert (c.claimant, c.claimant_name) == (3, "Ana Ferreira Souto")
    (c,) = claims(text)
    assert (c.claimant, c.claimant_name) == (None, "Ana Ferreira Souto")


def test_officials_of_a_people_are_not_the_people(claims):
    (c,) = claims("The strike killed eight civilians, according to Malian officials.",
                  mentions=[("Malian", "NORP", 2)])
    assert (c.claimant, c.claimant_name) == (None, "Malian officials")
    (c,) = claims("The strike killed eight civilians, according to Malian state television.",
                  mentions=[("Malian", "NORP", 2)])
    assert c.claimant == 2


def _periods(text: str, published: str) -> dict:
    a = analyze_text("t", text, published, None, knowledge_base())
    return {c.quantity: c.period for c in a.claims}


def test_statement_day_is_not_the_raid_day():
    text = ("On Monday night, rebels attacked an army base in Kandi. The base was overrun.\n\n"
            "The defence ministry said in a statement on Wednesday that seven soldiers were killed. "
            "A local official told reporters that 19 soldiers were killed.")
    assert _periods(text, "2025-03-06") == {7: "2025-03-03", 19: "2025-03-03"}


def test_background_incident_date_is_not_carried_forward():
    text = ("Fighting escalated on Tuesday, 14 October, after drone strikes near Kandi. The strikes "
            "followed a rebel attack on a police camp near Kandi on 10 October that killed four officers.\n\n"
            "Within hours, heavy shelling was reported along the border. The district governor told "
            "aid agencies that six civilians were killed in Kandi district.")
    periods = _periods(text, "2025-10-15")
    assert periods[4] == "2025-10-10"
    assert periods[6] is None
