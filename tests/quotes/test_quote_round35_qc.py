"""Round 35 (quotes): a name in apposition after a describing speaker that the mention finder
missed or misread as a place; "according to him, who added"; a clause after an inverted "said"
is no speaker, and a participle in a subject's description is not its verb; "ruled out" quoting a
refusal (invented text: South Kordofan, Ituri, Kachin, Tigray settings)."""
from __future__ import annotations

from sitrep.analysis import analyze_text, knowledge_base

_KB = knowledge_base()


def _quotes(text: str):
    return analyze_text("t", text, "2025-06-04", None, _KB).quotes


def test_name_in_apposition_after_description_beats_the_description(quotes_of):
    text = ("The movement denied any role. “We did not order the attack on the convoy,” said the "
            "movement’s spokesperson, Kuku Tia Lual.")
    qs = quotes_of(text, {"Tia": "GPE"})     # a place word inside the name
    assert len(qs) == 1 and qs[0].speaker_name == "Kuku Tia Lual"


def test_place_in_apposition_is_no_name(quotes_of):
    text = "“The road is closed,” said a police officer in Kadugli, South Kordofan."
    qs = quotes_of(text, {"Kadugli": "GPE", "South Kordofan": "GPE"})
    assert len(qs) == 1 and qs[0].speaker_name != "South Kordofan"


def test_according_to_him_who_added():
    text = ("Army spokesman Colonel Jules Ngongo said the attack on the post was repelled. Three "
            "soldiers died, according to him, who added that eight attackers were “neutralised” in Djugu.")
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0].speaker_name == "Jules Ngongo"


def test_according_to_a_source_who_added():
    text = "Two soldiers died, according to a hospital source, who added that the wards were “overflowing”."
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0].speaker_name == "a hospital source"


def test_clause_after_inverted_said_is_no_speaker_and_participle_is_not_the_verb():
    text = ("The Red Cross, which runs the Myitkyina clinic, said its teams had received 31 wounded people "
            "on Tuesday. “Most have shrapnel wounds,” a Red Cross nurse said.\n\n"
            "Reached by phone, a man presenting himself as an officer of the Kachin militia, who gave his "
            "name as Captain Zau Seng Awng, denied shelling the camp. “We only fired at army trucks,” he said.")
    qs = _quotes(text)
    last = [q for q in qs if q.text.startswith("We only fired")]
    assert last and last[0].speaker_name == "Zau Seng Awng"


def test_ruled_out_quotes_a_refusal():
    text = ("Regional president Amanuel Tesfaye arrived in Mekelle on Monday. Speaking to state radio, "
            "Tesfaye said 12 suspects had been held. He ruled out any talks with the group "
            "“as long as it holds hostages”.")
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0].speaker_name == "Amanuel Tesfaye" and qs[0].cue == "ruled out"


def test_described_subject_without_a_name_leaves_he_to_the_named_speaker(quotes_of):
    text = ("Militia leader Abu Karim Saadi said the group would keep fighting. “We will not stop.”\n\n"
            "The 60-year-old commander, who led the group for a decade, warned that its fighters could "
            "strike anywhere.\n\n“We will hit them wherever we decide,” he said.")
    qs = quotes_of(text, {"Abu Karim Saadi": "PERSON"})
    last = [q for q in qs if q.text.startswith("We will hit")]
    assert last and last[0].speaker_name == "Abu Karim Saadi"
