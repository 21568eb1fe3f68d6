"""Quoted text that is no quote (names, terms, titles, scare quotes), and fragments that are."""
from __future__ import annotations

import pytest

NAMES = {"Lena Varga": "PERSON", "Ivan Petrov": "PERSON", "Kestrian Army": "ORG"}


@pytest.mark.parametrize("sentence", [
    "The so-called “Axis of Resistance” has grown stronger this year.",
    "Fighters of the group, known as “Sarem”, crossed the border.",
    "The militia, dubbed “the Night Wolves” by locals, withdrew.",
    "The alliance known as the “Coordination Framework” met on Sunday.",
    "She used the term “ethnic cleansing” twice.",
    "Her book “The Long Road Home to Kherson” sold well.",
    "The operation, codenamed “Iron Shield”, began at dawn.",
    "A new brigade called “Guardians of the Valley” appeared in Merrin.",
    "The “ceasefire” collapsed within hours.",
    "He was nicknamed “the Butcher” by the villagers.",
    "Thousands marched under the slogan “Bread and Peace” in Orlec.",
    "The campaign “Free Dremka” raised money abroad.",
])
def test_terms_names_and_titles_are_not_quotes(quotes_of, sentence):
    assert quotes_of(sentence, NAMES) == []


def test_short_fragment_attributed_by_the_sentence_is_a_quote(quotes_of):
    t = "Lena Varga asked for “immediate action” against the militias."
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["immediate action"]
    assert (qs[0].speaker, qs[0].cue) == (0, "asked")


def test_fragment_with_attribution_after_it(quotes_of):
    t = "The attacks were “cowardly and criminal”, Ivan Petrov said."
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["cowardly and criminal"]
    assert qs[0].speaker == 1


def test_long_fragment_without_attribution_is_still_a_quote(quotes_of):
    t = "The strike hit what residents called a “quiet neighbourhood with no fighters at all”."
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["quiet neighbourhood with no fighters at all"]


def test_name_in_marks_inside_an_attributed_sentence_is_still_a_term(quotes_of):
    t = "Ivan Petrov said the “Axis of Resistance” would not stop."
    assert quotes_of(t, NAMES) == []


def test_terms_next_to_real_quotes(quotes_of):
    t = ("The so-called “Iron Belt” remains contested. “We will retake it,” "
         "Ivan Petrov said.")
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["We will retake it,"]


def test_one_word_quote_with_punctuation_is_a_quote(quotes_of):
    qs = quotes_of("“Never,” Lena Varga said when asked about a retreat.", NAMES)
    assert [q.text for q in qs] == ["Never,"]


def test_every_fragment_of_an_attributed_sentence_gets_the_speaker(quotes_of):
    t = ("Lena Varga asked for “immediate action” against “attacks launched from the valley” and "
         "to ensure that Valdora “meets its duties” at once.")
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["immediate action", "attacks launched from the valley",
                                    "meets its duties"]
    assert [q.speaker for q in qs] == [0, 0, 0]


def test_passive_attribution_by(quotes_of):
    t = "The raid was described by the Kestrian Army as a “grave violation of sovereignty.”"
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["grave violation of sovereignty."]
    assert qs[0].speaker == 2 and qs[0].cue == "described by"


def test_coordinated_verbs_share_the_subject(quotes_of):
    t = ("Ivan Petrov said the army intercepted most drones but characterized the attacks as "
         "an “operational nuisance” for now.")
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["operational nuisance"]
    assert qs[0].speaker == 1


def test_infinitive_cue_after_a_group_noun(quotes_of):
    t = "The shelling led the Kestrian Army faction to declare that the town is “beyond all limits.”"
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["beyond all limits."]
    assert qs[0].speaker == 2


def test_unattributed_short_scare_quote_stays_a_term_beside_quotes(quotes_of):
    t = "The “truce” held for a day. “It was a lie,” Lena Varga said."
    qs = quotes_of(t, NAMES)
    assert [q.text for q in qs] == ["It was a lie,"]
