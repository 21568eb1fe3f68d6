"""A lower-case run wordfreq does not list, made of a common word and a function word of three or
more letters ("mobilizedand", "asbarricades"), is split even in a page with no other glue; words
wordfreq lists ("byelection", "asunder", "thereof") and rarer parts stay whole."""
from __future__ import annotations

import pytest

from corpus_checks import glue_split


@pytest.mark.parametrize("text, fixed", [
    ("He asked residents to remain mobilizedand vigilant after the attack.", "mobilized and vigilant"),
    ("Gang members used buses asbarricades on the main avenues.", "as barricades"),
    ("Troops withdrew fromthe border posts overnight.", "from the border"),
])
def test_function_word_edge_is_split_without_other_glue(text, fixed):
    assert fixed in glue_split(text)


@pytest.mark.parametrize("text", [
    "A byelection was held in the district last spring.",
    "The old alliance was torn asunder by the war.",
    "The clinics stacked gabionsand tarps by the door.",     # "gabions" is too rare a part
])
def test_listed_words_and_rare_parts_stay_whole(text):
    assert glue_split(text) == text
