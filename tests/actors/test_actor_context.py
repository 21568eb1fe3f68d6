"""Unknown places, states, demonyms, groups and acronyms typed by context (invented conflict)."""
from __future__ import annotations

from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _run(text, kb, title=None):
    return find_mentions(text, split_sentences(text), kb, title)


def _types(ms, surface):
    return {m.type for m in ms if m.text == surface}


def _locals(ms, surface):
    return {m.local for m in ms if m.text == surface}


def test_unknown_town_after_place_words_and_its_bare_repeats(small_kb):
    text = ("Shelling was reported near Tarsk overnight, officials said. Two families fled from "
            "the outskirts of Tarsk to the river.\n\nTarsk was quiet on Sunday, a resident said.")
    ms = _run(text, small_kb)
    tarsk = [m for m in ms if m.text == "Tarsk"]
    assert len(tarsk) == 3                       # the sentence-initial one joins the others
    assert {m.type for m in tarsk} == {"GPE"}
    assert len({m.local for m in tarsk}) == 1


def test_region_head_makes_a_region(small_kb):
    ms = _run("Aid convoys cannot reach villages in the Belmir region, the agency said.", small_kb)
    assert _types(ms, "Belmir") == {"LOC"}


def test_towns_coordinated_after_a_preposition(small_kb):
    ms = _run("The wounded were taken to hospitals in Oskarno and Velitsa on Monday.", small_kb)
    assert _types(ms, "Oskarno") == {"GPE"} and _types(ms, "Velitsa") == {"GPE"}


def test_country_by_demonym_beats_a_lone_speaking_verb(small_kb):
    text = ("Mardovan troops shelled the border on Tuesday. Mardova accuses its neighbour of arming "
            "the rebels, which the neighbour denies.")
    ms = _run(text, small_kb)
    assert _types(ms, "Mardovan") == {"NORP"}
    assert _types(ms, "Mardova") == {"GPE"}


def test_demonym_of_an_absent_country_before_a_state_noun(small_kb):
    ms = _run("The envoy was in the Keshtani capital on Friday, her office said.", small_kb)
    assert _types(ms, "Keshtani") == {"NORP"}


def test_name_ending_like_a_demonym_is_not_one_by_itself(small_kb):
    ms = _run("Fighting resumed on Monday. Adrian Holt said the road was closed.", small_kb)
    assert "NORP" not in {m.type for m in ms}


def test_state_cues_make_a_country(small_kb):
    ms = _run("Kelvora's government rejected the plan. Kelvora said it would not sign.", small_kb)
    assert _types(ms, "Kelvora") == {"GPE"}
    assert len(_locals(ms, "Kelvora")) == 1


def test_one_type_per_surface_by_majority(small_kb):
    text = ("Zalov denied the report. Troops gathered north of Zalov on Monday, and the shelling "
            "in Zalov continued.")
    ms = _run(text, small_kb)
    assert _types(ms, "Zalov") == {"GPE"}


def test_person_surname_after_a_place_word_is_not_a_place(small_kb):
    ms = _run("Foreign Minister Tavi Orlen met the envoy in Dastov on Monday.", small_kb)
    assert _types(ms, "Tavi Orlen") == {"PERSON"}
    assert _types(ms, "Dastov") == {"GPE"}


def test_everyday_words_after_in_are_no_places(small_kb):
    ms = _run("The minister spoke in English and later in Parliament about the truce.", small_kb)
    assert not [m for m in ms if m.text in ("English", "Parliament")]


def test_geonames_first_name_joins_the_surname(geo_kb):
    text = ("The UN Special Envoy, Henrietta Pellworth, called for a truce on Wednesday. "
            "Ms. Pellworth said talks would resume.")
    ms = _run(text, geo_kb)
    assert _types(ms, "Henrietta Pellworth") == {"PERSON"}
    assert not [m for m in ms if m.text == "Henrietta"]
    assert _locals(ms, "Henrietta Pellworth") == _locals(ms, "Pellworth")


def test_geonames_first_name_before_a_title_introduced_name(geo_kb):
    ms = _run("Talks were led by the envoy, Henrietta Gorrin, on Friday.", geo_kb)
    assert _types(ms, "Henrietta Gorrin") == {"PERSON"}


def test_undefined_acronym_in_group_context(small_kb):
    text = ("The UDRM claimed the attack. Witnesses said UDRM fighters entered the town at 0400 GMT.")
    ms = _run(text, small_kb)
    assert _types(ms, "UDRM") == {"ORG"}
    assert len(_locals(ms, "UDRM")) == 1
    assert not [m for m in ms if m.text == "GMT"]


def test_lone_acronym_without_context_is_left_alone(small_kb):
    ms = _run("Prices rose on the QZT index on Monday, traders said.", small_kb)
    assert not [m for m in ms if m.text == "QZT"]


def test_single_name_armed_group_by_cue(small_kb):
    text = "Gunmen of the Kharvat militia attacked a checkpoint. Kharvat rebels later withdrew."
    ms = _run(text, small_kb)
    assert _types(ms, "Kharvat") == {"ORG"}


def test_group_cue_yields_to_place_evidence(small_kb):
    text = ("Karsten separatists shelled the valley. Fighting in Karsten has displaced thousands, "
            "and aid cannot reach Karsten villages in the Karsten region.")
    ms = _run(text, small_kb)
    assert "ORG" not in _types(ms, "Karsten")


def test_demonym_with_fighters_is_not_a_group(small_kb):
    ms = _run("Velorian fighters crossed the river, officials in Velora said.", small_kb)
    assert _types(ms, "Velorian") == {"NORP"}


def test_two_people_sharing_a_surname_stay_apart_and_bare_surnames_follow_the_nearest():
    from sitrep.actors import find_mentions
    from sitrep.actors.kb import KnowledgeBase
    from sitrep.nlp.sentences import split_sentences
    text = ("Joseph Kabila Nkunda was detained in Goma on Monday. Nkunda denied the charges. "
            "His cousin Laurent Nkunda said the family would appeal. Nkunda later left the court.")
    mentions = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    people = [(m.text, m.local) for m in mentions if m.type == "PERSON"]
    locals_ = {t: l for t, l in people if " " in t}
    assert locals_["Joseph Kabila Nkunda"] != locals_["Laurent Nkunda"]
    bare = [l for t, l in people if t == "Nkunda"]
    assert bare == [locals_["Joseph Kabila Nkunda"], locals_["Laurent Nkunda"]]
