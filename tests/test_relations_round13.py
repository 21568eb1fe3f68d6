"""Round 13 relations: a national office in a document that never names its country but names
one capital as its dateline ("KABUL -") or more than once ("talks in Juba") belongs to that capital's state.

Invented sentences; mentions come from the default finder and the shipped knowledge base.
"""
from __future__ import annotations

from corpus_checks import relations_of




def rels(text: str) -> set[tuple]:
    return relations_of(text)


def test_a_dateline_capital_places_an_unplaced_ministry():
    got = rels("KABUL (Mountain Wire) - Interior Minister Faridun Sadiqi said on Sunday that "
               "gunmen had stormed a police post in the north.")
    assert ("Faridun Sadiqi", "holds_office", "KABUL") in got


def test_a_capital_in_the_text_places_an_unplaced_ministry():
    got = rels("Information Minister Garang Deng told reporters the talks in Juba would resume "
               "after the rainy season. Delegates have left Juba for their home areas.")
    assert ("Garang Deng", "holds_office", "Juba") in got


def test_a_named_country_keeps_the_capital_out():
    got = rels("KABUL - Defence Minister Faridun Sadiqi said Pakistan had shelled two border "
               "villages, and that Pakistan would answer for it.")
    assert not any(o == "KABUL" for _, p, o in got if p == "holds_office")


def test_a_capital_named_once_in_passing_places_nothing():
    got = rels("Speaking in Tbilisi, Energy Minister Levan Kobakhidze said the pipeline would "
               "reopen.")
    assert not any(o == "Tbilisi" for _, p, o in got if p == "holds_office")


def test_two_capitals_leave_the_office_unplaced():
    got = rels("Foreign Minister Faridun Sadiqi flew from Kabul to Juba for the summit on "
               "Tuesday.")
    assert not any(o in ("Kabul", "Juba") for _, p, o in got if p == "holds_office")


def test_a_city_that_is_no_capital_places_nothing():
    got = rels("BAMENDA - Health Minister Ernest Tabe said the clinic in Bamenda had reopened.")
    assert not any(p == "holds_office" and o == "Bamenda" for _, p, o in got)
