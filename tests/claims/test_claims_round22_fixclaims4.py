"""Round 22: demonyms displaced, homicides, quoted figures, "one of its soldiers", "plus", sources."""
from __future__ import annotations


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_demonym_internally_displaced(claims):
    found = claims("More than 90,000 Sahrawis are now internally displaced, the refugee agency said.")
    assert [(c.quantity, c.qualifier, c.unit) for c in found] == [(90000, "more than", "sahrawis displaced")]


def test_newly_displaced_people(claims):
    found = claims("Some 4,300 Rohingya were newly displaced by the shelling near Maungdaw.")
    assert qu(found) == [(4300, "rohingya displaced")]


def test_homicides_are_deaths(claims):
    found = claims("Prosecutors in Bamako had confirmed 37 homicides by Friday.")
    assert qu(found) == [(37, "people killed")]


def test_quoted_vague_figure_counts_the_noun_after_the_quote(claims):
    found = claims("The junta's spokesman has spoken of ‘several hundred’ dead in Djibo.")
    assert qu(found) == [("several hundred", "people killed")]


def test_quoted_figure_with_straight_quotes(claims):
    found = claims('A local official spoke of "dozens" of wounded fighters.')
    assert found == [] or all(c.quantity == "dozens" for c in found)
    found = claims('The governor said "thousands" fled the district overnight.')
    assert [c.quantity for c in found] == ["thousands"]


def test_one_of_its_soldiers_died(claims):
    found = claims("Chad said one of its soldiers had died and Niger said two of its soldiers were killed.")
    assert qu(found) == [(1, "soldiers killed"), (2, "soldiers killed")]


def test_one_of_their_commanders_speaking_is_no_count(claims):
    assert claims("One of their commanders said the town of Kidal had fallen.") == []


def test_one_of_the_candidates_stays_a_pronoun(claims):
    assert claims("One of the two candidates withdrew from the race in Bangui.") == []


def test_plus_after_a_head_does_not_swallow_it(claims):
    found = claims("The mission counts around 650 Rwandan police officers plus smaller units from Ghana.")
    assert [(c.quantity, c.qualifier, c.unit) for c in found] == [(650, "around", "police officers")]


def test_headline_merges_with_a_lede_of_another_source(claims):
    text = ("Fighting in North Darfur kills at least 60 people, Red Crescent says\n\n"
            "State governor Idris Musa told journalists at least 60 people had been killed since Monday.")
    found = claims(text, mentions=[("Red Crescent", "ORG", 0), ("Idris Musa", "PERSON", 1)],
                   timexes=[("since Monday", "2024-02-26", "day")])
    assert [c.quantity for c in found] == [60]


def test_two_named_sources_of_one_figure_are_two_claims(claims):
    text = ("The Red Crescent said 45 people were killed in the raid on Tawila on Sunday. "
            "Governor Idris Musa said 45 people were killed in the raid on Tawila on Sunday.")
    found = claims(text, mentions=[("Red Crescent", "ORG", 0), ("Idris Musa", "PERSON", 1)],
                   timexes=[("on Sunday", "2024-11-17", "day"), ("on Sunday", "2024-11-17", "day", None, 1)])
    assert [(c.quantity, c.claimant_name) for c in found] == [(45, "Red Crescent"), (45, "Idris Musa")]


def test_unsourced_lede_restated_by_a_source_is_one_claim(claims):
    text = ("KHARTOUM, March 3 (AFP) - Fighting in North Darfur has killed at least 60 people.\n\n"
            "State governor Idris Musa told journalists at least 60 people had been killed since Monday.")
    found = claims(text, mentions=[("Idris Musa", "PERSON", 1)],
                   timexes=[("March 3", "2024-03-03", "day"), ("since Monday", "2024-02-26", "day")])
    assert [c.quantity for c in found] == [60]


def test_one_source_restating_a_figure_is_one_claim(claims):
    text = ("The Red Crescent said 45 people were killed in the raid on Tawila on Sunday. "
            "Later the Red Crescent said 45 people were killed in the raid on Tawila on Sunday.")
    found = claims(text, mentions=[("Red Crescent", "ORG", 0), ("Red Crescent", "ORG", 0, 1)],
                   timexes=[("on Sunday", "2024-11-17", "day"), ("on Sunday", "2024-11-17", "day", None, 1)])
    assert [c.quantity for c in found] == [45]


def test_one_of_its_drones_is_no_count(claims):
    assert claims("One of its drones was shot down over the lake near Goz Beida.") == []
