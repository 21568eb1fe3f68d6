"""Round 19: blank thousands separators, ranges as two bounds, spatial "over", kin counts, parts of a toll."""
from __future__ import annotations


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_blank_thousands_separator(claims):
    found = claims("The ministry said 3 450 people were wounded and more than 120 000 had fled the district.")
    assert [(c.quantity, c.qualifier) for c in found] == [(3450, None), (120000, "more than")]


def test_no_break_space_thousands_separator(claims):
    found = claims("Aid groups said 7\u00a0200 people were displaced by the floods in Beledweyne.")
    assert qu(found) == [(7200, "people displaced")]


def test_blank_between_unrelated_numbers_is_no_separator(claims):
    found = claims("In the clashes 12 3-year-old goats died, and 45 soldiers were killed.")
    assert (45, "soldiers killed") in qu(found)
    assert all(c.quantity != 12003 for c in found)


def test_range_with_to_gives_both_bounds(claims):
    found = claims("Analysts estimate that 1,500 to 2,000 Wagner fighters remain in the Fezzan.")
    assert [c.quantity for c in found] == [1500, 2000]


def _joined(text: str) -> bool:
    from sitrep.claims.lexicon import lexicon
    from sitrep.claims.number_joins import join_range
    from sitrep.claims.numbers import read_number
    lex = lexicon()
    m = lex.number_re.search(text)
    return join_range(text, read_number(m, lex), 0, lex)


def test_from_to_is_no_range():
    assert _joined("Analysts count 1,500 to 2,000 fighters.")
    assert not _joined("The number of checkpoints rose from 40 to 65 in a month.")
    assert not _joined("The council voted 9 to 4 for the truce.")


def test_over_after_a_counted_noun_is_spatial(claims):
    found = claims("Air defences destroyed 58 drones over six provinces overnight, the army said.")
    assert (6, None) in [(c.quantity, c.qualifier) for c in found]


def test_over_before_a_count_stays_a_qualifier(claims):
    found = claims("Over 300 houses were burned in the raid on Kutum.")
    assert [(c.quantity, c.qualifier) for c in found] == [(300, "more than")]


def test_mother_of_children_is_no_count(claims):
    found = claims('"We left everything," said Mariam Diallo, a 29-year-old mother of three who fled Menaka.')
    assert found == []


def test_father_of_children_is_no_count(claims):
    assert claims("Karim, a father of seven displaced from Kherson, waited at the station.") == []


def test_above_is_a_qualifier(claims):
    found = claims("Officials said the toll from the fighting in El Fasher had risen above 2,150.")
    assert [(c.quantity, c.qualifier) for c in found] == [(2150, "more than")]


def test_inmates_are_counted(claims):
    found = claims("Hundreds of inmates escaped from the prison in Juba after the assault.")
    assert qu(found) == [("hundreds", "inmates")]


def test_parts_of_a_toll_with_them_and_ellipsis(claims):
    found = claims("Twelve peacekeepers were killed, nine of them serving with MINUSMA and three with the EU mission.")
    assert qu(found) == [(12, "soldiers killed"), (9, "soldiers killed"), (3, "soldiers killed")]


def test_part_of_the_dead(claims):
    found = claims("The ministry said 86 of the dead were children.")
    assert qu(found) == [(86, "people killed")]
