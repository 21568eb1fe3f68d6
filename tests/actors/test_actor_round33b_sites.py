"""Session 19 second entity pass: sites named after a town, and an acronym defining the body
after "of" in a longer name (invented Caucasus and Sahel texts)."""
from __future__ import annotations

from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _run(text, kb):
    return find_mentions(text, split_sentences(text), kb)


def test_town_with_a_lowercase_site_head_is_the_site(geo_kb):
    ms = _run("Convoys crossed the Goris bridge at dawn, and then the Kapan checkpoint.", geo_kb)
    got = {m.text: m.type for m in ms}
    assert got.get("Goris bridge") == "FAC"
    assert got.get("Kapan checkpoint") == "FAC"


def test_town_without_the_article_stays_the_town(geo_kb):
    ms = _run("Goris airport was shut on Monday, officials in Kapan said.", geo_kb)
    assert {m.type for m in ms if m.text == "Goris"} == {"GPE"}


def test_acronym_of_the_body_after_of_does_not_take_the_whole_name(small_kb):
    text = ("Talks were held with the Interior Ministry of the Transitional Sovereign Council (TSC) "
            "on Sunday. The TSC later said talks would resume.")
    ms = _run(text, small_kb)
    ministry = [m for m in ms if m.text.startswith("Interior Ministry")]
    tsc = [m for m in ms if m.text == "TSC"]
    assert ministry and tsc
    assert ministry[0].local not in {m.local for m in tsc}


def test_acronym_spelling_the_whole_name_still_links(small_kb):
    ms = _run("The Transitional Sovereign Council (TSC) met. The TSC said.", small_kb)
    locs = {m.local for m in ms if m.text in ("Transitional Sovereign Council", "TSC")}
    assert len(locs) == 1


def test_part_of_a_known_body_is_cut_from_it():
    from sitrep.actors.kb import KnowledgeBase
    kb = KnowledgeBase([{"id": "tsc", "name": "Transitional Sovereign Council", "type": "ORG",
                         "aliases": ["TSC"]}], places=False, outlets=False)
    ms = _run("A truce was agreed with the Defence Ministry of the Transitional Sovereign Council "
              "(TSC) on Sunday.", kb)
    got = {m.text: (m.kb_id, m.local) for m in ms}
    assert "Defence Ministry" in got and got["Defence Ministry"][0] is None
    assert got.get("Transitional Sovereign Council", (None,))[0] == "tsc"
    assert got["TSC"][1] == got["Transitional Sovereign Council"][1] != got["Defence Ministry"][1]


def test_top_organ_of_a_known_body_is_the_body():
    from sitrep.actors.kb import KnowledgeBase
    kb = KnowledgeBase([{"id": "nsa", "name": "Northern Salvation Army", "type": "ORG",
                         "aliases": ["Armed Forces of the North"]}], places=False, outlets=False)
    ms = _run("The General Command of the Armed Forces of the North said the truce held.", kb)
    assert [m.kb_id for m in ms if m.text.startswith("General Command")] == ["nsa"]
    assert not any(m.text == "General Command" for m in ms)
