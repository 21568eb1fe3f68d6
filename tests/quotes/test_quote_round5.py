"""Speakers after multi-part abbreviated ranks, titled appositions, and quotes opened mid-paragraph
that run on into the next paragraph. All invented (a Sahel and a Caucasus setting)."""
from __future__ import annotations

import pytest

from sitrep.analysis import analyze_text, knowledge_base


@pytest.mark.parametrize("rank", ["Lt.", "Lt. Col.", "Lt. Gen.", "Brig. Gen.", "Sgt. Maj."])
def test_a_speaker_after_an_abbreviated_rank_is_the_named_person(quotes_of, rank):
    text = f"“The convoy was ambushed twice,” said {rank} Oumar Traboulsi, a spokesman for the army."
    qs = quotes_of(text, {"Oumar Traboulsi": "PERSON"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Oumar Traboulsi"
    assert qs[0].speaker == 0


def test_a_quote_opened_mid_paragraph_runs_into_the_next_quoted_paragraph(quotes_of):
    text = ("Colonel Davit Arshba said the call-up was going well. “We have enrolled 300 reservists,” "
            "Arshba told reporters on Friday. “The enrolment will go on next week, and the week after.\n\n"
            "“Every village in the valley has been asked to send volunteers. Nobody is forced.”\n\n"
            "The opposition rejected the plan.")
    qs = quotes_of(text, {"Davit Arshba": "PERSON"})
    texts = [q.text for q in qs]
    assert "The enrolment will go on next week, and the week after." in texts
    assert any(t.startswith("Every village in the valley") for t in texts)
    assert all(q.speaker == 0 for q in qs), [(q.text, q.speaker_name) for q in qs]
    assert all(q.cue == "told reporters" for q in qs[1:]), [q.cue for q in qs]


def test_an_unclosed_quote_without_a_reopening_paragraph_is_still_dropped(quotes_of):
    text = ("Arshba told reporters on Friday. “The enrolment will go on next week.\n\n"
            "The opposition rejected the plan.")
    assert quotes_of(text, {"Davit Arshba": "PERSON"}) == []


def test_a_title_phrase_then_a_name_in_commas_is_the_speaking_person():
    text = ("The Inspector General of the gendarmerie, Salif Ouedrago, declares: "
            "“The gendarmes will not leave the town.”\n")
    a = analyze_text("d", text, "2025-02-01", None, knowledge_base())
    people = [m.text for m in a.mentions if m.type == "PERSON"]
    assert people == ["Salif Ouedrago"]
    assert a.quotes[0].speaker_name == "Salif Ouedrago"
