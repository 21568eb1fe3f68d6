"""An office title glued to a given name the knowledge lists, however common the name is as a word
("MinisterScott", "PremierDaniel"), and a common word glued to a name wordfreq lists only as a rare
word ("lawyerThulani"), are split on a page with no other glue; a title before a common word that
is no name stays whole."""
from __future__ import annotations

import pytest

from corpus_checks import glue_split


@pytest.mark.parametrize("text, fixed", [
    ("The Varnholt Prime MinisterScott Pellow flew in on Friday.", "Minister Scott Pellow"),
    ("Coastal Provincial PremierDaniel Oruvu said the roads were shut.", "Premier Daniel Oruvu"),
    ("The National CommissionerWilliam Tessaly will give an update.", "Commissioner William Tessaly"),
    ("Rights lawyerThulani Vembe said the courts were closed.", "lawyer Thulani Vembe"),
])
def test_a_title_or_a_common_word_before_a_name_is_split(text, fixed):
    assert fixed in glue_split(text)


def test_a_title_before_a_common_word_that_is_no_name_stays_whole():
    text = "The Presidential Guard and PresidentElect tour were cancelled."
    assert glue_split(text) == text


@pytest.mark.parametrize("text, fixed", [
    ("Opposition leader MatthewWale has filed a motion.", "Matthew Wale"),
    ("Coach KevinDurant said the team would travel.", "Kevin Durant"),
])
def test_a_given_name_glued_to_a_surname_is_split(text, fixed):
    assert fixed in glue_split(text)


def test_a_short_given_name_before_a_capital_stays_whole():
    text = "The startup UriMetrics raised funds on Monday."
    assert glue_split(text) == text
