"""An acronym before a plural noun names the body whose people are counted ("20 suspected ADF
collaborators were arrested", "12 TTP operatives"), as "12 DI members" did; a proper noun before
a verb still ends the phrase ("60,000 Israelis remain displaced") (invented text: Uganda, Pakistan,
Sudan, Philippines settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-03-10") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _qu(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_acronym_before_an_unknown_plural_noun():
    assert _qu("Police said 20 suspected ADF collaborators had been arrested in Bundibugyo.") == \
        [(20, "collaborators detained")]


def test_acronym_before_a_known_head_unchanged():
    assert _qu("Police said 12 TTP militants were killed in the raid near Bannu.") == [(12, "fighters killed")]


def test_acronym_before_members_unchanged():
    assert _qu("Five BIFF members surrendered to the army in Maguindanao.") == [(5, "members detained")]


def test_acronym_before_a_verb_is_no_noun():
    # "says" is a say-verb, not a counted noun: the count is the one after it
    assert (12, "says") not in _qu("The RSF says 12 were killed in El Fasher.")
    assert all(u != "remains" for _, u in _qu("About 300 RSF remains unclear."))


def test_name_before_a_verb_still_ends_the_phrase():
    assert _qu("60,000 Israelis remain displaced from the north.") == [(60000, "israelis displaced")]
