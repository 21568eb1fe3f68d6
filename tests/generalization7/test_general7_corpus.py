"""Generalisation round 7, end to end: new container formats on two new conflicts. Libya: clashes
between the Stability Support Apparatus and the Radaa (Rada'a / RADA) Deterrence force in Tripoli's
Abu Salim district, reported by an RSS 2.0 feed with content:encoded (three entries), a JSONL
scraper export (one record with ``html``, one with ``text``), an HTML page carrying Open Graph
meta tags and a messy body, and a ministry press release ("FOR IMMEDIATE RELEASE", numbered
paragraphs). Thailand-Cambodia: rocket and artillery fire near the border temples, reported by a
wire, its near-identical syndicated copy, an awkward machine translation, a press-review digest
quoting three outlets and two nights of shelling written from one template (a same-template trap).
Only behaviour that works today is pinned; the failures (the template nights merged into one
event, the Thursday clashes split...); the digest (split into its three excerpts since round 8), the
press release's letterhead and the wire's year-less dateline (dated from its story since round 8) are
pinned as fixed are in /tmp/tester8/failures.md."""
from pathlib import Path

import pytest
from corpus_checks import (alias_groups_test, assert_one_event, assert_only_copy_pair, assert_spans_slice_the_text,
                           assert_stored_once, claims_in, claims_test, corpus_fixtures, kept_apart_test,
                           metadata_test, one_event_test, quotes_in, quotes_test, relations_test, text_keeps_test,
                           text_lacks_test)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

DOCUMENTS = {"ly_feed.rss#1", "ly_feed.rss#2", "ly_feed.rss#3", "ly_scraper.jsonl#1", "ly_scraper.jsonl#2",
             "ly_og_page.html", "ly_gnu_release.txt", "th_wire.txt", "th_syndicated.txt", "th_translated.txt",
             "th_digest.txt#1", "th_digest.txt#2", "th_digest.txt#3", "th_night_a.txt", "th_night_b.txt"}

picture, doc_id, ents = corpus_fixtures(FIXTURES, "general7")


def test_feed_and_records_split_and_stored_once(picture, doc_id):
    assert_stored_once(picture, doc_id, DOCUMENTS)


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_syndicated_copy_found_and_nothing_else_a_copy(picture, doc_id):
    assert_only_copy_pair(picture, doc_id, "th_wire.txt", "th_syndicated.txt", kinds=("copy", "rewrite"))


test_metadata = metadata_test([
    ("ly_feed.rss#1", "outlet", "Maghreb Dispatch"),
    ("ly_feed.rss#1", "title", "Heavy clashes rock Tripoli as rival armed groups battle in Abu Salim"),
    ("ly_feed.rss#1", "published", "2025-10-14"),
    ("ly_feed.rss#1", "authors", ["Hana Elmaghrabi"]),
    ("ly_feed.rss#1", "dateline", "TRIPOLI"),
    ("ly_feed.rss#3", "authors", ["Karim Zaidan"]),
    ("ly_feed.rss#3", "dateline", "BENGHAZI"),
    ("ly_scraper.jsonl#1", "outlet", "Libya Watch"),
    ("ly_scraper.jsonl#1", "authors", ["Omar Tarhuni", "Sara Belhaj"]),
    ("ly_scraper.jsonl#1", "published", "2025-10-14"),
    ("ly_scraper.jsonl#2", "title", "Fragile truce holds in Tripoli after two days of fighting"),
    ("ly_scraper.jsonl#2", "published", "2025-10-15"),
    ("ly_og_page.html", "outlet", "Mediterranean Times"),
    ("ly_og_page.html", "title", "Tripoli toll climbs to 11 as Dbeibah vows to dismantle militias"),
    ("ly_og_page.html", "published", "2025-10-15"),
    ("ly_og_page.html", "authors", ["Youssef Hammadi"]),
    ("ly_gnu_release.txt", "published", "2025-10-15"),
    ("ly_gnu_release.txt", "dateline", "Tripoli"),
    ("th_syndicated.txt", "published", "2025-11-14"),
    ("th_syndicated.txt", "dateline", "BANGKOK"),
    ("th_wire.txt", "outlet", "Asia Pacific Wire"),
    ("th_wire.txt", "published", "2025-11-14"),
    ("th_wire.txt", "authors", ["Nattaya Srisuk", "Sopheap Chan"]),
    ("th_translated.txt", "outlet", "Angkor Daily News"),
    ("th_translated.txt", "published", "2025-11-13"),
    ("th_translated.txt", "dateline", "PHNOM PENH"),
    ("th_digest.txt#1", "published", "2025-11-18"),
    ("th_digest.txt#1", "outlet", "The Bangkok Courier"),
    ("th_digest.txt#2", "outlet", "Khmer Daily Mirror"),
    ("th_digest.txt#3", "outlet", "Straits Observer"),
    ("th_digest.txt#3", "published", "2025-11-18"),
    ("ly_gnu_release.txt", "title", "Statement on the security situation in the capital"),
    ("ly_gnu_release.txt", "authors", []),
    ("th_night_a.txt", "published", "2025-11-16"),
    ("th_night_a.txt", "title", "Cambodian shells hit Kantharalak villages, 3 wounded"),
    ("th_night_b.txt", "published", "2025-11-17"),
    ("th_night_b.txt", "title", "Cambodian shells hit Kantharalak villages, 5 wounded"),
    ("th_night_b.txt", "dateline", "SISAKET"),
])


test_page_chrome_removed = text_lacks_test([
    ("ly_feed.rss#1", "Read more:"),
    ("ly_scraper.jsonl#1", "Advertisement"),
    ("ly_scraper.jsonl#1", "Mitiga airport closed again"),
    ("ly_og_page.html", "uses cookies"),
    ("ly_og_page.html", "Manage preferences"),
    ("ly_og_page.html", "Home > World"),
    ("ly_og_page.html", "Share on Facebook"),
    ("ly_og_page.html", "Photo: Mahmud Turkia"),
    ("ly_og_page.html", "North Africa briefing"),
    ("ly_og_page.html", "Most read"),
    ("ly_og_page.html", "olive harvest"),
    ("ly_og_page.html", "Topics:"),
    ("ly_og_page.html", "based in Tunis"),
    ("ly_og_page.html", "All rights reserved"),
    ("ly_gnu_release.txt", "FOR IMMEDIATE RELEASE"),
    ("ly_gnu_release.txt", "- END -"),
    ("ly_gnu_release.txt", "media@moi.example.ly"),
    ("th_wire.txt", "Editing by Martin Lowe"),
    ("th_wire.txt", "By Nattaya Srisuk"),
    ("th_syndicated.txt", "Skip to content"),
    ("th_syndicated.txt", "Share this:"),
    ("th_syndicated.txt", "RELATED STORIES"),
    ("th_syndicated.txt", "Philippines urges restraint"),
    ("th_syndicated.txt", "All Rights Reserved"),
    ("th_translated.txt", "Prepared by:"),
    ("th_digest.txt#3", "To unsubscribe"),
    ("th_digest.txt#3", "straitsobserver.example.sg"),
    ("th_digest.txt#1", "THE BANGKOK COURIER"),
    ("th_digest.txt#2", "Full article"),
    ("th_night_a.txt", "16 November 2025 08:10"),
])


test_article_text_kept = text_keeps_test([
    ("ly_gnu_release.txt", "3. The Ministry regrets the death of 11 persons"),
    ("ly_gnu_release.txt", "The security of Tripoli is a red line"),
    ("ly_og_page.html", "The SSA said 15 of its fighters had been killed"),
    ("ly_scraper.jsonl#1", "the Rada'a Special Deterrence Force"),
    ("th_digest.txt#2", "Cambodia says eight of its civilians and five soldiers have been killed since Thursday."),
])


test_aliases_merge_into_one_typed_entity = alias_groups_test([
    (["Stability Support Apparatus", "SSA"], "ORG"),
    (["Radaa Deterrence Force", "Radaa", "RADA", "Rada'a"], "ORG"),
    (["Abdul Hamid Dbeibah", "Abdulhamid Dbeiba", "Abdul Hamid Al-Dbeibah", "Dbeibah"], "PERSON"),
    (["United Nations Support Mission in Libya", "UNSMIL"], "ORG"),
    (["Government of National Unity", "GNU"], "ORG"),
    (["Mitiga airport", "Mitiga International Airport"], "FAC"),
    (["Ta Muen Thom temple", "Ta Moan Thom"], "FAC"),
    (["Preah Vihear temple"], "FAC"),
    (["Royal Cambodian Armed Forces", "Cambodian army"], "ORG"),
    (["Royal Thai Army"], "ORG"),
    (["Ministry of National Defense", "Ministry of National Defence"], "ORG"),
    (["Somchai Boonmee", "Somchai"], "PERSON"),
    (["Hun Manet"], "PERSON"),
    (["Anutin Charnvirakul"], "PERSON"),
    (["Anwar Ibrahim"], "PERSON"),
    (["Sok Chanthy"], "PERSON"),
    (["Pongsak Thanarat"], "PERSON"),
    (["Emad Trabelsi"], "PERSON"),
    (["Mohamed al-Mansouri"], "PERSON"),
    (["Claudia Gazzini"], "PERSON"),
    (["International Crisis Group"], "ORG"),
    (["Tripoli", "TRIPOLI"], "GPE"),
    (["Bangkok", "BANGKOK"], "GPE"),
    (["Sisaket", "SISAKET"], "GPE"),
    (["Kantharalak"], "GPE"),
    (["Oddar Meanchey"], "GPE"),
    (["Phanom Dong Rak"], "GPE"),
    (["Kuala Lumpur"], "GPE"),
    (["BM-21"], "WEAPON"),
    (["F-16"], "WEAPON"),
])


test_distinct_actors_not_merged = kept_apart_test([
    ("Stability Support Apparatus", "Radaa"), ("Thailand", "Cambodia"), ("Hun Manet", "Anutin Charnvirakul"),
    ("Surin", "Sisaket"), ("Salem al-Ferjani", "Abdelraouf Kara"), ("Royal Thai Army", "Royal Cambodian Armed Forces"),
    ("Tripoli", "Libya"), ("Kantharalak", "Phanom Dong Rak"),
])


def test_monday_night_clashes_merged_across_feed_and_page(picture, doc_id, ents):
    # "late on Monday" in the feed (published Tuesday) and "on Monday night" in the page (Wednesday)
    event = assert_one_event(picture, ents, doc_id, "ASSAULT", docs=("ly_feed.rss#1", "ly_og_page.html"),
                             expect={"date": "2025-10-13", "actor": "SSA", "target": "Radaa"})
    # "Abu Salim" is also (wrongly) a PERSON today: take the place
    place = [e["id"] for e in ents.values() if "Abu Salim" in e["aliases"] and e["type"] == "GPE"]
    assert event["location"] in place


test_merged_events = one_event_test({
    "unsmil_ceasefire_call": dict(
        action="REQUEST", docs=("ly_feed.rss#2",), expect={"actor": "UNSMIL", "date": "2025-10-14"}),
    "kuala_lumpur_agreement_dated_monday": dict(
        action="AGREE", docs=("th_digest.txt#1",), expect={"date": "2025-11-17", "location": "Kuala Lumpur"}),
})


def test_template_nights_keep_their_own_claims(picture, doc_id):
    # one template, two nights: each document's wounded count keeps its own night
    a = [(c["quantity"], c["period"]) for c in claims_in(picture, doc_id["th_night_a.txt"]) if "injured" in c["unit"]]
    b = [(c["quantity"], c["period"]) for c in claims_in(picture, doc_id["th_night_b.txt"]) if "injured" in c["unit"]]
    assert a == [(3, "2025-11-15")] and b == [(5, "2025-11-16")]


test_quote_and_speaker = quotes_test([
    ("ly_feed.rss#1", "We heard machine guns", "Fathia Ben Ali", "said"),
    ("ly_og_page.html", "the era of the militias is over", "Dbeibah", "said"),
    ("ly_og_page.html", "I told the commanders yesterday", "Dbeibah", "said"),
    ("ly_og_page.html", "Our forces only responded", "Mohamed al-Mansouri", ...),
    ("ly_og_page.html", "Whoever holds the checkpoints", "Claudia Gazzini", "said"),
    ("ly_scraper.jsonl#1", "separate the forces", "Abdulhamid Dbeiba", "said"),
    ("ly_scraper.jsonl#1", "no armed group is above the state", "Abdulhamid Dbeiba", "said"),
    ("ly_scraper.jsonl#2", "support a mechanism", "Hanna Tetteh", "said"),
    ("ly_gnu_release.txt", "The security of Tripoli is a red line", "Emad Trabelsi", "said"),
    ("th_wire.txt", "unprovoked, premeditated and deliberate", "Hun Manet", "said"),
    ("th_wire.txt", "does not want war", "Anutin Charnvirakul", ...),
    ("th_syndicated.txt", "does not want war", "Anutin Charnvirakul", ...),
    ("th_digest.txt#2", "We will respect the agreement", "Sok Chanthy", "said"),
    ("th_digest.txt#3", "A ceasefire signed in a hotel", "Panitan Wongsiri", "said"),
    ("th_night_a.txt", "Most people had already moved", "Somchai Boonmee", "said"),
    ("th_night_b.txt", "Most people had already moved", "Somchai Boonmee", "said"),
])


def test_anonymous_ssa_official_is_no_named_speaker(picture, doc_id):
    hits = [q for q in quotes_in(picture, doc_id["ly_scraper.jsonl#1"]) if q["text"].startswith("defending its")]
    assert len(hits) == 1 and hits[0]["speaker"] is None


test_numeric_claims = claims_test([
    ("ly_feed.rss#1", ">=6", "killed", "2025-10-13", None),
    ("ly_scraper.jsonl#1", ">=8", "killed", "2025-10-14", "Emergency Medicine Centre"),
    ("ly_og_page.html", 15, "killed", ..., "SSA"),
    ("th_syndicated.txt", ">=12", "killed", "2025-11-13", None),
    ("th_digest.txt#2", 8, "killed", ..., "Cambodia"),
    ("th_digest.txt#2", 5, "killed", ..., "Cambodia"),
    ("th_night_a.txt", 3, "injured", "2025-11-15", "Somchai Boonmee"),
])


test_relations = relations_test([
    ("Mohamed al-Mansouri", "spokesperson_of", "Radaa"),
    ("Hanna Tetteh", "leader_of", "UNSMIL"),
    ("Pongsak Thanarat", "spokesperson_of", "Royal Thai Army"),
    ("Hun Manet", "holds_office", "Cambodia"),
    ("Anutin Charnvirakul", "holds_office", "Thailand"),
    ("Anwar Ibrahim", "holds_office", "Malaysia"),
])
