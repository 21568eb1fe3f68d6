"""Punctuation sites: the mark-by-mark search finds exactly what one regex scan finds."""
import random

from sitrep.clean.glue import find_glue_edits
from sitrep.clean.punct import _AFTER, _after_matches


def test_mark_by_mark_matches_equal_the_single_scan():
    rng = random.Random(3)
    alphabet = "ab.,”’\"(Z) ;:!?1_$\n\u00a0‘“"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        assert [m.span() for m in _after_matches(text)] == [m.span() for m in _AFTER.finditer(text)], text


def test_a_quote_before_digits_gets_its_space_and_does_not_crash():
    # "‘" glued to a word, then digits: no letter run follows the mark
    edits = find_glue_edits(["Fighting returned in the‘90s, a Sahel veteran recalled."])
    assert [e.start for e in edits[0]] == [len("Fighting returned in the")]
