"""Round 8 actors: credit lines are not headlines, sound-alike places inside longer names, and
the name prefixes read from their knowledge file. Invented sentences."""
from __future__ import annotations

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.variants import NAME_PREFIXES, glue_prefixes
from sitrep.knowledge import load
from sitrep.nlp.sentences import split_sentences


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.kb_id) for m in find_mentions(text, split_sentences(text), KnowledgeBase.default())]


def test_editor_in_a_bracketed_credit_line_is_a_person_not_a_town():
    text = ("Gunmen burned the market in Gubio on Sunday, the police said.\n"
            "(Reporting by Hauwa Bello; Writing by Chidi Okafor; Editing by Alex Richardson)")
    got = found(text)
    assert ("Alex Richardson", "PERSON", None) in got
    assert ("Hauwa Bello", "PERSON", None) in got
    assert not any(t == "GPE" and n == "Richardson" for n, t, _ in got)


def test_a_headline_line_still_is_a_headline():
    text = "Militants Attack Convoy Near Gubio\nGunmen attacked a convoy near Gubio on Sunday."
    assert not any(t == "PERSON" for _, t, _ in found(text))


def test_sound_alike_place_at_the_head_of_a_spanish_name_is_not_that_place():
    got = found("The figures appeared in Diario del Valle on Thursday morning.")
    assert not any(k == "daraa" for _, _, k in got)


def test_sound_alike_place_after_in_still_is_the_place():
    got = found("Shelling resumed in Deraa on Thursday morning.")
    assert ("Deraa", "GPE", "daraa") in got


def test_name_prefixes_come_from_the_knowledge_file():
    listed = {e["prefix"] for e in load("name_prefixes.json")}
    assert listed == NAME_PREFIXES and "abu" in listed
    assert glue_prefixes("Abu Bakr Salihu") == "AbuBakr Salihu"
    assert glue_prefixes("Abd al-Karim Musa") == "AbdKarim Musa"
    assert glue_prefixes("Karim Musa") is None
