"""Generalisation round 8a, end to end: new formats on two new conflicts. Turkey against the PKK
in northern Iraq and north-east Syria (Tuesday night's drone and air strikes on Gara and Qandil,
the defence ministry's "neutralised 21 terrorists" disputed by the PKK, a strike near Amedi the
Kurdish side says killed shepherds, a strike near Qamishli on SDF fighters), reported by a
NewsAPI-style JSON response (two articles), an AMP page carrying a schema.org NewsArticle JSON-LD
block and a messy body, and a rewrite-style report spelling the names in ASCII (Ocalan, Sirnak).
Cameroon's Anglophone crisis (a bus kidnapping near Bamenda on Sunday night, the BIR's raid on an
Ambazonia Defence Forces camp in Bafut on Monday, "ghost town" lockdowns), reported by a gzipped
wire (.txt.gz), its near-identical syndicated copy, a Windows-1252 text file and a blog page
followed by a reader-comments section. Only behaviour that works today is pinned; the failures
(the NewsAPI publishedAt date and the cp1252 text lost, events split or merged wrongly...) are in
/tmp/tester9a/failures.md."""
from pathlib import Path

import pytest
from corpus_checks import (alias_groups_test, assert_one_event, assert_only_copy_pair, assert_spans_slice_the_text,
                           assert_stored_once, claims_in, claims_test, corpus_fixtures, document, document_text,
                           kept_apart_test, metadata_test, quotes_in, quotes_test, relations_test, text_lacks_test)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

DOCUMENTS = {"tr_newsapi.json#1", "tr_newsapi.json#2", "tr_amp.html", "tr_rewrite.txt", "cm_wire.txt.gz",
             "cm_syndicated.txt", "cm_sentinel_cp1252.txt", "cm_comments.html"}

picture, doc_id, ents = corpus_fixtures(FIXTURES, "general8a")


def test_every_file_read_and_stored_once(picture, doc_id):
    assert_stored_once(picture, doc_id, DOCUMENTS, exact=True)


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_gzipped_wire_and_its_syndicated_copy_are_a_copy_and_nothing_else_is(picture, doc_id):
    assert_only_copy_pair(picture, doc_id, "cm_wire.txt.gz", "cm_syndicated.txt", kinds=("copy", "rewrite"))


def test_cameroon_reports_of_the_bafut_raid_form_one_story(picture, doc_id):
    names = ("cm_wire.txt.gz", "cm_syndicated.txt", "cm_comments.html", "cm_sentinel_cp1252.txt")
    story = [s for s in picture["stories"] if doc_id["cm_wire.txt.gz"] in s["documents"]]
    assert len(story) == 1 and {doc_id[n] for n in names} <= set(story[0]["documents"])
    assert not {doc_id["tr_amp.html"], doc_id["tr_rewrite.txt"]} & set(story[0]["documents"])


test_metadata = metadata_test([
    ("tr_newsapi.json#1", "outlet", "Ankara Daily Star"),
    ("tr_newsapi.json#1", "title", "Turkish jets and drones hit PKK hideouts in northern Iraq, ministry says 21 "
                                   "terrorists neutralised"),
    ("tr_newsapi.json#1", "authors", ["Elif Yıldız"]),
    ("tr_newsapi.json#1", "dateline", "ANKARA"),
    ("tr_newsapi.json#2", "outlet", "Kurdistan Monitor"),
    ("tr_newsapi.json#2", "authors", ["Rebaz Hawrami"]),
    ("tr_newsapi.json#2", "dateline", "DUHOK"),
    ("tr_amp.html", "outlet", "Levant Observer"),
    ("tr_amp.html", "title", "Civilian toll rises to four in Turkish strike on Iraqi Kurdistan village"),
    ("tr_amp.html", "published", "2025-10-16"),
    ("tr_amp.html", "authors", ["Dilan Aksoy", "Tom Whitaker"]),
    ("tr_amp.html", "dateline", "ERBIL"),
    ("tr_rewrite.txt", "title", 'Turkey says 21 PKK militants "neutralised" in northern Iraq air raids'),
    ("tr_rewrite.txt", "published", "2025-10-15"),
    ("tr_rewrite.txt", "dateline", "ISTANBUL"),
    ("cm_wire.txt.gz", "title", "Separatists kidnap nine bus passengers near Bamenda as army raid kills seven fighters"),
    ("cm_wire.txt.gz", "outlet", "West Africa Press Agency"),
    ("cm_wire.txt.gz", "published", "2025-10-20"),
    ("cm_wire.txt.gz", "dateline", "BAMENDA"),
    ("cm_syndicated.txt", "published", "2025-10-20"),
    ("cm_syndicated.txt", "dateline", "BAMENDA"),
    ("cm_sentinel_cp1252.txt", "outlet", "Cameroon Sentinel"),
    ("cm_sentinel_cp1252.txt", "title", "North-West: kidnapped passengers now 12, says governor"),
    ("cm_sentinel_cp1252.txt", "published", "2025-10-21"),
    ("cm_comments.html", "outlet", "The Bamenda Chronicle"),
    ("cm_comments.html", "title", "Bafut: BIR raid kills seven Amba fighters, separatists say civilians among dead"),
    ("cm_comments.html", "published", "2025-10-20"),
    ("cm_comments.html", "authors", ["Nkwain Fru"]),
])


def test_wire_bylines_are_read_from_the_gzipped_text(picture, doc_id):
    assert {"Joseph Tanyi", "Claire Mbarga"} <= set(document(picture, doc_id, "cm_wire.txt.gz")["authors"])


test_chrome_removed = text_lacks_test([
    ("cm_wire.txt.gz", "Additional reporting by"),
    ("cm_wire.txt.gz", "By Joseph Tanyi"),
    ("cm_syndicated.txt", "Copyright 2025"),
    ("cm_syndicated.txt", "Related:"),
    ("cm_syndicated.txt", "Published: October 20"),
    ("tr_amp.html", "ADVERTISEMENT"),
    ("tr_amp.html", "Also read"),
    ("tr_amp.html", "Most read"),
    ("tr_amp.html", "Tags:"),
    ("tr_amp.html", "morning briefing"),
    ("tr_amp.html", "4 min read"),
    ("tr_rewrite.txt", "By Selin Kaya"),
    ("cm_comments.html", "Share this"),
    ("cm_comments.html", "Posted by Nkwain Fru"),
])


@pytest.mark.parametrize("gone", ["42 Comments", "Ambe Peter", "Reply", "freedom fighters", "Ndop",
                                  "one and indivisible", "Leave a Reply", "Load more comments"])
def test_reader_comments_are_not_article_text(picture, doc_id, gone):
    text = document_text(picture, doc_id["cm_comments.html"])
    assert gone not in text
    assert text.rstrip().endswith('"Ghost towns only hurt our own people," he said.')


def test_reader_comments_give_no_entities_quotes_or_claims(picture, doc_id, ents):
    doc = doc_id["cm_comments.html"]
    for commenter in ("Ambe Peter", "Ngwa Sylvester", "Marie-Claire Tchouta", "Fon Divine", "Kumbo", "Ndop", "Batibo"):
        assert not [e for e in ents.values() if commenter in e["aliases"]], commenter
    assert not [q for q in quotes_in(picture, doc) if "indivisible" in q["text"] or "criminals" in q["text"]]
    assert not [c for c in claims_in(picture, doc) if c["quantity"] in (5, 12) or "franc" in c["unit"]]


def test_the_article_body_of_the_amp_page_is_complete(picture, doc_id):
    text = document_text(picture, doc_id["tr_amp.html"])
    assert text.startswith("ERBIL — The number of civilians killed")
    assert text.rstrip().endswith("in the Sea of Marmara since 1999.")


test_alias_groups = alias_groups_test([
    (["PKK", "Kurdistan Workers' Party"], "ORG"),
    (["Ambazonia Defence Forces", "ADF", "Ambazonia Defense Forces", "Amba boys"], "ORG"),
    (["Rapid Intervention Battalion", "BIR"], "ORG"),
    (["Syrian Democratic Forces", "SDF"], "ORG"),
    (["Kurdistan Regional Government", "KRG"], "ORG"),
    (["People's Protection Units", "YPG"], "ORG"),
    (["Abdullah Öcalan", "Abdullah Ocalan"], "PERSON"),
    (["Murat Karayılan", "Murat Karayilan"], "PERSON"),
    (["Hakan Fidan", "Fidan"], "PERSON"),
    (["Jean-Marc Ndongo", "Ndongo"], "PERSON"),
    (["Shivan Berwari", "Berwari"], "PERSON"),
    (["Serge Mbarga Nkodo"], "PERSON"),
    (["Zagros Hiwa"], "PERSON"),
    (["Ivo Ndeh"], "PERSON"),
    (["Kurdistan Region", "Kurdistan Region of Iraq"], "GPE"),
    (["Qandil mountains", "Qandil"], "LOC"),
    (["Bamenda", "BAMENDA"], "GPE"),
    (["Buea", "BUEA"], "GPE"),
    (["Erbil", "ERBIL"], "GPE"),
    (["Qamishli"], "GPE"),
    (["Bafut"], "GPE"),
    (["Kurdistan Monitor"], "MEDIA"),
])


test_kept_apart = kept_apart_test([
    ("PKK", "YPG"), ("PKK", "SDF"), ("SDF", "YPG"), ("ADF", "BIR"), ("KRG", "PKK"),
    ("Abdullah Öcalan", "Murat Karayılan"), ("Kurdistan Region", "Kurdistan Regional Government"),
])


test_relations = relations_test([
    ("Abdullah Öcalan", "leader_of", "PKK"),
    ("Murat Karayılan", "member_of", "PKK"),
    ("Peshawa Hawramani", "spokesperson_of", "KRG"),
])


def test_bafut_raid_is_one_event_merged_across_four_outlets_and_disputed(picture, doc_id, ents):
    raid = assert_one_event(
        picture, ents, doc_id, "ASSAULT", docs=("cm_wire.txt.gz",), where={"date": "2025-10-20"},
        expect={"actor": "BIR", "target": "ADF", "location": "Bafut", "corroboration": "disputed"},
        covers=("cm_wire.txt.gz", "cm_syndicated.txt", "cm_comments.html", "cm_sentinel_cp1252.txt"))
    # the governor's seven is the figure most outlets give; the separatists' two stays a dispute
    assert 7 in {r["fatalities"] for r in raid["reports"]}
    note = " ".join(raid["disputes"])
    assert "fatalities: 2 (" in note and "; 7 (" in note


def test_qamishli_strike_on_the_sdf_is_found(picture, doc_id, ents):
    hit = assert_one_event(picture, ents, doc_id, "ASSAULT", where={"date": "2025-10-15", "target": "SDF"},
                           expect={"location": "Qamishli"})
    assert hit["actor"] is not None and ents[hit["actor"]]["type"] in ("ORG", "GPE")


def test_pkk_denial_merges_across_outlets(picture, doc_id, ents):
    assert_one_event(picture, ents, doc_id, "REJECT", where={"actor": "PKK"}, covers=("tr_amp.html", "tr_rewrite.txt"))


def test_no_event_from_reader_comments(picture, doc_id):
    doc = doc_id["cm_comments.html"]
    text = document_text(picture, doc)
    for e in picture["events"]:
        for ev in e["evidence"]:
            if ev["doc"] == doc:
                assert "Ndop" not in text[ev["start"]:ev["end"]]


test_quote_speakers = quotes_test([
    ("tr_newsapi.json#1", "We have told our Iraqi friends", "Hakan Fidan"),
    ("tr_newsapi.json#1", "a terror corridor", "Hakan Fidan"),
    ("tr_newsapi.json#1", "Our heroic commandos", "Turkish Defence Ministry"),
    ("tr_newsapi.json#2", "These were not terrorists", "Shivan Berwari"),
    ("tr_newsapi.json#2", "killing civilians and calling them terrorists", "Zagros Hiwa"),
    ("tr_amp.html", "The Turkish side says it hits only terrorists", "Nazdar Sindi"),
    ("tr_amp.html", "a declaration that Ankara does not want peace", "Murat Karayılan"),
    ("tr_amp.html", "until the caves of Qandil are empty", "Hakan Fidan"),
    ("tr_rewrite.txt", "They were civilians, not fighters", "Shivan Berwari"),
    ("tr_rewrite.txt", "The claim that 21 of our comrades", "Zagros Hiwa"),
    ("tr_rewrite.txt", "The PKK presence must end", "Hakan Fidan"),
    ("cm_wire.txt.gz", "The so-called Amba boys", "Jean-Marc Ndongo"),
    ("cm_wire.txt.gz", "We will bring every one of them home", "Jean-Marc Ndongo"),
    ("cm_comments.html", "neutralised seven terrorists", "Serge Mbarga Nkodo"),
    ("cm_comments.html", "Ghost towns only hurt our own people", "Jean-Marc Ndongo"),
])


test_claims = claims_test([
    ("tr_amp.html", 21, "killed", "2025-10-14", "Turkish Defence Ministry"),   # one ministry however it is named
    ("tr_amp.html", 2, "killed", "2025-10-15", "SDF"),
    ("cm_wire.txt.gz", 7, "fighters killed", "2025-10-20", "Serge Mbarga Nkodo"),
    ("cm_wire.txt.gz", 3, "civilians killed", "2025-10-20", ...),
    ("cm_wire.txt.gz", ">6000", "killed", ..., "International Crisis Group"),
    ("cm_comments.html", 3, "civilians killed", "2025-10-20", "ADF"),
    ("cm_comments.html", 9, "kidnapped", "2025-10-19", ...),   # "a day after" Monday: the Sunday night kidnapping,
    ("tr_newsapi.json#2", 2, "killed", ..., "SDF"),
])
