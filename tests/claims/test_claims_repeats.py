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


def test_definite_count_with_its_own_noun_is_no_series():
    # "the four neighbouring states" counts states, not the civilians named before it
    assert _qqu("Both groups routinely target troops and civilians in the four neighbouring states.") == []
    assert [q for q, _, _ in _qqu("Drone attacks rose from six in August to 31 in September.")] == [6, 31]


def test_identified_as_apposition_before_the_state():
    assert _qqu("One policeman, identified as Musa Bello, sustained bullet injuries in the raid.") == \
        [(1, None, "police officers injured")]


def test_count_before_an_active_verb_is_the_agent():
    # the gunmen did the killing: they are counted in no state; the officer is the one killed
    assert _qqu("About 20 armed men killed a village chief near Beni on Friday.") == [(20, "about", "men")]
    assert _qqu("Three militants killed two soldiers near the base.") == \
        [(3, None, "fighters"), (2, None, "soldiers killed")]


def test_bare_past_form_without_object_stays_a_state():
    assert _qqu("Five soldiers killed, three wounded in ambush near Djibo.") == \
        [(5, None, "soldiers killed"), (3, None, "soldiers injured")]
    assert _qqu("Twelve people killed in the attack, officials said.") == [(12, None, "people killed")]
