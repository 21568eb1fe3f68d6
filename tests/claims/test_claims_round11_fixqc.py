"""Round 11 (fixqc): toll updates ("the number of X killed in ... has risen to N", "raised that
figure to N"), a qualified count after a capitalised word, members of a group counted as
people, ages after names with particles. Invented texts (Ukraine, Sahel, Chad, Syria)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def qu(text: str):
    return [(c.quantity, c.unit) for c in
            find_claims(text, split_sentences(text), [], find_timexes(text, "2025-09-10"), "2025-09-10")]


def test_number_of_with_a_long_subject_and_a_trend_verb():
    text = ("The number of civilians killed in a Russian drone strike near the village of Bilozerka in "
            "southern Ukraine has risen to five after a woman died in hospital, officials said.")
    assert (5, "civilians killed") in qu(text)
    text = ("The number of villagers abducted by gunmen on the Gao-Ansongo road on Saturday night has "
            "risen to 15, the governor said.")
    assert [q[0] for q in qu(text)] == [15] and qu(text)[0][1].endswith("kidnapped")


def test_raised_that_figure_takes_the_earlier_unit():
    text = ('The ministry said its troops "eliminated" 14 militants in Monday\'s raids, and on Wednesday '
            'raised that figure to 19.')
    assert qu(text) == [(14, "fighters killed"), (19, "fighters killed")]
    # without an earlier figure in the sentence nothing is guessed
    assert qu("The ministry on Wednesday raised that figure to 19.") == []


def test_a_qualified_count_after_a_capitalised_word_is_a_count():
    assert qu("A district official told the Brief at least 27 people died.") == [(27, "people killed")]
    assert qu("The station Kanal 24 reported the attack.") == []


def test_members_of_a_group_are_people():
    assert qu("The army said it had neutralised 30 members of the Boko Haram group near Lake Chad.") == \
        [(30, "fighters killed")]
    assert qu("The ministry said it had neutralised 21 members of the outlawed Kurdistan Workers' Party "
              "(PKK).") == [(21, "members killed")]
    assert qu("Gunmen killed 125 members of the security forces.") == [(125, "security forces killed")]


def test_ages_after_names_with_particles_are_no_tolls():
    found = qu("Four civilians were killed. The dead included Ahmad al-Karimi, 16, and Yusuf el-Haidari, 61.")
    assert found == [(4, "civilians killed")]
