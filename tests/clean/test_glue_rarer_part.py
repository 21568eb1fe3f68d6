"""A lower-case run wordfreq does not list, made of a rarer word of five letters or more and a very
common one ("armsoutstretched", "hoodedmen", "sandbagsand"), is split even in a page with no other
glue; a part rarer still, or a pair less likely, stays whole."""
from __future__ import annotations

import pytest

from corpus_checks import glue_split


@pytest.mark.parametrize("text, fixed", [
    ("She stood with her armsoutstretched before the riot police.", "arms outstretched"),
    ("Witnesses said the hoodedmen drove off without plates.", "hooded men"),
    ("Rebels have deposedhead chiefs in three districts.", "deposed head"),
    ("The clinics stacked sandbagsand tarps by the door.", "sandbags and"),
])
def test_a_rarer_word_beside_a_very_common_one_is_split(text, fixed):
    assert fixed in glue_split(text)


@pytest.mark.parametrize("text", [
    "The clinics stacked gabionsand tarps by the door.",          # "gabions": too rare a part
    "Their pretrialdetention review was postponed again.",        # two rarer words: an unlikely pair
])
def test_a_part_too_rare_or_a_pair_too_unlikely_stays_whole(text):
    assert glue_split(text) == text
