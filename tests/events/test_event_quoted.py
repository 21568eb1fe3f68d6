"""Statements as events: direct quotations coded as their speaker's threats, rejections, demands and
accusations (invented Sudan, Sahel, Caucasus and Myanmar settings)."""
from __future__ import annotations

from event_helpers import mentions_from

from sitrep.events import find_events
from sitrep.model import Mention, QuoteFact, TimeExpr
from sitrep.nlp.sentences import split_sentences

ACTORS = {"RSF": "ORG", "Sudanese army": "ORG", "Khartoum": "GPE", "Mohamed Osman": "PERSON",
          "Azerbaijan": "GPE", "Armenia": "GPE", "Leyla Aliyeva": "PERSON", "Arakan Army": "ORG",
          "Myanmar junta": "ORG", "Kyaw Min": "PERSON", "Mali": "GPE", "Ecowas": "ORG", "Malian": "NORP",
          "Radio Dabanga": "MEDIA", "Port Sudan": "GPE"}


def mentions_for(text: str) -> list[Mention]:
    return mentions_from(text, ACTORS)


def quote(text: str, words: str, speaker: str | None) -> QuoteFact:
    a = text.index(words)
    ms = {m.text: m for m in mentions_for(text)}
    sp = ms.get(speaker) if speaker else None
    return QuoteFact(a, a + len(words), words, speaker=sp.local if sp else None, speaker_name=speaker,
                     speaker_start=sp.start if sp else None, speaker_end=sp.end if sp else None)


def code(text: str, quotes: list[QuoteFact], timexes: list[TimeExpr] = ()) -> list[tuple]:
    ms = mentions_for(text)
    name = {m.local: m.text for m in ms}
    facts = find_events(text, split_sentences(text), ms, list(timexes), "2024-05-02", quotes=quotes)
    return [(f.action, name.get(f.actor), name.get(f.target)) for f in facts]


def test_a_quoted_threat_is_the_speakers_threat_against_whom_it_names():
    text = "“We will respond with force and the RSF will pay a heavy price,” Mohamed Osman told Radio Dabanga."
    assert ("THREATEN", "Mohamed Osman", "RSF") in code(text, [quote(text, "We will respond with force and the RSF will pay a heavy price,", "Mohamed Osman")])


def test_a_quoted_dismissal_targets_who_the_attribution_names():
    text = "Azerbaijan's foreign ministry answered Armenia on Friday, calling the report “baseless and a provocation.”"
    q = quote(text, "baseless and a provocation.", "Azerbaijan")
    assert ("REJECT", "Azerbaijan", "Armenia") in code(text, [q])


def test_hypothetical_pretexts_and_blame_are_no_acts():
    text = "“Any shelling could serve as a pretext for a wider war,” Leyla Aliyeva said."
    assert code(text, [quote(text, "Any shelling could serve as a pretext for a wider war,", "Leyla Aliyeva")]) == []


def test_an_obligation_put_on_another_is_a_demand_on_it():
    text = "“The Myanmar junta must open the roads to aid convoys now,” Kyaw Min said."
    assert ("REQUEST", "Kyaw Min", "Myanmar junta") in code(text, [quote(text, "The Myanmar junta must open the roads to aid convoys now,", "Kyaw Min")])
    # an obligation the speaker takes on himself, or an empty subject, asks nothing of anyone
    text = "“We must protect our villages, and it should be noted that the focus must be on aid,” Kyaw Min said."
    assert code(text, [quote(text, "We must protect our villages, and it should be noted that the focus must be on aid,", "Kyaw Min")]) == []


def test_accusations_in_quotes():
    text = "“The RSF is responsible for the massacre in the camp,” Mohamed Osman said."
    assert ("ACCUSE", "Mohamed Osman", "RSF") in code(text, [quote(text, "The RSF is responsible for the massacre in the camp,", "Mohamed Osman")])


def test_a_quote_without_a_speaker_codes_nothing_and_no_quotes_change_nothing():
    text = "“We will strike back at the Arakan Army,” a local commander said."
    assert code(text, [quote(text, "We will strike back at the Arakan Army,", None)]) == []
    plain = "Mali rejected the Ecowas proposal."
    assert code(plain, []) == code(plain, None) == [("REJECT", "Mali", "Ecowas")]


def test_a_sentence_that_already_codes_the_act_gets_no_second_fact():
    text = "Mali rejected the Ecowas proposal, calling it “baseless.”"
    assert code(text, [quote(text, "baseless.", "Mali")]).count(("REJECT", "Mali", "Ecowas")) == 1


def test_the_statement_is_dated_by_its_attribution():
    text = "“The Sudanese army will not hesitate to hit back,” Mohamed Osman said on Tuesday."
    a = text.index("Tuesday")
    t = TimeExpr(a, a + 7, "Tuesday", "2024-04-30", "day", basis="weekday")
    ms = mentions_for(text)
    facts = find_events(text, split_sentences(text), ms, [t], "2024-05-02",
                        quotes=[quote(text, "The Sudanese army will not hesitate to hit back,", "Mohamed Osman")])
    assert [(f.action, f.date) for f in facts] == [("THREATEN", "2024-04-30")]


def test_a_demonym_object_of_a_previous_verb_is_not_the_next_verbs_actor():
    text = "Ecowas condemned the raid, one that killed two Malian soldiers and wounded 12 near Port Sudan."
    assert all(actor != "Malian" for _, actor, _ in code(text, []))
