"""Round 7: an adverb between a speaker and "says" keeps the speaker; "he said" after an inverted
attribution to a described person ("..., said one of the medics, who ...") or a described subject
("One of the nurses told ...") is that person. All invented (a Sudan and a Myanmar setting)."""
from __future__ import annotations


def test_an_adverb_between_speaker_and_verb_keeps_the_speaker(quotes_of):
    text = "Min Aung Hlaing now says that the rebels \"will be crushed before the monsoon\"."
    qs = quotes_of(text, {"Min Aung Hlaing": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker == 0 and qs[0].cue == "says"


def test_still_between_speaker_and_verb(quotes_of):
    text = "Hemedti still insists that his men \"never entered the camp\"."
    qs = quotes_of(text, {"Hemedti": "PERSON"})
    assert qs and qs[0].speaker == 0


def test_he_after_an_inverted_described_attribution_is_that_description(quotes_of):
    text = ("Abdel Karim Musa, the state governor, blamed the rebels. The shells landed at dawn, "
            "said one of the medics, who asked not to be named. \"We buried 12 people,\" he said.")
    qs = quotes_of(text, {"Abdel Karim Musa": "PERSON"})
    assert len(qs) == 1
    assert qs[0].speaker is None and qs[0].speaker_name == "one of the medics"


def test_she_after_a_described_subject_is_that_description(quotes_of):
    text = ("Governor Ko Min Thant visited the ward. One of the nurses told reporters that the "
            "clinic was full. \"We treated 40 wounded people,\" she said.")
    qs = quotes_of(text, {"Ko Min Thant": "PERSON"})
    assert len(qs) == 1
    assert qs[0].speaker is None and qs[0].speaker_name == "One of the nurses"


def test_an_inverted_verb_after_an_apposition_is_no_attribution(quotes_of):
    # "..., described the night": the verb's subject is before it, its object no speaker
    text = ("Halima Idris, a nurse at the Nyala clinic, described the night.\n\n"
            "\u201cThe shelling began at midnight,\u201d she said.")
    qs = quotes_of(text, {"Halima Idris": "PERSON"})
    assert qs and qs[0].speaker == 0
