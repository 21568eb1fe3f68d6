"""Generalisation round 5a, end to end: ingest the invented corpus in fixtures/ (an ISWAP raid on
the Marte army base in Borno reported by a newsletter, a PDF security update, a Reuters wire and a
JSON-LD page; bandits and an air strike near Kairu, Zamfara; the ambush near Jableh on the Syrian
coast and SDF-SNA fighting at the Tishreen Dam reported by an AFP wire, a UN briefing transcript,
a PDF flash update and a regional daily) with the CLI, export sitrep/1 and pin what works today:
acronyms defined late (ISWAP, DHQ, MNJTF, SOHR, HTS), Ahmed al-Sharaa / Ahmad al-Shara merged,
quotes introduced by "according to" and "described", the Thursday ambush merged across outlets,
the numeric date "03/03/2025", disputed figures with their claimants. The failures (undated
newsletter and year-less wire, "Abu Bakr Shekau" split from "Abubakar Shekau", SNA read as the
Somali National Army, GSS as Shin Bet, the Marte raid split into five events...) are listed in the
tester's report."""
from pathlib import Path

import pytest
from corpus_checks import (alias_groups_test, assert_spans_slice_the_text, assert_stored_once, claims_test,
                           corpus_fixtures, docs_of as _docs_of, entity_with, kept_apart_test, one_event_test,
                           quotes_test, relations_test)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

ARTICLES = {"nigeria_newsletter.txt", "nigeria_sitrep_pdf.txt", "nigeria_wire.txt", "nigeria_jsonld.html",
            "syria_wire.txt", "syria_briefing.txt", "syria_flash_pdf.txt", "syria_levant_daily.txt"}


picture, doc_id, ents = corpus_fixtures(FIXTURES, "general5a")


def test_articles_stored_once(picture, doc_id):
    assert_stored_once(picture, doc_id, ARTICLES, exact=True)


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_independent_reports_are_no_copies(picture):
    assert picture["duplicates"] == []


test_aliases_merge_into_one_typed_entity = alias_groups_test([
    (["Islamic State West Africa Province", "ISWAP"], "ORG"),
    (["Defence Headquarters", "DHQ"], "ORG"),
    (["MNJTF"], "ORG"),
    (["Boko Haram"], "ORG"),
    (["Nigerian army", "Nigerian Army"], "ORG"),
    (["Nigerian Air Force"], "ORG"),
    (["Syrian Democratic Forces", "SDF", "Kurdish-led Syrian Democratic Forces"], "ORG"),
    (["Syrian National Army", "Turkish-backed Syrian National Army"], "ORG"),
    (["Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory"], "ORG"),
    (["Hayat Tahrir al-Sham", "HTS"], "ORG"),
    (["Kurdish Red Crescent"], "ORG"),
    (["Ahmed al-Sharaa", "Ahmad al-Shara", "al-Shara", "Sharaa"], "PERSON"),
    (["Bashar al-Assad", "Assad"], "PERSON"),
    (["Babagana Zulum", "Babagana Umara Zulum", "Zulum"], "PERSON"),
    (["Abubakar Shekau"], "PERSON"),
    (["Mohammed Ali Kolo"], "PERSON"),
    (["Onyema Nwachukwu"], "PERSON"),
    (["Bukar Modu"], "PERSON"),
    (["Fatima Abba"], "PERSON"),
    (["Bello Turji"], "PERSON"),
    (["Geir Pedersen"], "PERSON"),
    (["Marte"], "GPE"),
    (["Kairu"], "GPE"),
    (["Dikwa"], "GPE"),
    (["Maiduguri", "MAIDUGURI"], "GPE"),
    (["Borno", "Borno state", "Borno State"], "GPE"),
    (["Zamfara", "Zamfara state"], "GPE"),
    (["Jableh"], "GPE"),
    (["Baniyas"], "GPE"),
    (["Latakia"], "GPE"),
    (["Beit Ana"], "GPE"),
    (["Manbij"], "GPE"),
    (["Damascus", "DAMASCUS"], "GPE"),
    (["Tishreen Dam"], "FAC"),
    (["Lake Chad"], "LOC"),
])


test_distinct_actors_not_merged = kept_apart_test([
    ("ISWAP", "Boko Haram"),
    ("SDF", "Syrian National Army"),
    ("Ahmed al-Sharaa", "Bashar al-Assad"),
    ("Abubakar Shekau", "Mohammed Yusuf"),
    ("Nigerian Army", "Nigerian Air Force"),
    ("Defence Headquarters", "Nigerian Army"),
    ("Syrian Observatory for Human Rights", "Kurdish Red Crescent"),
])


test_quote_and_speaker = quotes_test([
    ("nigeria_newsletter.txt", "They came in large numbers", "Bukar Modu", "according to"),
    ("nigeria_newsletter.txt", "a serious setback", "Babagana Zulum", "described"),
    ("nigeria_sitrep_pdf.txt", "regrouping faster than", "Babagana Zulum", "said"),
    ("nigeria_wire.txt", "We will not allow the terrorists", "Onyema Nwachukwu", "said"),
    ("nigeria_wire.txt", "scores of terrorists", "Defence Headquarters", "said"),
    ("nigeria_jsonld.html", "My brother called me", "Fatima Abba", "said"),
    ("nigeria_jsonld.html", "a confirmed bandit enclave", "Onyema Nwachukwu", "said"),
    ("syria_wire.txt", "before it is too late", "Ahmed al-Sharaa", "urged"),
    ("syria_levant_daily.txt", "We will hold accountable", "Ahmad al-Shara", "said in a speech"),
])


test_merged_events = one_event_test({
    # the AFP wire ("on Thursday", Friday) and the Sunday daily ("began on Thursday when ...")
    "thursday_ambush_merged_across_outlets": dict(
        action="ASSAULT", docs=("syria_wire.txt", "syria_levant_daily.txt"),
        expect={"date": "2025-03-06", "location": "Jableh", "target": "General Security", "fatalities": 16}),
    "numeric_date_dates_the_marte_raid": dict(
        action="ASSAULT", docs=("nigeria_sitrep_pdf.txt",), where={"date": "2025-03-03"},
        expect={"actor": "ISWAP", "location": "Marte"}),
    "kairu_air_strike_dated_wednesday": dict(
        action="ASSAULT", docs=("nigeria_jsonld.html",), where={"fatalities": 11}, expect={"date": "2025-03-05"}),
})


def test_tishreen_dam_fighting_dated_wednesday(picture, doc_id, ents):
    # the SDF's own "killed 14 attackers" is a party's claim about its own success: the relief
    # consortium's independent "at least 20" heads the event, the 14 stays as a dispute
    hits = [e for e in picture["events"] if e["action"] == "ASSAULT" and doc_id["syria_wire.txt"] in _docs_of(e)
            and e["fatalities"] in (14, 20)]
    assert len(hits) == 1 and hits[0]["date"] == "2025-03-05"
    assert any("14" in note for note in hits[0]["disputes"])
    assert hits[0]["actor"] == entity_with(ents, "SDF")["id"]


def test_denial_is_a_reject_not_an_attack(picture, doc_id, ents):
    # "the army denied targeting civilians" in the PDF update
    hits = [e for e in picture["events"] if doc_id["nigeria_sitrep_pdf.txt"] in _docs_of(e)
            and e["actor"] == entity_with(ents, "Nigerian Army")["id"]]
    actions = [e["action"] for e in hits]
    assert "REJECT" in actions and "ASSAULT" not in actions


test_numeric_claims = claims_test([
    ("nigeria_wire.txt", 5, "killed", ..., "Nigerian Army"),
    ("nigeria_wire.txt", 23, "killed", ..., "Mohammed Ali Kolo"),
    ("nigeria_sitrep_pdf.txt", 23, "killed", ..., "Mohammed Ali Kolo"),
    ("nigeria_jsonld.html", 5, "killed", ..., "Defence Headquarters"),
    ("nigeria_jsonld.html", 11, "killed", "2025-03-05", None),
    ("nigeria_newsletter.txt", ">=12", "killed", ..., None),
    ("syria_wire.txt", 16, "killed", "2025-03-06", None),
    ("syria_wire.txt", 14, "killed", "2025-03-05", "SDF"),
    ("syria_briefing.txt", ">70", "killed", "2025-03-06", ...),
    ("syria_levant_daily.txt", 745, "killed", ..., "SOHR"),
    ("syria_flash_pdf.txt", ">=20", "killed", ..., "Kurdish Red Crescent"),
])


test_relations = relations_test([
    ("Ahmed al-Sharaa", "leader_of", "HTS"),
    ("Babagana Zulum", "holds_office", "Borno"),
])
