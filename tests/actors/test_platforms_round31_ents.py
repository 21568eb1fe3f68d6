"""Platforms after a possessive ("on its Telegram channel") or after a confirming verb are MEDIA."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return [(text[m.start:m.end], m.type) for m in found]


def test_platform_after_possessive_with_channel_noun():
    text = "In a message posted on its Telegram channel, the Katanga Mai-Mai coalition denied the ambush."
    assert ("Telegram", "MEDIA") in _mentions(text)


def test_platform_after_their_account():
    text = "Rebel commanders wrote via their X account that the town of Nyunzu had been taken."
    assert ("X", "MEDIA") in _mentions(text)


def test_confirmed_on_platform():
    text = "His brother confirmed the detention on WhatsApp late on Friday, the family lawyer said."
    assert ("WhatsApp", "MEDIA") in _mentions(text)


def test_determiner_without_holder_noun_is_no_platform():
    # "on the X" with no channel/account after it: a letter, not the network
    assert ("X", "MEDIA") not in _mentions("Shelling was reported on the X and Y sectors, a commander said.")
