"""Generalisation round 9b, end to end: two new conflicts, mostly as ordinary article pages copied
from a browser (site menu, share buttons, "Advertisement", photo captions with credits, related
links, glued sentences). Afghanistan: an Islamic State Khorasan (ISKP / ISIS-K / IS-K) suicide
bombing outside a Kabul bank on Tuesday 2025-10-14, a Taliban raid in Jalalabad late on Wednesday
(the Taliban say 12 ISKP fighters killed, residents say civilians died) and a National Resistance
Front (NRF) attack in Andarab late on Tuesday; reported by two scraped pages, a near-identical
syndicated copy, an RSS 1.0 (RDF) feed and a print-friendly page. Central African Republic: CPC
rebels attacking the FACA (with Russian instructors) in Bossangoa at dawn on Sunday 2025-10-12 and
a MINUSCA peacekeeper killed near Bambari on Monday 2025-10-13; reported by two scraped pages, a
rewrite, a Google News-style feed, a markdown export and an HTML page with "Key points", a casualty
table and a "Most read" sidebar. Only behaviour that works today is pinned here; the failures (the
.rdf and .md files skipped by the folder walk, the Kabul bombing split into five events, navigation
menus taken as titles...) are listed in /tmp/tester10b/failures.md."""
from pathlib import Path

import pytest
from corpus_checks import (alias_groups_test, assert_only_copy_pair, assert_spans_slice_the_text,
                           assert_stored_once, claims_test, cleaned_documents, corpus_fixtures, kept_apart_test,
                           metadata_test, one_event_test, quotes_test, relations_test, text_keeps_test,
                           text_lacks_test)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

DOCUMENTS = {"af_kabul_ledger.txt", "af_frontier_wire.txt", "af_gandhara_syndicated.txt", "af_print_eurasia.txt",
             "car_oubangui_matin.txt", "car_centrafrique_observer.txt", "car_sango_rewrite.txt",
             "car_keypoints.html", "car_gnews.rss#1", "car_gnews.rss#2"}

picture, doc_id, ents = corpus_fixtures(FIXTURES, "general9b")


def test_documents_read_and_stored_once(picture, doc_id):
    assert_stored_once(picture, doc_id, DOCUMENTS)


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_syndicated_copy_found_and_nothing_else_a_copy(picture, doc_id):
    assert_only_copy_pair(picture, doc_id, "af_frontier_wire.txt", "af_gandhara_syndicated.txt")


def test_the_two_conflicts_stay_in_separate_stories(picture, doc_id):
    story_of = {d: s["id"] for s in picture["stories"] for d in s["documents"]}
    afghan = {story_of[doc_id[n]] for n in ("af_kabul_ledger.txt", "af_frontier_wire.txt", "af_print_eurasia.txt")}
    car = {story_of[doc_id[n]] for n in ("car_oubangui_matin.txt", "car_centrafrique_observer.txt",
                                         "car_sango_rewrite.txt", "car_keypoints.html")}
    assert len(afghan) == 1 and len(car) == 1 and afghan != car


test_metadata = metadata_test([
    ("af_kabul_ledger.txt", "outlet", "Kabul Ledger"),
    ("af_kabul_ledger.txt", "published", "2025-10-15"),
    ("af_kabul_ledger.txt", "authors", ["Farid Ahmadzai"]),
    ("af_kabul_ledger.txt", "dateline", "KABUL"),
    ("af_frontier_wire.txt", "title", "Taliban say 12 Islamic State fighters killed in Jalalabad raid; residents say civilians died"),
    ("af_frontier_wire.txt", "published", "2025-10-16"),
    ("af_frontier_wire.txt", "dateline", "JALALABAD"),
    ("af_gandhara_syndicated.txt", "published", "2025-10-16"),
    ("af_print_eurasia.txt", "published", "2025-10-16"),
    ("af_print_eurasia.txt", "authors", ["Martin Okafor"]),
    ("car_oubangui_matin.txt", "published", "2025-10-14"),
    ("car_centrafrique_observer.txt", "title", "UN peacekeeper killed in ambush near Bambari; MINUSCA blames UPC"),
    ("car_centrafrique_observer.txt", "published", "2025-10-14"),
    ("car_sango_rewrite.txt", "outlet", "Sango Post"),
    ("car_sango_rewrite.txt", "published", "2025-10-14"),
    ("car_keypoints.html", "outlet", "Africa Security Brief"),
    ("car_keypoints.html", "title", "Two attacks in two days test CAR's fragile security"),
    ("car_keypoints.html", "published", "2025-10-14"),
    ("car_keypoints.html", "authors", ["Thomas Kpalet"]),
    ("car_gnews.rss#2", "published", "2025-10-14"),
])


test_page_chrome_removed = text_lacks_test([
    ("af_kabul_ledger.txt", "Advertisement"),
    ("af_kabul_ledger.txt", "Photo: Wahid Rahmani"),
    ("af_kabul_ledger.txt", "fear new wave of attacks"),
    ("af_kabul_ledger.txt", "All rights reserved"),
    ("af_frontier_wire.txt", "RELATED COVERAGE"),
    ("af_frontier_wire.txt", "AFW Photo/Shafiq Noori"),
    ("af_frontier_wire.txt", "may not be published, broadcast"),
    ("af_gandhara_syndicated.txt", "Share this: Facebook"),
    ("af_gandhara_syndicated.txt", "Gold prices rise"),
    ("af_print_eurasia.txt", "Print this article"),
    ("af_print_eurasia.txt", "Page 1 of 2"),
    ("af_print_eurasia.txt", "Page 2 of 2"),
    ("af_print_eurasia.txt", "URL: https://"),
    ("af_print_eurasia.txt", "(c) 2025"),
    ("car_oubangui_matin.txt", "Advertisement"),
    ("car_oubangui_matin.txt", "Rodrigue Benam"),
    ("car_oubangui_matin.txt", "les déplacés de Bossangoa"),
    ("car_oubangui_matin.txt", "Tous droits réservés"),
    ("car_centrafrique_observer.txt", "Related stories"),
    ("car_centrafrique_observer.txt", "traders return to market"),
    ("car_sango_rewrite.txt", "Share this article"),
    ("car_sango_rewrite.txt", "Touadera to visit Moscow"),
    ("car_keypoints.html", "Most read"),
    ("car_keypoints.html", "Chad closes border"),
    ("car_keypoints.html", "Privacy"),
])


test_body_kept_and_glue_repaired = text_keeps_test([
    ("af_kabul_ledger.txt", "died in hospital. Zadran said the attacker"),
    ("car_oubangui_matin.txt", "by stray bullets. Hundreds of residents"),
    ("af_print_eurasia.txt", "The NRF's leader, Ahmad Masoud"),
    ("car_keypoints.html", "CPC rebels attacked the army in Bossangoa at dawn on Sunday"),
])


test_alias_groups = alias_groups_test([
    (["Zabihullah Mujahid", "Zabiullah Mujahed", "Mujahed"], "PERSON"),
    (["Faustin-Archange Touadéra", "Faustin-Archange Touadera"], "PERSON"),
    (["Khalid Zadran", "Zadran"], "PERSON"),
    (["Sibghatullah Ahmadi", "Ahmadi"], "PERSON"),
    (["ISKP", "ISIS-K", "IS-K", "Islamic State Khorasan"], "ORG"),
    (["Taliban", "Islamic Emirate"], "ORG"),
    (["NRF", "National Resistance Front"], "ORG"),
    (["MINUSCA", "UN Multidimensional Integrated Stabilization Mission in the Central African Republic"], "ORG"),
    (["CPC", "Coalition of Patriots for Change"], "ORG"),
    (["FACA", "Central African Armed Forces", "Central African army"], "ORG"),
    (["Wagner group"], "ORG"),
    (["Africa Corps"], "ORG"),
    (["Jalalabad", "JALALABAD"], "GPE"),
    (["Bossangoa"], "GPE"),
    (["Bambari"], "GPE"),
    (["Andarab"], "GPE"),
])


test_kept_apart = kept_apart_test([
    ("ISKP", "Islamic State group"),
    ("Taliban", "NRF"),
    ("MINUSCA", "Union for Peace in the Central African Republic"),
    ("CPC", "FACA"),
    ("Zabihullah Mujahid", "Gul Muhammad"),
])


test_relations = relations_test([
    ("Zabihullah Mujahid", "spokesperson_of", "Taliban"),
    ("Ahmad Masoud", "leader_of", "NRF"),
    ("Ali Darassa", "leader_of", "Union for Peace in the Central African Republic"),
    ("Souleymane Daouda", "spokesperson_of", "Union for Peace in the Central African Republic"),
    ("Dieudonné Yakéndji", "spokesperson_of", "FACA"),
    ("Valentine Rugwabiza", "leader_of", "MINUSCA"),
])


test_quotes = quotes_test([
    ("af_frontier_wire.txt", "Twelve Khawarij were killed", "Zabiullah Mujahed"),
    ("af_frontier_wire.txt", "They came at midnight", "Gul Muhammad"),
    ("af_gandhara_syndicated.txt", "Twelve Khawarij were killed", "Zabiullah Mujahed"),
    ("af_kabul_ledger.txt", "The enemies of Islam", "Zabihullah Mujahid"),
    ("af_kabul_ledger.txt", "We heard a boom", "Mohammad Nabi Hotak"),
    ("af_print_eurasia.txt", "Every time the Taliban say", "Abdul Sayed"),
    ("af_print_eurasia.txt", "We do not want war", "Sibghatullah Ahmadi"),
    ("car_oubangui_matin.txt", "The enemy came at five", "Dieudonné Yakéndji"),
    ("car_centrafrique_observer.txt", "this cowardly attack", "Valentine Rugwabiza"),
    ("car_centrafrique_observer.txt", "Our men were not in that area", "Souleymane Daouda"),
    ("car_keypoints.html", "The rebels want to show", "Nathalia Dukhan"),
])


def test_nested_quotes_stay_inside_their_outer_quote(picture, doc_id):
    for name, inner in (("af_kabul_ledger.txt", "Run to the back"), ("af_frontier_wire.txt", "There is nobody"),
                        ("car_centrafrique_observer.txt", "the UPC attacked us")):
        assert not [q for q in picture["quotes"] if q["doc"] == doc_id[name] and q["text"].lstrip("'‘“\"").startswith(inner)]


test_merged_events = one_event_test({
    # the Kabul bombing, reported by the same three pages, is another event: pick the Jalalabad one
    "jalalabad_raid_merges_across_three_outlets": dict(
        action="ASSAULT", docs=("af_frontier_wire.txt", "af_gandhara_syndicated.txt", "af_print_eurasia.txt"),
        where={"location": "Jalalabad"},
        expect={"date": "2025-10-15", "actor": "Taliban", "target": "ISKP", "location": "Jalalabad", "fatalities": 12}),
    "andarab_attack_merges_with_its_own_date": dict(
        action="ASSAULT", docs=("af_kabul_ledger.txt", "af_print_eurasia.txt"), where={"location": "Andarab"},
        expect={"date": "2025-10-14", "actor": "NRF", "target": "Taliban", "fatalities": 7}),
    "bambari_ambush_merges_across_four_outlets": dict(
        action="ASSAULT", docs=("car_oubangui_matin.txt", "car_centrafrique_observer.txt", "car_sango_rewrite.txt",
                                "car_keypoints.html"),
        expect={"date": "2025-10-13", "target": "MINUSCA", "location": "Bambari", "injuries": 2}),
    "bossangoa_attack_merges_with_its_sunday_date": dict(
        action="ASSAULT", docs=("car_oubangui_matin.txt", "car_centrafrique_observer.txt", "car_keypoints.html"),
        where={"location": "Bossangoa"},
        expect={"date": "2025-10-12", "actor": "CPC", "target": "FACA", "location": "Bossangoa"}),
})


test_claims = claims_test([
    ("af_frontier_wire.txt", 12, "members killed", "2025-10-15", "Taliban"),
    ("af_print_eurasia.txt", 12, "fighters killed", "2025-10-15", "Taliban"),
    ("af_print_eurasia.txt", 7, "killed", "2025-10-14", "NRF"),
    ("af_print_eurasia.txt", 2, "injured", "2025-10-14", "Taliban"),
    ("af_kabul_ledger.txt", 7, "killed", "2025-10-14", "NRF"),
    ("car_oubangui_matin.txt", 11, "soldiers killed", ..., "CPC"),
    ("car_oubangui_matin.txt", 14, "killed", ..., "FACA"),
    ("car_centrafrique_observer.txt", 14, "killed", "2025-10-12", ...),
])


def test_rdf_feed_read_directly_gives_its_two_items():
    """An RSS 1.0 (RDF) file named on the command line is sniffed as a feed: two items, each with
    its own title, creator, date and dateline (the folder walk skipping ".rdf" is a known failure)."""
    docs = cleaned_documents(FIXTURES / "af_hindukush.rdf")
    assert [d.title for d in docs] == ["Six killed as suicide bomber strikes Kabul bank",
                                       "NRF claims attack on Taliban post in Andarab, Taliban deny losses"]
    assert [d.authors for d in docs] == [["Sahar Mohmand"], ["Sahar Mohmand"]]
    assert [str(d.published)[:10] for d in docs] == ["2025-10-14", "2025-10-15"]
    assert [d.dateline for d in docs] == ["KABUL", "PUL-E-KHUMRI"]
    assert "Mawlawi Abdul Ahad Fazli" in docs[1].text
