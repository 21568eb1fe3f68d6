"""Generalisation round 5b, end to end: ingest the invented corpus in fixtures/ (a gunbattle between
Sinaloa cartel factions in Culiacán's El Diez on Sunday 11 May 2025, reported by an AP-style wire,
a translation from Spanish, a live blog and a thread; cross-Line-of-Control strikes and shelling on
Tuesday 14 October 2025, reported by an AMP page, a Pakistani daily and an OCHA flash update) with
the CLI, export sitrep/1 and pin what works today: names in several spellings (Shehbaz/Shahbaz
Sharif, Ismael "El Mayo" Zambada / Ismael Zambada García), acronyms defined late (SEDENA, ISPR),
quotes with speakers, the Kotli strikes and the Poonch shelling merged across outlets, the Pakistan
Army's denial merged, and claims with claimants. The failures (the Culiacán gunbattle split and
partly dated September 2024, the live blog JSON rejected, "on 10 October that killed four" read as
10 dead, gazetteer hits on surnames...) are in the tester's report. The live blog exported as JSON
("page" + "posts", fixtures/mexico_liveblog.json) is read since session 7."""
from pathlib import Path

import pytest
from corpus_checks import (alias_groups_test, assert_one_event, assert_spans_slice_the_text, assert_stored_once,
                           claims_in, corpus_fixtures, docs_of as _docs_of, entity_with, events_covering,
                           kept_apart_test, one_event_test, quotes_test)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

ARTICLES = {"kashmir_amp.html", "kashmir_pk_daily.txt", "kashmir_ocha_flash.txt",
            "mexico_wire_slug.txt", "mexico_translated_es.txt", "mexico_thread.txt"}


picture, doc_id, ents = corpus_fixtures(FIXTURES, "general5b")


def test_articles_stored_once(picture, doc_id):
    assert_stored_once(picture, doc_id, ARTICLES)


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_independent_reports_are_no_copies(picture):
    assert picture["duplicates"] == []


test_aliases_merge_into_one_typed_entity = alias_groups_test([
    (["Shehbaz Sharif", "Shahbaz Sharif", "Sharif"], "PERSON"),
    (["Ismael Zambada García", 'Ismael "El Mayo" Zambada', "Zambada", "El Mayo"], "PERSON"),
    (['Joaquín "El Chapo" Guzmán', "El Chapo", "Joaquín Guzmán Loera"], "PERSON"),
    (["Rafael Ortiz Salcedo"], "PERSON"),
    (["Omar García Harfuch"], "PERSON"),
    (["Cristóbal Urías Beltrán"], "PERSON"),
    (["Chaudhry Anwarul Haq"], "PERSON"),
    (["Suneel Bartwal"], "PERSON"),
    (["Narendra Modi"], "PERSON"),
    (["Los Chapitos", "Chapitos"], "ORG"),
    (["La Mayiza", "Mayiza"], "ORG"),
    (["SEDENA", "Sedena"], "ORG"),                      # acronym first, spelled out later
    (["ISPR", "Inter-Services Public Relations"], "ORG"),
    (["Border Security Force", "BSF"], "ORG"),
    (["Lashkar-e-Taiba", "LeT"], "ORG"),
    (["Fiscalía General de la República", "FGR"], "ORG"),
    (["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs"], "ORG"),
    (["Guardia Nacional"], "ORG"),
    (["Line of Control", "LoC"], "LOC"),
    (["Azad Jammu and Kashmir", "AJK", "Pakistan-administered Kashmir"], "GPE"),
    (["Culiacán", "CULIACÁN"], "GPE"),
    (["Poonch", "Poonch district"], "GPE"),
    (["Kotli"], "GPE"),
    (["Rajouri"], "GPE"),
    (["Navolato"], "GPE"),
    (["Sinaloa"], "GPE"),
])


test_distinct_actors_not_merged = kept_apart_test([
    ("Los Chapitos", "La Mayiza"),
    ("Zambada", "El Chapo"),
    ("Indian Army", "Pakistan Army"),
    ("BSF", "ISPR"),
    ("Guardia Nacional", "SEDENA"),
    ("Shehbaz Sharif", "Narendra Modi"),
])


test_quote_and_speaker = quotes_test([
    ("mexico_wire_slug.txt", "The families told us", "Marisol Ibarra Quintero", "said"),
    ("mexico_wire_slug.txt", "Our personnel fired only", "Rafael Ortiz Salcedo", "said at a news conference"),
    ("mexico_translated_es.txt", "repelled the aggression", "Rafael Ortiz Salcedo", "said"),
    ("mexico_translated_es.txt", "If there were civilians killed", "Claudia Sheinbaum", "said"),
    ("mexico_thread.txt", "There is no evidence", "Rafael Ortiz Salcedo", "told"),
    ("mexico_thread.txt", "chief of hitmen", "Omar García Harfuch", "called"),
    ("kashmir_amp.html", "reserves the right to respond", "Shehbaz Sharif", "said"),
    ("kashmir_pk_daily.txt", "a blatant act of aggression", "Shahbaz Sharif", "condemned"),
    ("kashmir_pk_daily.txt", "The nation stands united", "Sharif", "said in a statement"),
    ("kashmir_pk_daily.txt", "These were farmers", "Chaudhry Anwarul Haq", "told reporters"),
    ("kashmir_pk_daily.txt", "posts from where the firing", "Pakistan Army", "saying"),
])


def test_kotli_strikes_merged_across_three_outlets(picture, doc_id, ents):
    # "early on Tuesday" (AMP, Wednesday), "before dawn on Tuesday" (Pakistani daily, Tuesday) and
    # "Tuesday, 14 October" (OCHA) are one strike near Kotli
    all3 = {doc_id[n] for n in ("kashmir_amp.html", "kashmir_pk_daily.txt", "kashmir_ocha_flash.txt")}
    hits = [e for e in picture["events"] if e["action"] == "ASSAULT" and _docs_of(e) >= all3]
    assert len(hits) == 1
    assert hits[0]["date"] == "2025-10-14"
    assert hits[0]["location"] == entity_with(ents, "Kotli")["id"]


def test_poonch_shelling_merged_and_dated(picture, doc_id, ents):
    both = ("kashmir_amp.html", "kashmir_ocha_flash.txt")
    assert_one_event(picture, ents, doc_id, "ASSAULT", docs=both, where={"location": "Poonch"},
                     expect={"date": "2025-10-14", "fatalities": 6})
    # the Kotli strikes the same Tuesday stay a separate event
    kotli = entity_with(ents, "Kotli")["id"]
    assert len([e for e in events_covering(picture, doc_id, "ASSAULT", *both) if e["location"] == kotli]) == 1


test_merged_events = one_event_test({
    "pakistan_army_denial_merged": dict(
        action="REJECT", docs=("kashmir_amp.html", "kashmir_pk_daily.txt"), expect={"actor": "Pakistan Army"}),
    "culiacan_attack_dated_late_sunday": dict(
        action="ASSAULT", docs=("mexico_wire_slug.txt",), where={"date": "2025-05-11"},
        expect={"actor": "Los Chapitos"}),
})


def test_drone_shootdown_dated_monday_night(picture, doc_id, ents):
    hits = [c for c in picture["claims"] if c["evidence"]["doc"] == doc_id["kashmir_amp.html"]
            and c["unit"] == "drones intercepted"]
    assert len(hits) == 1
    assert hits[0]["quantity"] == 2 and hits[0]["period"] == "2025-10-13"
    assert hits[0]["claimant"] == entity_with(ents, "BSF")["id"]


@pytest.mark.parametrize("name, quantity, unit, period, claimant", [
    ("mexico_wire_slug.txt", 9, "deaths", "2025-05-11", None),              # "Earlier on Sunday night ... at nine"
    ("mexico_wire_slug.txt", 14, "people killed", "2025-05-11", "Marisol Ibarra Quintero"),
    ("mexico_wire_slug.txt", 4, "soldiers injured", "2025-05-11", "Mexico's army"),
    ("kashmir_pk_daily.txt", 14, "people injured", "2025-10-14", "ISPR"),
    ("kashmir_ocha_flash.txt", 14, "civilians killed", "since 2025-10-14", None),
    ("kashmir_ocha_flash.txt", 4, "soldiers killed", "2025-10-10", None),
    ("kashmir_amp.html", 21, "civilians injured", "2025-10-14", "Vikas Kundal"),
])
def test_claims_with_period_and_claimant(picture, doc_id, ents, name, quantity, unit, period, claimant):
    hits = [c for c in claims_in(picture, doc_id[name]) if c["quantity"] == quantity and c["unit"] == unit
            and c["period"] == period]
    assert len(hits) == 1, [(c["quantity"], c["unit"], c["period"]) for c in claims_in(picture, doc_id[name])]
    if claimant is None:
        assert hits[0]["claimant"] is None
    elif claimant == "Vikas Kundal":
        # today the claimant is an entity named "Commissioner Vikas Kundal" (failure 9): pin the
        # surname only, so the test survives the title being dropped
        got = next(e for e in ents.values() if e["id"] == hits[0]["claimant"])
        assert got["name"].endswith("Vikas Kundal")
    else:
        assert hits[0]["claimant"] == entity_with(ents, claimant)["id"]


def test_kashmir_reports_grouped_into_one_story(picture, doc_id):
    all3 = {doc_id[n] for n in ("kashmir_amp.html", "kashmir_pk_daily.txt", "kashmir_ocha_flash.txt")}
    assert any(set(s["documents"]) >= all3 for s in picture["stories"])


def test_the_live_blog_json_is_one_dated_document(picture, doc_id):
    doc = next(d for d in picture["documents"] if d["id"] == doc_id["mexico_liveblog.json"])
    assert doc["published"] == "2025-05-11" and doc["outlet"]
