"""Generalisation round 9a, end to end: two new conflicts in new formats, mostly ordinary scraped
pages. Houthi attacks on shipping (the Liberian-flagged MV Marisol Star struck west of Hodeidah late
on Tuesday 2025-11-11 with a sailor killed, the Houthis' "three ships" claim disputed by CENTCOM,
CENTCOM's shoot-down of four drones on Wednesday), reported by a scraped page, its near-identical
syndicated copy, a CENTCOM press release ("TAMPA, Fla. --", "###"), a UKMTO warning and a Telegram
Desktop channel export. West Papua (the TPNPB-OPM seizing New Zealand pilot Marcus Ellery at Beoga
on Monday 2025-11-10; a soldier killed in Sugapa, Intan Jaya on Wednesday, the rebels claiming three),
reported by two scraped pages, a rewrite and a WordPress REST API response. Only behaviour that works
today is pinned; the failures (WordPress and Telegram JSON rejected, undated scraped page, events
split...) are in /tmp/tester10a/failures.md."""
from pathlib import Path

import pytest
from corpus_checks import (assert_alias_group, assert_apart, assert_claim, assert_quote, assert_relation,
                           assert_spans_slice_the_text, corpus_fixtures, docs_of, document_text, entity_with)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

READ = {"rs_gulfwire_scraped.txt", "rs_harbour_syndicated.txt", "rs_centcom_release.txt", "rs_ukmto_warning.txt",
        "wp_nusantara_scraped.txt", "wp_pacific_scraped.txt", "wp_rewrite_archipelago.txt"}

picture, doc_id, ents = corpus_fixtures(FIXTURES, "general9a")
# a WordPress REST response (two posts) and a Telegram channel export (two messages with text)
EXPORTS = {"wp_tribune_wpjson.json#1", "wp_tribune_wpjson.json#2", "rs_telegram_result.json#1",
           "rs_telegram_result.json#2"}


def test_cms_and_channel_exports_are_read(doc_id):
    assert EXPORTS <= set(doc_id)


def _doc(picture, doc_id, name):
    return next(d for d in picture["documents"] if d["id"] == doc_id[name])


def test_files_read_and_stored_once(picture, doc_id):
    assert READ <= set(doc_id)
    assert picture["_again_docs"] == len(picture["documents"])


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_scraped_page_and_its_syndicated_copy_are_a_copy_and_nothing_else_is(picture, doc_id):
    a, b = doc_id["rs_gulfwire_scraped.txt"], doc_id["rs_harbour_syndicated.txt"]
    pairs = {(frozenset((d["a"], d["b"])), d["kind"]) for d in picture["duplicates"]}
    assert (frozenset((a, b)), "copy") in pairs
    assert not [d for d in picture["duplicates"] if d["kind"] in ("copy", "rewrite") and {d["a"], d["b"]} != {a, b}]


def test_red_sea_release_joins_the_scraped_pages_story_and_no_papua_report_does(picture, doc_id):
    story = [s for s in picture["stories"] if doc_id["rs_gulfwire_scraped.txt"] in s["documents"]]
    assert len(story) == 1
    assert doc_id["rs_centcom_release.txt"] in story[0]["documents"]
    assert not {doc_id[n] for n in READ if n.startswith("wp_")} & set(story[0]["documents"])


@pytest.mark.parametrize("name, field, want", [
    ("rs_gulfwire_scraped.txt", "title", "Sailor killed as Houthi missile sets bulk carrier ablaze off Yemen"),
    ("rs_gulfwire_scraped.txt", "authors", ["Nadia Haddad", "Pieter Vos"]),
    ("rs_gulfwire_scraped.txt", "published", "2025-11-12"),
    ("rs_gulfwire_scraped.txt", "dateline", "DUBAI"),
    ("rs_harbour_syndicated.txt", "authors", ["Nadia Haddad", "Pieter Vos"]),
    ("rs_harbour_syndicated.txt", "published", "2025-11-12"),
    ("rs_centcom_release.txt", "published", "2025-11-12"),
    ("rs_centcom_release.txt", "dateline", "TAMPA"),
    ("wp_nusantara_scraped.txt", "title", "TNI soldier killed in Intan Jaya firefight as rebels hold New Zealand pilot"),
    ("wp_nusantara_scraped.txt", "outlet", "The Nusantara Post"),
    ("wp_pacific_scraped.txt", "title", "Papuan rebels holding NZ pilot say soldiers died in new clash"),
    ("wp_pacific_scraped.txt", "published", "2025-11-13"),
    ("wp_rewrite_archipelago.txt", "title", "Papuan separatists claim three soldiers killed; army says one died"),
    ("wp_rewrite_archipelago.txt", "authors", ["Dewi Lestari"]),
    ("wp_rewrite_archipelago.txt", "published", "2025-11-13"),
    ("wp_rewrite_archipelago.txt", "dateline", "Timika"),
])
def test_metadata(picture, doc_id, name, field, want):
    assert _doc(picture, doc_id, name)[field] == want


@pytest.mark.parametrize("name, chrome", [
    ("rs_gulfwire_scraped.txt", "Advertisement"), ("rs_gulfwire_scraped.txt", "READ MORE"),
    ("rs_gulfwire_scraped.txt", "Topics:"), ("rs_gulfwire_scraped.txt", "Greek shipowners weigh"),
    ("rs_gulfwire_scraped.txt", "Photo:"), ("rs_gulfwire_scraped.txt", "All rights reserved"),
    ("rs_harbour_syndicated.txt", "syndicated from"), ("rs_harbour_syndicated.txt", "Tags:"),
    ("rs_centcom_release.txt", "###"), ("rs_centcom_release.txt", "FOR IMMEDIATE RELEASE"),
    ("rs_centcom_release.txt", "www.centcom.mil"),
    ("rs_ukmto_warning.txt", "watchkeepers@"),
    ("wp_nusantara_scraped.txt", "Advertisement"), ("wp_nusantara_scraped.txt", "Related Articles"),
    ("wp_nusantara_scraped.txt", "Papua rebels burn school"), ("wp_nusantara_scraped.txt", "Photo:"),
    ("wp_nusantara_scraped.txt", "contributed from"),
    ("wp_pacific_scraped.txt", "ADVERTISEMENT"), ("wp_pacific_scraped.txt", "Loading..."),
    ("wp_pacific_scraped.txt", "Image:"), ("wp_pacific_scraped.txt", "Topics:"),
    ("wp_rewrite_archipelago.txt", "Bagikan"), ("wp_rewrite_archipelago.txt", "(dl/bs)"),
    ("wp_rewrite_archipelago.txt", "Reporter:"),
])
def test_page_chrome_is_removed(picture, doc_id, name, chrome):
    assert chrome not in document_text(picture, doc_id[name])


@pytest.mark.parametrize("aliases, etype", [
    (["Houthis", "Houthi", "Ansar Allah"], "ORG"),
    (["TPNPB", "TPNPB-OPM", "West Papua National Liberation Army"], "ORG"),
    (["CENTCOM", "US Central Command", "U.S. Central Command"], "ORG"),
    (["TNI", "Indonesian military", "Indonesian army"], "ORG"),
    (["Free Papua Movement", "OPM"], "ORG"),
    (["Yoel Kogoya", "Kogoya"], "PERSON"),
    (["Marcus Ellery", "Ellery"], "PERSON"),
    (["Rudi Prasetyo", "Rudi"], "PERSON"),
    (["Ioannis Markou", "Markou"], "PERSON"),
    (["Yahya Saree"], "PERSON"),
    (["Raymond Keller"], "PERSON"),
    (["Red Sea"], "LOC"),
    (["Gulf of Aden"], "LOC"),
    (["Intan Jaya"], "GPE"),
    (["Hodeidah"], "GPE"),
])
def test_entities(ents, aliases, etype):
    assert_alias_group(ents, aliases, etype)


@pytest.mark.parametrize("a, b", [("Houthis", "CENTCOM"), ("TPNPB", "TNI"), ("TPNPB", "Free Papua Movement"),
                                  ("Yoel Kogoya", "Rudi Prasetyo")])
def test_apart(ents, a, b):
    assert_apart(ents, a, b)


@pytest.mark.parametrize("subject, predicate, obj", [
    ("Yoel Kogoya", "spokesperson_of", "TPNPB"),
    ("Rudi Prasetyo", "spokesperson_of", "Cenderawasih Military Command"),
    ("Raymond Keller", "leader_of", "CENTCOM"),
    ("Helen Rawiri", "holds_office", "New Zealand"),
])
def test_relations(picture, ents, subject, predicate, obj):
    assert_relation(picture, ents, subject, predicate, obj)


@pytest.mark.parametrize("name, start, speaker", [
    ("rs_centcom_release.txt", "These reckless attacks", "Raymond Keller"),
    ("rs_centcom_release.txt", "We will continue to take action", "Raymond Keller"),
    ("rs_gulfwire_scraped.txt", "three ships belonging", "Yahya Saree"),
    ("rs_gulfwire_scraped.txt", "The master told me", "Ioannis Markou"),
    ("rs_harbour_syndicated.txt", "The master told me", "Ioannis Markou"),
    ("wp_nusantara_scraped.txt", "Our troops returned fire", "Rudi Prasetyo"),
    ("wp_nusantara_scraped.txt", "We have told the Indonesian government", "Yoel Kogoya"),
    ("wp_pacific_scraped.txt", "Our priority is Mr Ellery", "Helen Rawiri"),
    ("wp_pacific_scraped.txt", "safe and eating", "Yoel Kogoya"),
    ("wp_pacific_scraped.txt", "He said to us", "Yoel Kogoya"),
])
def test_quotes(picture, doc_id, ents, name, start, speaker):
    assert_quote(picture, ents, doc_id[name], start, speaker)


def _events(picture, ents, action, actor):
    who = entity_with(ents, actor)["id"]
    return [e for e in picture["events"] if e["action"] == action and e["actor"] == who]


def test_marisol_star_strike_dated_tuesday_and_merged_across_outlets(picture, doc_id, ents):
    hits = [e for e in _events(picture, ents, "ASSAULT", "Houthis")
            if {doc_id["rs_gulfwire_scraped.txt"], doc_id["rs_harbour_syndicated.txt"]} <= docs_of(e)
            and e["date"] == "2025-11-11"]
    assert len(hits) == 1
    assert doc_id["rs_centcom_release.txt"] in docs_of(hits[0])


def test_centcom_drone_shootdown_is_wednesday(picture, ents):
    hits = [e for e in _events(picture, ents, "ASSAULT", "CENTCOM") if e["target"] == entity_with(ents, "Houthis")["id"]]
    assert len(hits) == 1 and hits[0]["date"] == "2025-11-12"


def test_rebel_claim_of_three_soldiers_merges_across_outlets(picture, doc_id, ents):
    tni = entity_with(ents, "TNI")["id"]
    hits = [e for e in _events(picture, ents, "ASSAULT", "TPNPB") if e["target"] == tni and e["fatalities"] == 3]
    assert len(hits) == 1
    assert {doc_id["wp_nusantara_scraped.txt"], doc_id["wp_rewrite_archipelago.txt"]} <= docs_of(hits[0])


@pytest.mark.parametrize("name, quantity, unit, period, claimant", [
    ("rs_gulfwire_scraped.txt", 3, "ships", ..., "Yahya Saree"),
    ("rs_gulfwire_scraped.txt", 2, "commercial ships", ..., "CENTCOM"),
    ("rs_harbour_syndicated.txt", 3, "ships", ..., "Yahya Saree"),
    ("rs_centcom_release.txt", 4, "destroyed", "2025-11-12", ...),
    ("wp_nusantara_scraped.txt", 3, "soldiers killed", ..., "Yoel Kogoya"),
    ("wp_nusantara_scraped.txt", 2, "killed", ..., "Rudi Prasetyo"),
    ("wp_rewrite_archipelago.txt", 3, "members killed", "2025-11-12", "Yoel Kogoya"),
])
def test_claims(picture, doc_id, ents, name, quantity, unit, period, claimant):
    assert_claim(picture, ents, doc_id[name], quantity, unit, period, claimant)
