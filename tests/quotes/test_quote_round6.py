"""Round 6: a titled name in apposition speaks, "it" after a described speaker stays that
description, a dateline is no subject, and "told" before a premodified outlet is the cue alone.
All invented (a Yemen, a Sahel and an Andean setting)."""
from __future__ import annotations


def test_a_title_and_name_in_apposition_after_an_office_is_the_speaker(quotes_of):
    text = ("The leader of the Ansar Movement, the Sheikh Abdulmalik Hamdi, affirmed in a speech on "
            "Friday that \"the aggression will be answered\".")
    qs = quotes_of(text, {"Ansar Movement": "ORG", "Abdulmalik Hamdi": "PERSON"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Abdulmalik Hamdi" and qs[0].speaker == 1


def test_it_after_a_described_speaker_is_not_a_place_named_before(quotes_of):
    text = ("Mopti - A drone struck a market in the district of Mopti on Sunday. "
            "The statement of the governorate said that \"the attack killed civilians\", and it "
            "called the partners to \"assume their duty\".")
    qs = quotes_of(text, {"Mopti": "GPE"})
    called = [q for q in qs if q.text == "assume their duty"]
    assert called and called[0].speaker is None
    assert called[0].speaker_name != "Mopti"


def test_a_dateline_is_not_the_subject_for_it(quotes_of):
    text = ("Gao - Gunmen attacked a convoy near the town on Monday. "
            "It said it would \"not tolerate more attacks\".")
    qs = quotes_of(text, {"Gao": "GPE"})
    assert all(q.speaker_name != "Gao" for q in qs)


def test_told_before_a_premodified_outlet_is_the_verb_alone(quotes_of):
    text = ("\"The mines are everywhere,\" Perdomo told the Cali daily La Voz del Valle. "
            "\"We cannot farm,\" Perdomo told Reuters on Tuesday.")
    qs = quotes_of(text, {"Hugo Perdomo": "PERSON"})
    assert [q.cue for q in qs] == ["told", "told Reuters"]
    assert all(q.speaker_name == "Hugo Perdomo" for q in qs)
