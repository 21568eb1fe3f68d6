"""Round 27: a second count stated elliptically ("... killed at the depot and two at the
checkpoint") counts what the first one counts, and two equal counts in one sentence stay two;
a plural noun phrase of three or more unknown words is counted when a state follows it."""
from __future__ import annotations


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_elliptical_second_count_after_a_place(claims):
    found = claims("Two soldiers were killed at the checkpoint near Menaka and two at the depot in Gao, the army said.")
    assert qu(found) == [(2, "soldiers killed"), (2, "soldiers killed")]


def test_elliptical_count_with_another(claims):
    found = claims("Five villagers died in the shelling of the market in Kherson, and another four in Beryslav.")
    assert [c.quantity for c in found] == [5, 4]
    assert found[0].unit == found[1].unit


def test_elliptical_count_after_a_day(claims):
    found = claims("Eleven miners were wounded on Friday and 6 on Saturday in South Kivu.")
    assert [c.quantity for c in found] == [11, 6]
    assert found[1].unit == found[0].unit


def test_a_bare_number_without_a_place_is_no_count(claims):
    # "and 4" with no place or time phrase after it is no ellipsis
    found = claims("Nine guards were wounded in Tillaberi and 4 were seen, the ministry said.")
    assert [c.quantity for c in found] == [9]


def test_restatement_in_another_sentence_is_one_claim(claims):
    found = claims("Three medics were killed in Rafah. The three medics were killed in Rafah, the ministry said.")
    assert [c.quantity for c in found] == [3]


def test_long_unknown_plural_with_a_state(claims):
    found = claims("At least seven regional land registry clerks have been killed in Ituri this year.")
    assert [(c.quantity, c.qualifier, c.unit) for c in found] == [(7, "at least", "clerks killed")]
    found = claims("Four former ceasefire monitoring clerks were abducted near Beni on Sunday.")
    assert [c.quantity for c in found] == [4]


def test_long_unknown_plural_without_a_state_is_no_claim(claims):
    found = claims("The council heard seven regional land registry clerks on Tuesday.")
    assert found == []


def test_part_of_a_toll_with_an_unknown_noun(claims):
    found = claims("The bombing of the monastery killed 11 people, including three novice nuns, residents said.")
    assert qu(found)[:1] == [(11, "people killed")]
    assert (3, "nuns killed") in qu(found)


def test_unknown_noun_after_including_without_a_toll_is_no_claim(claims):
    found = claims("The convoy carried 20 people, including three novice nuns.")
    assert [c.quantity for c in found] == [20]


def test_ports_are_counted_facilities(claims):
    found = claims("Warplanes struck a fuel depot and two ports on the coast near Mocha on Monday.")
    assert [c.quantity for c in found] == [2]
