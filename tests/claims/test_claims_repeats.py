"""Acts counted by how often they happened ("attacked more than 40 times"), names joined by a
slash before a counted noun ("PKK/YPG targets"), unit words of forces ("two mobile squads") and
monitors' counts of events ("170 violent events") (invented text in several outlets' styles)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-03-10") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _qqu(text: str) -> list[tuple]:
    return [(c.quantity, c.qualifier, c.unit) for c in _claims(text)]


def test_times_after_a_verb_of_attack_counts_attacks():
    assert _qqu("Army posts in the east have been attacked more than 30 times since January.") == \
        [(30, "more than", "attacks")]
    assert _qqu("Jets have struck the port three times this month, residents said.") == \
        [(3, None, "strikes")]


def test_times_without_a_verb_of_attack_is_no_count():
    assert _qqu("Fuel now costs four times what it did before the siege.") == []
    assert _qqu("The man was hit three times in the chest and survived.") == []


def test_times_after_a_clause_break_is_no_count():
    assert _qqu("The convoy was ambushed, and officials met five times to discuss it.") == []


def test_slash_joined_names_before_a_counted_noun():
    assert _qqu("Warplanes destroyed 14 ISIS/ISIL hideouts in the desert.") == [(14, None, "facilities destroyed")]


def test_force_unit_words_are_troops():
    found = _qqu("The government flew three police squads and two army platoons into the valley.")
    assert [(q, u.split()[-1]) for q, _, u in found] == [(3, "troops"), (2, "troops")]


def test_monitors_count_violent_events():
    assert _qqu("The monitor recorded more than 90 violent events in the province last year.")[:1] == \
        [(90, "more than", "incidents")]
