"""Session 17 (quotes2): a body's voice, and signed block quotes. Invented texts."""
from __future__ import annotations

import pytest

NAMES = {"Ardenian Defence Ministry": "ORG", "Northern Liberation Front": "ORG", "Marta Kovac": "PERSON",
         "Tomas Rieger": "PERSON", "Velmar": "GPE", "Radio Velmar": "MEDIA"}
ARMY, FRONT, KOVAC, RIEGER = 0, 1, 2, 3


@pytest.mark.parametrize("text, name", [
    ("A statement from the Ardenian Defence Ministry said: “Our units repelled two attacks overnight.”",
     "A statement from the Ardenian Defence Ministry"),
    ("A statement issued by the Ardenian Defence Ministry said: “Our units repelled two attacks overnight.”",
     "A statement issued by the Ardenian Defence Ministry"),
    ("“Our units repelled two attacks overnight,” a spokesperson for the Ardenian Defence Ministry said.",
     "a spokesperson for the Ardenian Defence Ministry"),
    ("“Our units repelled two attacks overnight,” said a spokeswoman for the Ardenian Defence Ministry.",
     "a spokeswoman for the Ardenian Defence Ministry"),
])
def test_a_body_speaking_through_a_statement_or_spokesperson_is_the_speaker(quotes_of, text, name):
    [q] = quotes_of(text, NAMES)
    assert (q.speaker, q.speaker_name) == (ARMY, name)


def test_the_body_voice_then_carries_to_it_said(quotes_of):
    t = ("“We hold the bridge,” a spokesman for the Northern Liberation Front told Radio Velmar. "
         "“We will not withdraw,” it said.")
    qs = quotes_of(t, NAMES)
    assert [q.speaker for q in qs] == [FRONT, FRONT]


@pytest.mark.parametrize("text", [
    "“We cannot sleep any more,” a resident of Velmar said.",           # a place's resident speaks for no one
    "“We cannot sleep any more,” a fighter of the Northern Liberation Front said.",   # a member is not its voice
    "“The talks failed,” a diplomat familiar with the Ardenian Defence Ministry said.",
])
def test_other_people_of_a_body_or_place_stay_descriptions(quotes_of, text):
    [q] = quotes_of(text, NAMES)
    assert q.speaker is None and q.speaker_name


@pytest.mark.parametrize("sig", ["— Marta Kovac, defence minister", "– Marta Kovac", "- Marta Kovac (Velmar)"])
def test_a_signature_line_after_a_block_quote_names_its_speaker(quotes_of, sig):
    t = f"The minister spoke at the funeral.\n\n“We will rebuild every village that was burned.”\n\n{sig}\n\nOther news."
    [q] = quotes_of(t, NAMES)
    assert q.speaker == KOVAC


@pytest.mark.parametrize("after", [
    "— 12 March 2024",                                   # a date line signs nothing
    "— Marta Kovac said the village would be rebuilt by spring, and Tomas Rieger agreed with her.",
    "Marta Kovac, the minister, spoke later.",          # no dash: not a signature
])
def test_no_signature_no_speaker(quotes_of, after):
    t = f"“We will rebuild every village that was burned.”\n\n{after}"
    [q] = quotes_of(t, NAMES)
    assert q.speaker is None


OFFICERS = {"Japhet Mwangi": "PERSON", "Ravi Menon": "PERSON", "Garissa": "GPE"}


@pytest.mark.parametrize("text, who", [
    ("Inspector General of Police Japhet Mwangi visited the camp. “We have deployed 300 officers,” the IGP said.",
     0),
    ("District Commissioner Japhet Mwangi toured Garissa. “The curfew stays,” the DC told reporters.", 0),
    # the same acronym read as another office in another country
    ("Deputy Commissioner Ravi Menon toured the town. “The curfew stays,” the DC told reporters.", 1),
    ("Ravi Menon, the senior superintendent of police, arrived. “Two militants were killed,” the SSP said.", 1),
])
def test_an_office_acronym_is_the_person_introduced_with_that_office(quotes_of, text, who):
    [q] = quotes_of(text, OFFICERS)
    assert q.speaker == who


def test_an_office_acronym_with_no_titled_person_stays_a_description(quotes_of):
    t = "Ravi Menon, a shopkeeper, watched. “The curfew stays in force,” the DC told reporters in Garissa."
    [q] = quotes_of(t, OFFICERS)
    assert (q.speaker, q.speaker_name) == (None, "the DC")


WITNESSES = {"Halima Yusuf": "PERSON", "Dmitri Orlov": "PERSON", "Beledweyne": "GPE"}


def test_a_witness_introduced_only_in_the_next_paragraph(quotes_of):
    t = ("“They came at night,” she said. “They took everything.”\n\n"
         "Halima Yusuf, 45, fled Beledweyne with her five children.")
    qs = quotes_of(t, WITNESSES)
    assert [q.speaker for q in qs] == [0, 0]


def test_a_pronoun_with_an_antecedent_keeps_it(quotes_of):
    t = ("Dmitri Orlov runs the clinic. “We have no power,” he said.\n\n"
         "Halima Yusuf, 45, fled Beledweyne with her five children.")
    [q] = quotes_of(t, WITNESSES)
    assert q.speaker == 1


@pytest.mark.parametrize("nxt", ["Beledweyne, a river town, has been cut off for weeks.",
                                 "The camp now holds 4,000 people, Halima Yusuf among them."])
def test_the_next_paragraph_must_open_with_a_person(quotes_of, nxt):
    t = f"“They came at night,” she said.\n\n{nxt}"
    [q] = quotes_of(t, WITNESSES)
    assert q.speaker is None
