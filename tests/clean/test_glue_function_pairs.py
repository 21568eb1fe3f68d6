"""Three words run together, two of them function words that web text glues as a pair
("fromthe"), on a page with no other glue; real words built of the same letters stay whole.
Invented text."""
import pytest

from sitrep.clean.glue_weak_splits import function_pair_split
from sitrep.clean.lexicon import Lexicon

from corpus_checks import glue_split

_CLEAN = ("The governor of the province said on Monday that the convoy had reached the valley after two "
          "days on the mountain road. Residents said the market reopened and schools would follow. ")


@pytest.mark.parametrize("glued, fixed", [
    ("inthevillage", "in the village"),
    ("ofthebridge", "of the bridge"),
    ("fromtheclinic", "from the clinic"),
])
def test_function_pair_and_word_are_split(glued: str, fixed: str) -> None:
    assert fixed in glue_split(_CLEAN + f"Soldiers fired {glued} before dawn, witnesses said.")


@pytest.mark.parametrize("word", ["another", "inasmuch", "forthwith", "themselves", "nevertheless",
                                  "notwithstanding", "whereabouts", "thereafter"])
def test_real_words_stay_whole(word: str) -> None:
    assert function_pair_split(word, Lexicon.default().zipf_of) == []
    text = _CLEAN + f"Witnesses said {word} the convoy moved on."
    assert glue_split(text) == text


@pytest.mark.parametrize("glued", ["anincomplete", "theattack", "isnothing", "ofitself"])
def test_second_and_third_parts_making_a_word_are_one(glued: str) -> None:
    # "an|incomplete", not "an|in|complete": left to the two-way rules
    assert function_pair_split(glued, Lexicon.default().zipf_of) == []


def test_a_token_seen_twice_is_a_word_the_text_uses() -> None:
    text = _CLEAN + "The ontheroad app was shown. Users of ontheroad said it failed."
    assert "ontheroad" in glue_split(text)
