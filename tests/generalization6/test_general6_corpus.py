"""Generalisation round 6, end to end: ordinary news pages copied from a browser or saved as HTML
(cookie banners, "Advertisement", "Read more:", newsletter boxes, share counts, "Most read", image
credits, author bios, "Updated" stamps) on two new conflicts: a JNIM assault on the Djibo army camp
in Burkina Faso (AFP wire, a near-identical syndicated copy with a glued "killedat", a paraphrased
rewrite by another outlet, an undated follow-up on reprisals against Fulani villagers by soldiers
and VDP) and the shelling near Sotk on the Armenia-Azerbaijan border (Yerevan daily, Baku agency
page, RFE/RL-style report with the rising toll, undated follow-up). Only behaviour that works
today is pinned; the failures (the Djibo assault split in two, a background coup merged with the
Sollé killings, the Sotk toll update a separate event, quotes of anonymous sources given the
wrong speaker...) are in the tester's report (/tmp/tester6/failures.md)."""
from pathlib import Path

import pytest
from corpus_checks import (alias_groups_test, assert_spans_slice_the_text, assert_stored_once, claims_test,
                           corpus_fixtures, document_text, kept_apart_test, metadata_test, one_event_test,
                           quotes_in, quotes_test, relations_test, text_lacks_test)

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow

ARTICLES = {"bf_wire_afp.txt", "bf_syndicated.txt", "bf_rewrite_sahelpost.html", "bf_reprisals_followup.txt",
            "am_yerevan_daily.txt", "am_baku_agency.html", "am_caucasus_report.txt", "am_followup_undated.txt"}

picture, doc_id, ents = corpus_fixtures(FIXTURES, "general6")


def test_articles_stored_once(picture, doc_id):
    assert_stored_once(picture, doc_id, ARTICLES, exact=True)


def test_offsets_slice_the_text(picture):
    assert_spans_slice_the_text(picture)


def test_syndicated_copy_and_rewrite_found(picture, doc_id):
    pairs = {(frozenset((d["a"], d["b"])), d["kind"]) for d in picture["duplicates"]}
    wire, synd, rewrite = doc_id["bf_wire_afp.txt"], doc_id["bf_syndicated.txt"], doc_id["bf_rewrite_sahelpost.html"]
    assert (frozenset((wire, synd)), "copy") in pairs
    assert (frozenset((wire, rewrite)), "rewrite") in pairs
    # the independent reports on the same incidents are neither copies nor rewrites
    others = {doc_id[n] for n in ARTICLES} - {wire, synd, rewrite}
    assert not [d for d in picture["duplicates"] if {d["a"], d["b"]} & others]


test_metadata = metadata_test([
    ("bf_wire_afp.txt", "outlet", "AFP"),
    ("bf_wire_afp.txt", "published", "2025-05-12"),
    ("bf_wire_afp.txt", "dateline", "OUAGADOUGOU"),
    ("bf_syndicated.txt", "title", "Burkina Faso: dozens of soldiers killed as jihadists storm Djibo army camp"),
    ("bf_rewrite_sahelpost.html", "outlet", "The Sahel Post"),
    ("bf_rewrite_sahelpost.html", "published", "2025-05-12"),
    ("bf_rewrite_sahelpost.html", "title", "Djibo attack: JNIM overruns army camp, killing dozens of troops and VDP fighters"),
    ("bf_reprisals_followup.txt", "authors", ["Issa Sawadogo", "Claire Dubois"]),
    ("bf_reprisals_followup.txt", "published", None),
    ("am_baku_agency.html", "outlet", "Caspian News Agency"),
    ("am_baku_agency.html", "published", "2025-09-10"),
    ("am_yerevan_daily.txt", "published", "2025-09-10"),
    ("am_yerevan_daily.txt", "title", "Two Armenian servicemen killed as Azerbaijan shells positions near Sotk"),
    ("am_caucasus_report.txt", "authors", ["Lilit Avetisyan", "Rufat Mammadov"]),
    ("am_followup_undated.txt", "published", None),
    ("am_followup_undated.txt", "title", "Calm returns to Sotk but villagers stay in basements"),
])


test_page_chrome_removed = text_lacks_test([
    ("bf_syndicated.txt", "Accept all cookies"),
    ("bf_syndicated.txt", "Advertisement"),
    ("bf_syndicated.txt", "Read more:"),
    ("bf_syndicated.txt", "Most read"),
    ("bf_syndicated.txt", "Enter your email"),
    ("bf_syndicated.txt", "All rights reserved"),
    ("bf_wire_afp.txt", "bur-xyz/jd/sbk"),
    ("bf_rewrite_sahelpost.html", "Getty Images"),
    ("bf_rewrite_sahelpost.html", "has covered the Burkinabe conflict since 2016"),
    ("bf_rewrite_sahelpost.html", "1.2k shares"),
    ("bf_rewrite_sahelpost.html", "Gold rush fuels violence"),
    ("am_baku_agency.html", "We use cookies"),
    ("am_baku_agency.html", "Latest news"),
    ("am_caucasus_report.txt", "Used with the permission"),
    ("am_yerevan_daily.txt", "Skip to main content"),
    ("am_yerevan_daily.txt", "Read also:"),
    ("am_followup_undated.txt", "Advertisement"),
])


def test_glued_word_repaired(picture, doc_id):
    text = document_text(picture, doc_id["bf_syndicated.txt"])
    assert "killed at least 50 soldiers" in text and "killedat" not in text


test_aliases_merge_into_one_typed_entity = alias_groups_test([
    (["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Group for the Support of Islam and Muslims"], "ORG"),
    (["VDP", "Volontaires pour la défense de la patrie", "Volunteers for the Defence of the Homeland"], "ORG"),
    (["Ibrahim Traoré", "Ibrahim Traore"], "PERSON"),
    (["Nikol Pashinyan", "Nikol Pashinian", "Pashinyan"], "PERSON"),
    (["Hikmet Hajiyev", "Hajiyev"], "PERSON"),
    (["Ilham Aliyev"], "PERSON"),
    (["Jean-Emmanuel Ouédraogo"], "PERSON"),
    (["Aram Torosyan"], "PERSON"),
    (["Boukary Diallo"], "PERSON"),
    (["Armenian Defence Ministry", "Armenia's Defense Ministry", "Armenia's Defence Ministry"], "ORG"),
    (["European Union Mission in Armenia", "EUMA"], "ORG"),
    (["Human Rights Watch"], "ORG"),
    (["Djibo"], "GPE"),
    (["Sollé"], "GPE"),
    # the mixed-case "Ouagadougou" stands only in bylines, credits and an author bio: chrome
    (["OUAGADOUGOU"], "GPE"),
    (["Sotk"], "GPE"),
    (["Jermuk"], "GPE"),
    (["Gegharkunik"], "GPE"),
    (["Kalbajar"], "GPE"),
    (["Yerevan", "YEREVAN"], "GPE"),
])


test_distinct_actors_not_merged = kept_apart_test([
    ("JNIM", "VDP"), ("JNIM", "Al-Qaeda"), ("Nikol Pashinyan", "Ilham Aliyev"), ("Sotk", "Jermuk"),
    ("Ibrahim Traoré", "Jean-Emmanuel Ouédraogo"), ("Aminata Ouédraogo", "Jean-Emmanuel Ouédraogo"),
    ("Armenia", "Azerbaijan"), ("Tigran Grigoryan", "Anahit Grigoryan"),
])


test_merged_events = one_event_test({
    # the wire ("on Sunday", dated Monday) and the undated follow-up ("Sunday's ... attack", toll 70)
    "djibo_assault_by_jnim_on_sunday_across_outlets": dict(
        action="ASSAULT", docs=("bf_wire_afp.txt", "bf_reprisals_followup.txt"),
        expect={"date": "2025-05-11", "actor": "JNIM"}),
    # two soldiers killed in the first reports; a later report's "toll ... rose to three" folds
    # into the same shelling and raises its toll (it was a separate event before round 8)
    "sotk_shelling_merged_across_outlets": dict(
        action="ASSAULT", docs=("am_yerevan_daily.txt", "am_caucasus_report.txt"), where={"date": "2025-09-09"},
        # "Two Armenian soldiers were killed": the target is the group killed, not its state
        expect={"location": "Sotk", "target": "Armenian", "fatalities": 3}),
})


test_quote_and_speaker = quotes_test([
    ("am_yerevan_daily.txt", "We remain committed to the peace process", "Nikol Pashinyan", "said"),
    ("am_yerevan_daily.txt", "in a gross manner", "Aram Torosyan", "said"),
    ("am_caucasus_report.txt", "We have nothing to hide", "Nikol Pashinian", "said"),
    ("am_caucasus_report.txt", "President Ilham Aliyev has made clear", "Hikmet Hajiyev", "said"),
    ("am_baku_agency.html", "remains committed to the peace agenda", "Hikmet Hajiyev", "said"),
    ("am_followup_undated.txt", "The children sleep in the cellar", "Nune Harutyunyan", "said"),
    ("am_followup_undated.txt", "without a signed treaty", "Tigran Grigoryan", "said"),
    ("bf_reprisals_followup.txt", "impossible to verify", "Boukary Diallo", "said"),
    ("bf_reprisals_followup.txt", "has never targeted civilians", "Jean-Emmanuel Ouédraogo", ...),
])


def test_anonymous_security_source_is_no_named_speaker(picture, doc_id):
    hits = [q for q in quotes_in(picture, doc_id["bf_wire_afp.txt"]) if q["text"].startswith("They came from")]
    assert len(hits) == 1 and hits[0]["speaker"] is None


test_numeric_claims = claims_test([
    ("am_yerevan_daily.txt", 2, "killed", "2025-09-09", "Armenian Defence Ministry"),
    ("am_caucasus_report.txt", 3, "killed", "2025-09-10", "Armenian Defence Ministry"),
    ("bf_wire_afp.txt", ">=50", "killed", "2025-05-12", None),
    ("bf_wire_afp.txt", ">26000", "killed", ..., "ACLED"),
    ("bf_reprisals_followup.txt", ">=223", "killed", "2024-02", "Human Rights Watch"),
    ("bf_reprisals_followup.txt", ">=40", "people", ..., "Boukary Diallo"),
])


test_relations = relations_test([
    ("Aram Torosyan", "spokesperson_of", "Armenian Defence Ministry"),
    ("Maria Zakharova", "spokesperson_of", "Russia's Foreign Ministry"),
])
