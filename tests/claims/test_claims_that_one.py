"""'said that one soldier died': "that" before "one" is the conjunction when a counted noun or "of
its ..." follows, so the one person is a figure; "that one" alone stays the pronoun (invented
text: a Bolivian police statement)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _figures(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_that_then_one_counted_person():
    assert _figures("Police in Cochabamba said that one officer was killed in the ambush.") == [(1, "officers killed")]
    assert _figures("The mission reported that one of its peacekeepers was wounded by gunfire.") == [
        (1, "soldiers injured")]


def test_that_one_as_pronoun_or_time_stays_no_claim():
    assert _claims("Residents said they preferred that one, not the new road.") == []
    assert _claims("He said that one day the fighting would end.") == []
