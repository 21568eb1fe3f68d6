"""Round 33 (claims): figures written twice ("five (5) soldiers"), dot thousands in a range,
"at X to Y" ranges, "over" as a verb's particle, capitalised number words after an abbreviation
or an opening quote, "one of the <people>" in a casualty state, acronyms before a counted noun,
a year before a singular event noun, "tens", bounds written after the noun ("nine civilians at
least"), "a commander and his driver", article counts after "but" or ";" and before a named place,
and a changed "number of <fighters>" (invented text: Sudan, Sahel, Mozambique, Myanmar, Caucasus,
Yemen settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _qs(found: list[ClaimFact]) -> list:
    return [c.quantity for c in found]


# --- a figure written in words and in digits ---------------------------------------------------

def test_words_then_digits_is_one_figure():
    found = _claims("Five (5) militiamen were wounded and two (2) of the raiders died near Kadugli.")
    assert _qs(found) == [5, 2]
    assert found[0].unit.endswith("injured") and found[1].unit.endswith("killed")


def test_spelled_hundreds_with_digits_and_a_qualifier():
    found = _claims("Around four hundred (400) households evacuated from the river villages.")
    assert _qs(found) == [400] and found[0].qualifier == "around"


def test_digits_then_words_is_one_figure():
    found = _claims("Police seized 14 (fourteen) rifles at the checkpoint.")
    assert _qs(found) == [14]


def test_a_bracket_with_another_value_is_no_echo():
    found = _claims("Two (3) soldiers were killed, the army said.")
    assert all("(" not in c.text for c in found)


# --- ranges -------------------------------------------------------------------------------------

def test_dot_thousands_range_bounds_are_counts_not_decimals():
    found = _claims("The report put the insurgents at between 2.500 and 4.000 fighter in the province.")
    assert _qs(found) == [2500, 4000]


def test_at_before_x_to_y_is_a_range():
    found = _claims("A UN panel estimated its strength at 800 to 1,200 fighters across Cabo Delgado.")
    assert _qs(found) == [800, 1200]


def test_from_x_to_y_is_still_a_change():
    found = _claims("Officials said the toll rose from 12 to 19 civilians overnight.")
    assert _qs(found)[-1] == 19 and all(c.text != "12" or c.end <= c.start + 2 for c in found)


# --- qualifiers ---------------------------------------------------------------------------------

def test_over_after_handing_is_a_particle_not_a_bound():
    found = _claims("The surrendering unit was handing over 15 assault rifles to the brigade.")
    assert _qs(found) == [15] and found[0].qualifier is None


def test_over_before_a_count_is_still_more_than():
    found = _claims("Over 15 assault rifles were seized in the raid.")
    assert _qs(found) == [15] and found[0].qualifier == "more than"


def test_bound_after_the_noun_is_read():
    found = _claims("The raid caused the deaths of eleven civilians at least and the injury of twenty others.")
    assert found[0].quantity == 11 and found[0].qualifier == "at least"


def test_bound_before_a_later_figure_stays_with_it():
    found = _claims("Nine villagers were killed and at least 35 wounded in the shelling.")
    assert [(c.quantity, c.qualifier) for c in found] == [(9, None), (35, "at least")]


# --- number words that open a clause ------------------------------------------------------------

def test_number_word_after_an_abbreviation_opens_a_clause():
    found = _claims("The clash ended at 6:10 a.m. Four gunmen were neutralised and two rifles recovered.")
    assert 4 in _qs(found)
    assert next(c for c in found if c.quantity == 4).unit.endswith("killed")


def test_number_word_after_an_opening_quote_counts():
    found = _claims('The governor told reporters: "Two guards were martyred at the gate."')
    assert _qs(found) == [2] and found[0].unit.endswith("killed")


def test_capitalised_number_word_inside_a_name_stays_out():
    found = _claims("Leaders of the Group of Seven condemned the shelling of the city.")
    assert found == []


# --- one of, acronyms, years --------------------------------------------------------------------

def test_one_of_the_people_in_a_casualty_state_counts():
    found = _claims("Soldiers returned fire and one of the gunmen was wounded, the army said.")
    assert _qs(found) == [1] and found[0].unit.endswith("injured")


def test_one_of_the_without_a_state_is_no_count():
    assert _claims("One of the delegates left the talks in Baku early.") == []


def test_acronym_before_members_is_part_of_the_noun():
    found = _claims("Three days earlier, 21 RSF members surrendered to the army in El Obeid.")
    assert _qs(found) == [21] and found[0].unit.startswith("members")


def test_year_before_a_singular_event_noun_is_a_date():
    assert _claims("The town never recovered from the militia's 2019 offensive on its market.") == []


def test_year_like_count_before_a_plural_stays_a_count():
    found = _claims("Engineers cleared 2019 mines from the fields last year.")
    assert _qs(found) == [2019]


def test_tens_is_a_vague_count():
    found = _claims("The army keeps tens of military points along the border.")
    assert _qs(found) == ["tens"]


# --- one person, and one more -------------------------------------------------------------------

def test_a_commander_and_his_bodyguard_are_two():
    found = _claims("A drone strike near Marib killed a Houthi colonel and his bodyguard on Sunday.")
    assert _qs(found) == [2] and found[0].unit.endswith("killed")


def test_a_commander_and_his_men_is_one_named_victim():
    found = _claims("A drone strike near Marib killed a Houthi colonel and his men on Sunday.")
    assert _qs(found) == [1]


def test_article_count_after_but_and_before_a_named_place():
    text = ("Most of the rockets were intercepted, but a farmer in the Nuba Mountains was killed by "
            "shrapnel; a herder near Dilling was also killed.")
    assert _qs(_claims(text)) == [1, 1]


def test_article_without_a_casualty_verb_is_no_count():
    assert _claims("The convoy was stopped, but a journalist in Kadugli filmed the scene.") == []


# --- the number of <people> ---------------------------------------------------------------------

def test_changed_number_of_fighters_is_their_size():
    found = _claims("Officers say the number of active fighters in the district has fallen to fewer than 200.")
    assert _qs(found) == [200] and found[0].unit == "fighters" and found[0].qualifier == "fewer than"


def test_number_of_schools_is_no_count_of_people():
    assert _claims("The number of open schools in the district has fallen to 40.") == []


# --- local units and arrest nouns ---------------------------------------------------------------

def test_village_level_units_are_places():
    found = _claims("Fighting displaced residents of four kebeles near Bahir Dar.")
    assert _qs(found) == [4] and found[0].unit == "villages"


def test_the_arrest_of_counts_detained_people():
    found = _claims("Police in Lashio announced the arrest of nine Mandalay residents on Monday.")
    assert _qs(found) == [9] and found[0].unit.endswith("detained")


def test_number_of_named_fighters_is_their_size():
    found = _claims("Officers say the number of active Ansar Dine fighters near Timbuktu has dropped to about 300.")
    assert _qs(found) == [300] and found[0].unit == "fighters"


def test_one_place_in_no_state_is_no_count():
    assert _claims("Gunmen fired on the truck near one village in the district.") == []


# --- parts of a toll after its place ------------------------------------------------------------

def test_bound_after_the_noun_keeps_the_state():
    found = _claims("Eleven people at least were killed in the clashes in Aden.")
    assert found[0].quantity == 11 and found[0].qualifier == "at least" and found[0].unit == "people killed"


def test_part_after_a_place_phrase_shares_the_toll_state():
    found = _claims("Twelve people were killed in the market attack, including four children.")
    assert [(c.quantity, c.unit) for c in found] == [(12, "people killed"), (4, "children killed")]


def test_part_of_unknown_noun_after_a_place_phrase():
    found = _claims("Nine people were killed in the raid on Kismayo, among them three members of the clan militias.")
    assert [c.quantity for c in found][:2] == [9, 3] and found[1].unit.endswith("killed")


def test_a_later_clause_after_a_place_is_no_part():
    found = _claims("Five soldiers were killed in the ambush and 20 troops arrived later.")
    assert found[1].quantity == 20 and not found[1].unit.endswith("killed")
