"""Generalisation round 4, end to end: ingest the invented corpus in fixtures/ (a Pakistani Taliban
bombing near Mir Ali, North Waziristan; a drone strike on a market in Wegel Tena, Amhara) with the
CLI, export sitrep/1 and pin what works today: acronyms defined after their first use (TTP, ENDF,
TPLF, OCHA), surnames after a full name, quotes with speakers in a wire, an op-ed and a Q&A
interview, the Saturday strike dated from a Monday roundup and a later op-ed and merged across
them, a second incident in the roundup kept apart, and claims with periods. The failures (toll
updates that make no event, one strike split by "Wegel Tena"/"Tena", nested JSONL rejected, Q/A
answers without a speaker...) were listed in the tester's report. fixtures/pakistan_nested.jsonl
holds nested {"article": {...}, "meta": {...}} records, read one level down."""
from pathlib import Path

import pytest
from corpus_checks import (assert_alias_group, assert_apart, assert_claim, assert_quote,
                           assert_spans_slice_the_text, claims_in, corpus_fixtures, docs_of as _docs_of,
                           entity_with, quotes_in)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

ARTICLES = {"pakistan_wire.txt", "pakistan_dawn.htm", "pakistan_interview.txt",
            "ethiopia_wire.txt", "ethiopia_roundup.txt", "ethiopia_oped.txt"}


picture, doc_id, ents = corpus_fixtures(FIXTURES, "general4")


def test_articles_stored_once(picture, doc_id):
    assert ARTICLES <= set(doc_id)
    assert picture["_again_docs"] == len(picture["documents"])


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_independent_reports_are_no_copies(picture):
    assert picture["duplicates"] == []


@pytest.mark.parametrize("aliases, etype", [
    (["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"], "ORG"),
    (["Inter-Services Public Relations", "ISPR"], "ORG"),
    (["Ethiopian National Defense Force", "ENDF"], "ORG"),
    (["Tigray People's Liberation Front", "TPLF"], "ORG"),
    (["Ethiopian Human Rights Commission", "EHRC"], "ORG"),
    (["Pak Institute for Peace Studies", "PIPS"], "ORG"),
    (["OCHA", "UN humanitarian office"], "ORG"),
    (["Fano", "Fano fighters"], "ORG"),
    (["Amir Rana", "Rana"], "PERSON"),
    (["Rahimullah Dawar", "Dawar"], "PERSON"),
    (["Redwan Hussien", "Hussien"], "PERSON"),
    (["Abiy Ahmed", "Abiy"], "PERSON"),
    (["Shehbaz Sharif"], "PERSON"),
    (["Hafiz Gul Bahadur"], "PERSON"),
    (["Mohammad Khurasani"], "PERSON"),
    (["Asres Mare Damte"], "PERSON"),
    (["North Waziristan", "North Waziristan district"], "GPE"),
    (["Islamabad", "ISLAMABAD"], "GPE"),
    (["Addis Ababa", "ADDIS ABABA"], "GPE"),
    (["Lalibela"], "GPE"),
    (["Miranshah"], "GPE"),
    (["Bannu"], "GPE"),
])
def test_aliases_merge_into_one_typed_entity(ents, aliases, etype):
    assert_alias_group(ents, aliases, etype)


@pytest.mark.parametrize("a, b", [
    ("TTP", "Taliban"),                          # the Pakistani and the Afghan Taliban
    ("ENDF", "Fano"),
    ("Fano", "TPLF"),
    ("ISPR", "TTP"),
    ("Islamabad", "Kabul"),
])
def test_distinct_actors_not_merged(ents, a, b):
    assert_apart(ents, a, b)


def _quotes(picture, doc_id, name):
    return quotes_in(picture, doc_id[name])


@pytest.mark.parametrize("name, start, speaker_alias, cue", [
    ("pakistan_wire.txt", "The enemies of Pakistan", "Shehbaz Sharif", "said in a statement"),
    ("pakistan_wire.txt", "The windows of the whole bazaar", "Rahimullah Dawar", "told Reuters"),
    ("pakistan_dawn.htm", "the army of the occupiers", "Mohammad Khurasani", "said"),
    ("pakistan_interview.txt", "between 6,000 and 6,500 fighters", "Amir Rana", "added"),
    ("pakistan_interview.txt", "You cannot bomb your way", "Amir Rana", "said"),
    ("pakistan_interview.txt", "Without talks with Kabul", "Amir Rana", "said"),
    ("ethiopia_oped.txt", "Our operations are conducted", "Redwan Hussien", "told parliament"),
    ("ethiopia_roundup.txt", "a massacre", "Asres Mare Damte", "called"),
    ("ethiopia_roundup.txt", "gathering information", "Ethiopian Human Rights Commission", "said"),
])
def test_quote_and_speaker(picture, doc_id, ents, name, start, speaker_alias, cue):
    assert_quote(picture, ents, doc_id[name], start, speaker_alias, cue)


def test_anonymous_source_is_no_named_speaker(picture, doc_id):
    hits = [q for q in _quotes(picture, doc_id, "ethiopia_wire.txt") if "We counted 23 bodies" in q["text"]]
    assert len(hits) == 1 and hits[0]["speaker"] is None


def test_saturday_strike_merged_from_roundup_and_oped(picture, doc_id):
    # "Saturday's drone strike" in a Monday roundup and "Last Saturday" in a Wednesday op-ed
    both = {doc_id["ethiopia_roundup.txt"], doc_id["ethiopia_oped.txt"]}
    hits = [e for e in picture["events"] if e["action"] == "ASSAULT" and _docs_of(e) >= both]
    assert len(hits) == 1 and hits[0]["date"] == "2025-07-12"


def test_wire_strike_dated_saturday(picture, doc_id, ents):
    hits = [e for e in picture["events"] if e["action"] == "ASSAULT" and doc_id["ethiopia_wire.txt"] in _docs_of(e)
            and e["fatalities"] == 23]
    assert len(hits) == 1 and hits[0]["date"] == "2025-07-12"
    assert hits[0]["location"] == entity_with(ents, "Wegel Tena")["id"]


def test_sunday_attack_in_roundup_is_another_event(picture, doc_id, ents):
    hits = [e for e in picture["events"] if e["action"] == "ASSAULT" and doc_id["ethiopia_roundup.txt"] in _docs_of(e)
            and e["date"] == "2025-07-13"]
    assert len(hits) == 1
    assert hits[0]["actor"] == entity_with(ents, "Fano")["id"]
    assert hits[0]["location"] == entity_with(ents, "Lalibela")["id"]
    assert hits[0]["fatalities"] == 2


def test_convoy_bombing_dated_sunday_with_wire_figures(picture, doc_id):
    # the wire's 13 is its own report's figure; merged with the two later reports it is a toll
    # update (16 supersedes 13)
    hits = [e for e in picture["events"] if e["action"] == "ASSAULT" and doc_id["pakistan_wire.txt"] in _docs_of(e)
            and any(r["fatalities"] == 13 for r in e["reports"])]
    assert len(hits) == 1 and hits[0]["date"] == "2025-06-01" and hits[0]["injuries"] == 24
    assert hits[0]["fatalities"] in (13, 16)


def _claims(picture, doc_id, name):
    return claims_in(picture, doc_id[name])


@pytest.mark.parametrize("name, quantity, unit_word, period", [
    ("pakistan_wire.txt", 13, "killed", "2025-06-01"),
    ("pakistan_wire.txt", 24, "injured", "2025-06-01"),
    ("pakistan_wire.txt", 4, "killed", "2025-06-01"),
    ("pakistan_interview.txt", 16, "killed", "2025-06-01"),
    ("pakistan_interview.txt", 11, "killed", "2025-06-02"),   # "The army said on Monday that it killed 11"
    ("ethiopia_wire.txt", ">=23", "killed", "2025-07-12"),
    ("ethiopia_wire.txt", ">=120", "killed", "since 2025-01"),
    ("ethiopia_roundup.txt", 2, "killed", "2025-07-13"),
    ("ethiopia_roundup.txt", ">50", "injured", ...),
    ("ethiopia_oped.txt", 31, "killed", "2025-07-12"),
])
def test_numeric_claims(picture, doc_id, name, quantity, unit_word, period):
    assert_claim(picture, {}, doc_id[name], quantity, unit_word, period)


def test_spokesperson_relation(picture, ents):
    want = (entity_with(ents, "Asres Mare Damte")["id"], "spokesperson_of", entity_with(ents, "Fano")["id"])
    assert want in {(r["subject"], r["predicate"], r["object"]) for r in picture["relations"]}
