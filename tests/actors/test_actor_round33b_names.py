"""Session 19 second entity pass: names given by the text itself (initials, brackets, quoted code
names, listed places) and shapes that are no person (invented Sahel, Caucasus and Gulf texts)."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.kb_sources import same_spelling
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences

ENTRIES = [
    {"id": "marena", "name": "Marena", "type": "GPE", "aliases": [], "capital": "tolbak",
     "government": "government-of-marena"},
    {"id": "marenan", "name": "Marenan", "type": "NORP", "aliases": ["Marenans"], "demonym_of": "marena"},
    {"id": "marena-state-guard", "name": "Marena State Guard", "type": "ORG",
     "aliases": ["State Security Directorate", "Tamsa"], "country": "marena",
     "ambiguous": ["State Security Directorate", "Tamsa"]},
    {"id": "tamsa-people", "name": "Tamsa", "type": "NORP", "aliases": ["Tamsas"], "ambiguous": ["Tamsa"]},
    {"id": "korvel-missile", "name": "Korvel", "type": "WEAPON", "aliases": ["Korvel missile"],
     "country": "marena", "ambiguous": ["Korvel"]},
    {"id": "kurds", "name": "Kurdish", "type": "NORP", "aliases": ["Kurds"]},
    {"id": "arabs", "name": "Arab", "type": "NORP", "aliases": ["Arabs"]},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(ENTRIES, places=False, outlets=False)


def _run(text: str, kb: KnowledgeBase):
    return find_mentions(text, split_sentences(text), kb)


def _by_text(ms, surface):
    return [m for m in ms if m.text == surface]


def test_known_by_initials_links_the_short_form(kb):
    text = ("The Northern Valley Defence Units, known by their Tamasheq initials NVDU, said two "
            "fighters died. The NVDU later denied the report.")
    ms = _run(text, kb)
    full = _by_text(ms, "Northern Valley Defence Units")
    short = _by_text(ms, "NVDU")
    assert full and len(short) == 2
    assert {m.local for m in short} == {full[0].local}


def test_known_under_the_acronym_and_known_by_many_as(kb):
    ms = _run("The Coastal Salvation Front, known under the acronym CSF, attacked. "
              "The man, known by many as a fighter, left.", kb)
    assert _by_text(ms, "CSF")[0].local == _by_text(ms, "Coastal Salvation Front")[0].local
    assert not _by_text(ms, "a fighter")


def test_bracketed_name_of_the_same_body_takes_its_entry(kb):
    text = ("Marenan troops moved in with the State Security Directorate (Tamsa) on Monday, "
            "officials in Marena said.")
    ms = _run(text, kb)
    tamsa = _by_text(ms, "Tamsa")
    ssd = _by_text(ms, "State Security Directorate")
    assert ssd and ssd[0].kb_id == "marena-state-guard"
    assert tamsa and tamsa[0].kb_id == "marena-state-guard" and tamsa[0].type == "ORG"
    assert tamsa[0].local == ssd[0].local


def test_bracket_naming_no_listed_alias_is_left_alone(kb):
    ms = _run("Officials in Marena said the State Security Directorate (Tolbak office) acted.", kb)
    assert all(m.kb_id != "marena-state-guard" or m.text == "State Security Directorate" for m in ms)


def test_listed_places_under_one_plural_head(kb):
    ms = _run("Jets struck the Kavra, Dostal and Mirin-Pazar regions of the north on Tuesday.", kb)
    got = {m.text: m.type for m in ms}
    assert got.get("Kavra") == "LOC" and got.get("Dostal") == "LOC" and got.get("Mirin-Pazar") == "LOC"


def test_places_listed_after_the_plural_head(kb):
    ms = _run("Soldiers raided the villages of Tessit, Ber-Amak and Gossi east of the river.", kb)
    got = {m.text: m.type for m in ms}
    assert got.get("Tessit") == "GPE" and got.get("Ber-Amak") == "GPE" and got.get("Gossi") == "GPE"


def test_lists_of_peoples_or_everyday_words_name_no_places(kb):
    ms = _run("Gunmen burned the Kurdish and Arab villages, then the North and South districts.", kb)
    assert {m.type for m in ms if m.text in ("Kurdish", "Arab")} == {"NORP"}
    assert not _by_text(ms, "North") and not _by_text(ms, "South")


def test_quoted_operation_name_is_an_event(kb):
    text = ('Marenan forces began an offensive in the valley that the army named "Granite Gate". '
            "Granite Gate entered its third day on Friday.")
    ms = _run(text, kb)
    ev = _by_text(ms, "Granite Gate")
    assert len(ev) == 2 and {m.type for m in ev} == {"EVENT"}
    assert len({m.local for m in ev}) == 1


def test_quoted_name_before_the_operation_noun(kb):
    ms = _run("Marena launches 'Silent Harbour' assault on port city", kb)
    assert [m.type for m in _by_text(ms, "Silent Harbour")] == ["EVENT"]


def test_quoted_nickname_without_an_operation_is_no_event(kb):
    ms = _run('Residents called the commander "The Butcher" and fled to Marena.', kb)
    assert not any(m.type == "EVENT" for m in ms)


def test_weapon_named_after_a_town_met_as_the_town(kb):
    text = ("Marena fired rockets overnight. A farmer was killed in Korvel, and the town of "
            "Korvel lost power. Marena also tested a Korvel missile.")
    ms = _run(text, kb)
    assert {m.type for m in _by_text(ms, "Korvel")} == {"GPE"}
    assert [m.type for m in _by_text(ms, "Korvel missile")] == ["WEAPON"]


def test_article_before_a_demonym_is_no_person(kb):
    ms = _run("According to an Marenan official who asked not to be named, talks failed.", kb)
    assert not any(m.type == "PERSON" for m in ms)
    assert [m.type for m in _by_text(ms, "Marenan")] == ["NORP"]


def test_plural_acronym_of_members_is_no_person(kb):
    ms = _run("Tolbak's Arab MPs have criticised the deployment for months.", kb)
    assert not any(m.type == "PERSON" for m in ms)
    assert [m.type for m in _by_text(ms, "Arab")] == ["NORP"]


def test_lowercase_mountain_head_stays_in_the_name(kb):
    ms = _run("Rebels withdrew into the Zagorin mountains after the raid on Tolbak.", kb)
    assert [m.type for m in _by_text(ms, "Zagorin mountains")] == ["LOC"]


@pytest.mark.parametrize("alt,name,same", [("Zakho", "Zaxo", True), ("Qamishli", "Qameshli", True),
                                           ("Zakhu", "Zaxo", True), ("Dohuk", "Zaxo", False),
                                           ("Batman", "Bitlis", False)])
def test_same_spelling_compares_romanisations(alt, name, same):
    assert same_spelling(alt, name) is same


def test_gazetteer_takes_respellings_of_a_mid_sized_town(geo_kb):
    text = "The wounded were taken to Zakho, and later to the hospital of Zaxo."
    ms = find_mentions(text, split_sentences(text), geo_kb)
    ids = {m.kb_id for m in ms if m.text in ("Zakho", "Zaxo")}
    assert len(ids) == 1 and None not in ids
