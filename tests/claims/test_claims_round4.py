"""Round-4 forms: ranges with "between", states shared into "including", wounded-as-adjective,
coordinated units, crowds, addressees of "told", restated bodies, and the incident date of a toll."""
from __future__ import annotations


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_between_digits_gives_both_bounds(claims):
    found = claims('A commander said the militia fields "between 3,000 and 3,500 fighters" in the Kivu highlands.')
    assert qu(found) == [(3000, "fighters"), (3500, "fighters")]


def test_between_words_gives_both_bounds(claims):
    found = claims("Between two and four drones were shot down over Odesa.")
    assert qu(found) == [(2, "drones intercepted"), (4, "drones intercepted")]


def test_between_with_multiplier_is_no_range(claims):
    found = claims("Between 2 and 3 million people fled the fighting in Darfur.")
    assert qu(found) == [(3000000, "people displaced")]


def test_including_takes_the_state_of_the_whole(claims):
    found = claims("Gunmen opened fire on the bus near Kaya, wounding 31 passengers, including nine women.")
    assert qu(found) == [(31, "civilians injured"), (9, "women injured")]


def test_state_after_first_count_stays_out_of_a_new_clause(claims):
    found = claims("Militants killed 4 soldiers at the post, and 30 police were deployed to the area.")
    assert qu(found) == [(4, "soldiers killed"), (30, "police officers")]


def test_verb_before_governs_the_next_count(claims):
    found = claims("The drone strike killed 5 soldiers and 3 civilians in Kherson.")
    assert qu(found) == [(5, "soldiers killed"), (3, "civilians killed")]


def test_wounded_as_adjective_then_died(claims):
    found = claims("Medics in Goma said four injured civilians died overnight.")
    assert qu(found) == [(4, "civilians killed")]


def test_wounded_as_adjective_alone(claims):
    found = claims("A helicopter carried 12 wounded soldiers to the base hospital.")
    assert qu(found) == [(12, "soldiers injured")]


def test_coordinated_person_nouns_are_one_unit(claims):
    found = claims("The governor said the state had lost more than 600 police and soldiers to bandit attacks.")
    assert qu(found) == [(600, "police officers and soldiers")]
    assert found[0].qualifier == "more than"


def test_crowd_is_no_claim(claims):
    text = ("The shell landed when thousands of people had gathered at the stadium. "
            "Some 2,000 people attended the funeral. Hundreds of people were killed in the siege.")
    assert qu(claims(text)) == [("hundreds", "people killed")]


def test_addressee_of_told_is_no_claimant(claims):
    text = ("An air strike on a wedding in Dioura killed at least 19 civilians on Friday, "
            "two health workers and a resident told AFP.")
    (c,) = claims(text, mentions=[("Dioura", "GPE", 1), ("AFP", "MEDIA", 2)])
    assert (c.claimant, c.claimant_name) == (None, "health workers")


def test_inverted_said_still_names_the_source(claims):
    text = "Gunmen killed 7 herders near Kidal, said the Malian army."
    (c,) = claims(text, mentions=[("Kidal", "GPE", 1), ("Malian army", "ORG", 2)])
    assert (c.claimant, c.claimant_name) == (2, "Malian army")


def test_bodies_restating_the_toll_are_no_second_claim(claims):
    text = ('Shelling on the camp killed at least 17 civilians on Tuesday, medics said. '
            '"We recovered 17 bodies from the rubble," one medic said. Rescuers later found 4 bodies in a ditch.')
    found = claims(text, timexes=[("on Tuesday", "2024-11-19", "day")])
    assert qu(found) == [(17, "civilians killed"), (4, "bodies")]


def test_toll_of_a_dated_attack_takes_the_attack_date(claims):
    text = "The death toll from Tuesday's ambush near Djibo rose to 22 overnight, officials said on Wednesday."
    (c,) = claims(text, timexes=[("Tuesday", "2024-11-19", "day"), ("overnight", "2024-11-20", "day"),
                                 ("on Wednesday", "2024-11-20", "day")])
    assert (c.quantity, c.unit, c.period) == (22, "deaths", "2024-11-19")


def test_toll_without_date_takes_the_act_dated_before(claims):
    text = ("Here is what we know about Friday's shelling of Kramatorsk:\n\n"
            "1. The toll has risen to 14 dead. Doctors said dozens were still in hospital.\n\n"
            "2. On Saturday, drones killed two firefighters in Sloviansk.")
    found = claims(text, timexes=[("Friday", "2024-11-15", "day"), ("On Saturday", "2024-11-16", "day")])
    toll = next(c for c in found if c.quantity == 14)
    assert toll.period == "2024-11-15"
    assert next(c for c in found if c.quantity == 2).period == "2024-11-16"
