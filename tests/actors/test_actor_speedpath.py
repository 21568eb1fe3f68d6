"""The one-pass matcher, the pickled knowledge base, nested places and generic short forms."""
import pickle

from sitrep.actors import find_mentions
from sitrep.actors.fold import fold_text
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.weapons import weapon_spans
from sitrep.nlp.sentences import split_sentences

ENTRIES = [
    {"id": "sudan", "name": "Sudan", "type": "GPE", "aliases": []},
    {"id": "sudan-foreign-ministry", "name": "Ministry of Foreign Affairs of Sudan", "type": "ORG",
     "aliases": ["Sudanese foreign ministry", "Sudan's foreign ministry"]},
    {"id": "chad-foreign-ministry", "name": "Ministry of Foreign Affairs of Chad", "type": "ORG",
     "aliases": ["Chadian foreign ministry"]},
    {"id": "unsc", "name": "United Nations Security Council", "type": "ORG",
     "aliases": ["UN Security Council", "UNSC"]},
    {"id": "port-sudan-port", "name": "Port of Port Sudan", "type": "FAC", "aliases": []},
    {"id": "mariupol-port", "name": "Port of Mariupol", "type": "FAC", "aliases": ["port of Mariupol"]},
    {"id": "mariupol", "name": "Mariupol", "type": "GPE", "aliases": []},
    {"id": "kherson", "name": "Kherson", "type": "GPE", "aliases": []},
]


def run(text, kb):
    ms = find_mentions(text, split_sentences(text), kb)
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def kb_small():
    return KnowledgeBase(ENTRIES, places=False, outlets=False)


def test_pickled_knowledge_base_matches_like_the_built_one():
    kb = kb_small()
    text = "The Sudanese foreign ministry said on Monday that shelling near Kherson had stopped."
    before = [(m.start, m.end, m.kb_id) for m in run(text, kb)]
    loaded = pickle.loads(pickle.dumps(kb))
    assert [(m.start, m.end, m.kb_id) for m in run(text, loaded)] == before
    assert loaded.entry("sudan")["name"] == "Sudan" and loaded.version == kb.version
    assert [a.entry for a in loaded.aliases(fold_text("UNSC").deep_text.strip())] == ["unsc"]


def test_short_names_in_capitals_are_still_found():
    # datelines and shouting headlines: short all-caps words keep their letters when folded
    ms = run("KHERSON, Ukraine - Shelling resumed, SUDAN said.", kb_small())
    assert {m.kb_id for m in ms} >= {"kherson", "sudan"}


def test_a_place_named_inside_a_facility_is_mentioned_too():
    text = "Drones struck the port of Mariupol overnight, the governor said."
    ms = run(text, kb_small())
    got = {(m.text, m.type) for m in ms}
    assert ("port of Mariupol", "FAC") in got and ("Mariupol", "GPE") in got


def test_a_generic_ministry_joins_the_one_fuller_name_in_the_document():
    text = ("The Sudanese foreign ministry summoned the envoy on Sunday. Later the Ministry of Foreign "
            "Affairs said talks would resume, and the Foreign Ministry denied any deal.")
    ms = run(text, kb_small())
    by = {m.text: m for m in ms}
    assert by["Ministry of Foreign Affairs"].kb_id == "sudan-foreign-ministry"
    assert by["Foreign Ministry"].local == by["Sudanese foreign ministry"].local


def test_a_generic_short_form_with_two_candidates_or_none_is_left_alone():
    two = ("The Sudanese foreign ministry and the Chadian foreign ministry met. "
           "The Foreign Ministry later said nothing had been agreed.")
    # a titled generic body stays an actor of its own (session 23), joined to neither candidate
    ms = run(two, kb_small())
    short = [m for m in ms if m.text == "Foreign Ministry"]
    assert all(m.local not in {o.local for o in ms if o.text != "Foreign Ministry"} for m in short)
    alone = "The Defence Ministry said the convoy had been attacked near the border."
    assert [(m.text, m.kb_id) for m in run(alone, kb_small()) if m.type == "ORG"] == [("Defence Ministry", None)]


def test_the_security_council_after_its_full_name():
    text = ("Sudan asked the UN Security Council to meet. The Security Council will discuss "
            "the request on Friday, diplomats said.")
    ms = run(text, kb_small())
    ids = {m.text: m.kb_id for m in ms}
    assert ids["Security Council"] == "unsc"


def test_weapon_search_near_head_words_equals_a_full_scan():
    text = ("Russian forces launched Shahed-136 drones and Kh-101 cruise missiles at Odesa, while "
            "Ukraine used MQ-9 Reaper drones and 20 tanks. On Monday 20 drones were downed.")
    f = fold_text(text)
    ends = [f.ends[k] for k, w in enumerate(f.lights) if w in ("drones", "missiles", "tanks")]
    assert weapon_spans(text, ends) == weapon_spans(text)
    assert [text[s:e] for s, e in weapon_spans(text)] == ["Shahed-136", "Kh-101", "MQ-9 Reaper"]
