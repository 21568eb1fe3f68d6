"""Phrase cues matched by their first or last word: longest phrase first, within the bounds."""
from sitrep.actors.cues import Phrases


def _keys(text):
    return text.split()


def test_match_before_prefers_the_longest_phrase_ending_there():
    p = Phrases.of(["north of", "on the outskirts of", "near", "outskirts of"])
    keys = _keys("shelling on the outskirts of halvik")
    assert p.match_before(keys, 5) == 4           # "on the outskirts of", not "outskirts of"
    assert p.match_before(_keys("fighting north of halvik"), 3) == 2
    assert p.match_before(_keys("fighting near halvik"), 2) == 1
    assert p.match_before(_keys("the outskirts of"), 3) == 2   # too few words for the longest
    assert p.match_before(_keys("fighting in halvik"), 2) == 0
    assert p.match_before(_keys("near"), 0) == 0


def test_match_at_respects_the_limit_and_the_end_of_the_text():
    p = Phrases.of(["prime minister", "deputy prime minister", "minister"])
    keys = _keys("deputy prime minister said")
    assert p.match_at(keys, 0) == 3
    assert p.match_at(keys, 1) == 2
    assert p.match_at(keys, 2) == 1
    assert p.match_at(keys, 0, 2) == 0            # "deputy prime" is no phrase
    assert p.match_at(_keys("deputy prime"), 0) == 0
    assert p.match_at(keys, 3) == 0 and p.match_at(keys, 9) == 0


def test_one_word_cue_inside_a_longer_phrase_is_not_a_cue_alone():
    p = Phrases.of(["according to"])
    assert p.match_at(_keys("according to him"), 0) == 2
    assert p.match_at(_keys("according him"), 0) == 0
    assert p.match_before(_keys("to him"), 1) == 0
