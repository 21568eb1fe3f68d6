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
from corpus_checks import (alias_groups_test, assert_only_copy_pair, assert_spans_slice_the_text,
                           assert_stored_once, claims_test, corpus_fixtures, kept_apart_test, metadata_test,
                           one_event_test, quotes_test, relations_test, text_lacks_test)

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


def test_files_read_and_stored_once(picture, doc_id):
    assert_stored_once(picture, doc_id, READ)


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_scraped_page_and_its_syndicated_copy_are_a_copy_and_nothing_else_is(picture, doc_id):
    assert_only_copy_pair(picture, doc_id, "rs_gulfwire_scraped.txt", "rs_harbour_syndicated.txt",
                          kinds=("copy",))
    # besides it, only the Archipelago Daily's rewrite of the Nusantara page (same facts in the same
    # order, reworded; "Lt. Col. Rudi Prasetyo" no longer splits a sentence) is a rewrite
    copy = {doc_id["rs_gulfwire_scraped.txt"], doc_id["rs_harbour_syndicated.txt"]}
    rewrite = {doc_id["wp_nusantara_scraped.txt"], doc_id["wp_rewrite_archipelago.txt"]}
    assert all({d["a"], d["b"]} in (copy, rewrite) for d in picture["duplicates"] if d["kind"] == "rewrite")


def test_red_sea_release_joins_the_scraped_pages_story_and_no_papua_report_does(picture, doc_id):
    story = [s for s in picture["stories"] if doc_id["rs_gulfwire_scraped.txt"] in s["documents"]]
    assert len(story) == 1
    assert doc_id["rs_centcom_release.txt"] in story[0]["documents"]
    assert not {doc_id[n] for n in READ if n.startswith("wp_")} & set(story[0]["documents"])


test_metadata = metadata_test([
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


test_page_chrome_is_removed = text_lacks_test([
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


test_entities = alias_groups_test([
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


test_apart = kept_apart_test([("Houthis", "CENTCOM"), ("TPNPB", "TNI"), ("TPNPB", "Free Papua Movement"),
                                  ("Yoel Kogoya", "Rudi Prasetyo")])


test_relations = relations_test([
    ("Yoel Kogoya", "spokesperson_of", "TPNPB"),
    ("Rudi Prasetyo", "spokesperson_of", "Cenderawasih Military Command"),
    ("Raymond Keller", "leader_of", "CENTCOM"),
    ("Helen Rawiri", "holds_office", "New Zealand"),
])


test_quotes = quotes_test([
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


test_merged_events = one_event_test({
    "marisol_star_strike_dated_tuesday_and_merged_across_outlets": dict(
        action="ASSAULT", docs=("rs_gulfwire_scraped.txt", "rs_harbour_syndicated.txt"),
        where={"actor": "Houthis", "date": "2025-11-11"}, covers=("rs_centcom_release.txt",)),
    "centcom_drone_shootdown_is_wednesday": dict(
        action="ASSAULT", where={"actor": "CENTCOM", "target": "Houthis"}, expect={"date": "2025-11-12"}),
    "rebel_claim_of_three_soldiers_merges_across_outlets": dict(
        action="ASSAULT", where={"actor": "TPNPB", "target": "TNI", "fatalities": 3},
        covers=("wp_nusantara_scraped.txt", "wp_rewrite_archipelago.txt")),
})


test_claims = claims_test([
    ("rs_gulfwire_scraped.txt", 3, "ships", ..., "Yahya Saree"),
    ("rs_gulfwire_scraped.txt", 2, "commercial ships", ..., "CENTCOM"),
    ("rs_harbour_syndicated.txt", 3, "ships", ..., "Yahya Saree"),
    ("rs_centcom_release.txt", 4, "destroyed", "2025-11-12", ...),
    ("wp_nusantara_scraped.txt", 3, "soldiers killed", ..., "Yoel Kogoya"),
    ("wp_nusantara_scraped.txt", 2, "killed", ..., "Rudi Prasetyo"),
    ("wp_rewrite_archipelago.txt", 3, "members killed", "2025-11-12", "Yoel Kogoya"),
])
