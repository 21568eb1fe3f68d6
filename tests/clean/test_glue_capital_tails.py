"""A page with no other glue still gets two kinds of lost spaces back: a common word glued to a
two-letter function word that ends no English word ("barricadesof", "handedto"), and a capitalised
common word glued to a function word that ends no name ("Councilon", "Vegasand"). Names that end
like a function word stay whole, and so do listed words ("thereof", "Robinson")."""
from __future__ import annotations

import pytest

from corpus_checks import glue_split


@pytest.mark.parametrize("text, fixed", [
    ("Residents manned barricadesof their own in the suburbs.", "barricades of their own"),
    ("The ledger was handedto the auditors on Friday.", "handed to the auditors"),
    ("The request was made to the Security Councilon Monday by the envoy.", "Security Council on Monday"),
    ("Organisers met on Discordand agreed on a route for the march.", "Discord and agreed"),
    ("The convoy reached the Harbourwas closed by the port police.", "Harbour was closed"),
])
def test_common_word_and_function_tail_split_without_other_glue(text, fixed):
    assert fixed in glue_split(text)


@pytest.mark.parametrize("text", [
    "The council met in Caringin on Monday to discuss the floods.",     # a town: "in" ends names
    "Deputy Robinson spoke for the committee, and Harrison agreed.",
    "The clause thereof was struck out by the court.",
    "The patrol passed through Salaton before dawn.",                  # a rare left part
])
def test_names_and_listed_words_stay_whole(text):
    assert glue_split(text) == text
