"""Round 8 (qc8): a briefing's "REPORTER:" turns are questions, and a role label is spoken by the
person the introduction names with that role after a rank; a proper name in apposition that no
mention covers is a better speaker name than the description before it. Invented texts."""
from __future__ import annotations


_BRIEFING = (
    "Press briefing by the army spokesperson, Colonel Adama Keita\n"
    "Tuesday, 3 June 2025\n\n"
    "REPORTER: How many people died in the raid on the base?\n\n"
    "SPOKESPERSON: We are not able to confirm figures at this stage. Our teams are still there.\n\n"
    "REPORTER: Were civilians targeted?\n\n"
    "SPOKESPERSON: There is no evidence of that so far.\n"
)


def test_reporter_turns_are_questions_and_the_spokesperson_answers(quotes_of):
    qs = quotes_of(_BRIEFING, {"Adama Keita": "PERSON"})
    assert [q.text.split()[0] for q in qs] == ["We", "There"]
    assert all(q.speaker_name == "Adama Keita" and q.speaker == 0 for q in qs)


def test_journalist_label_without_a_named_spokesperson_keeps_the_label(quotes_of):
    text = _BRIEFING.replace(", Colonel Adama Keita", "").replace("REPORTER", "JOURNALIST")
    qs = quotes_of(text)
    assert len(qs) == 2 and all(q.speaker is None and q.speaker_name == "Spokesperson" for q in qs)


def test_unrecognised_name_in_apposition_names_the_speaker(quotes_of):
    text = ('The navy\'s press office, Coastal Command Public Affairs, said the patrol boats had '
            '"returned fire in self-defence".')
    (q,) = quotes_of(text)
    assert q.speaker_name == "Coastal Command Public Affairs" and q.speaker is None


def test_article_before_an_unrecognised_name_is_dropped(quotes_of):
    text = 'The army\'s media office, the Northern Theatre Command, said troops had "secured the pass".'
    (q,) = quotes_of(text)
    assert q.speaker_name == "Northern Theatre Command"


def test_known_group_in_apposition_is_still_linked(quotes_of):
    text = 'The rebels\' political wing, the Delta Liberation Front, said its fighters had "withdrawn in order".'
    (q,) = quotes_of(text, {"Delta Liberation Front": "ORG"})
    assert q.speaker == 0


def test_lower_case_apposition_is_no_name(quotes_of):
    text = 'The regional governor, a former general, said the town was "calm again".'
    (q,) = quotes_of(text)
    assert q.speaker is None and q.speaker_name == "The regional governor"
