"""Platforms named as actors outside a posting cue: distinct names anywhere, everyday words
("X", "Signal") only in a list beside a distinct one."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return [(text[m.start:m.end], m.type) for m in found]


def test_banned_platforms_in_a_list():
    found = _mentions("The regulator in Vardena ordered telecom firms to block Facebook, Instagram, X and Signal by Friday.")
    for name in ("Facebook", "Instagram", "X", "Signal"):
        assert (name, "MEDIA") in found


def test_distinct_platform_alone_without_cue():
    found = _mentions("Students in Korvath organised the march through Discord, organisers told reporters.")
    assert ("Discord", "MEDIA") in found


def test_everyday_word_alone_is_no_platform():
    found = _mentions("Troops held the X and Y sectors while Signal Hill stayed quiet, an officer said.")
    assert ("X", "MEDIA") not in found
    assert ("Signal", "MEDIA") not in found


def test_platform_word_opening_a_street_name_is_no_platform():
    found = _mentions("Shops on Telegram Road in Malvora were shut after the strike.")
    assert ("Telegram", "MEDIA") not in found


def test_follow_us_line_is_no_actor():
    found = _mentions("Follow the Korvath News desk on Twitter and on Facebook for more updates.")
    assert ("Twitter", "MEDIA") not in found
    assert ("Facebook", "MEDIA") not in found
