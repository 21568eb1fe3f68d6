"""Glue shapes the general rules missed: proper adjective + word, participle + "men",
word + acronym, camel-case rare names, "onX". Invented text (a Caucasus / Horn of Africa setting)."""
from sitrep.clean.glue_weak_splits import camel_weak, participle_tail, platform_sites
from sitrep.clean.lexicon import Lexicon

from corpus_checks import glue_split

# enough strong glue ("atthe", "inthe", "theCouncil"...) for the document to count as glued
_GLUED = ("Officials said atthe briefing that the convoy was stopped inthe hills. Aid workers told theCouncil "
          "that fighting had resumed onthe road and forthe second day. Witnesses said tothe press that "
          "shelling hit ofthe town. ")


_split = glue_split


def test_proper_adjective_glued_to_word_is_split_in_glued_document() -> None:
    text = _GLUED + "The village was hit by Turkishdrones on Tuesday, and Chinesemonitors counted the dead."
    fixed = _split(text)
    assert "Turkish drones" in fixed and "Chinese monitors" in fixed


def test_participle_glued_to_men() -> None:
    assert participle_tail("masked", "men")
    assert not participle_tail("chair", "men") and not participle_tail("prepared", "ness")
    fixed = _split(_GLUED + "The road was closed by maskedmen near the checkpoint.")
    assert "masked men" in fixed


def test_word_glued_to_acronym_and_camel_name() -> None:
    z = Lexicon.default().zipf_of
    assert camel_weak("state", "TV", z)
    assert not camel_weak("mac", "OS", z)                 # short head: a product name
    fixed = _split(_GLUED + "He told stateTV that envoy Abiy BekeleGirmachew had left for the talks.")
    assert "state TV" in fixed and "Bekele Girmachew" in fixed


def test_camel_names_and_brands_stay_whole_in_clean_text() -> None:
    text = ("The envoy spoke to reporters on Tuesday. TesfayeGirmachew said the YouTube video and the "
            "stateTV report were false.")   # "Turkishdrones" is split alone now (test_glue_name_splits)
    # not a glued document: no weak splits; a common word glued to an acronym splits alone, and so
    # does a given name of the knowledge glued to a surname (session 29: test_glue_title_given_name)
    assert _split(text) == text.replace("stateTV", "state TV").replace("TesfayeGirmachew", "Tesfaye Girmachew")
    text = "The envoy spoke to reporters on Tuesday. HaileGirmachew said the YouTube video was false."
    assert _split(text) == text.replace("HaileGirmachew", "Haile Girmachew")
    text = "The envoy spoke to reporters on Tuesday. QorvelGirmachew said the YouTube video was false."
    assert _split(text) == text    # "Qorvel" is no given name the knowledge lists: a camel name stays whole


def test_platform_x() -> None:
    text = "The commander wrote onX that the town had fallen; see @onX and www.onX.com."
    sites = platform_sites(text)
    assert [text[p - 2:p + 1] for p, _ in sites] == ["onX"]
    assert platform_sites("The onXbox story.") == []
