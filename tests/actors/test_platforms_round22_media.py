"""Social platforms named as a statement's channel are MEDIA mentions; the bare words are not."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return [(text[m.start:m.end], m.type) for m in found]


def test_posted_on_x_is_media():
    text = "The militia's spokesman Idriss Kabore said in a post on X that the garrison at Djibo had fallen."
    assert ("X", "MEDIA") in _mentions(text)


def test_messages_circulated_on_messaging_app():
    text = "In audio messages circulated on WhatsApp, commanders of the Liptako coalition denied any losses."
    assert ("WhatsApp", "MEDIA") in _mentions(text)


def test_footage_shared_on_telegram_with_date_after():
    text = "Footage shared on Telegram on Monday showed burning fuel trucks near Kidal."
    assert ("Telegram", "MEDIA") in _mentions(text)


def test_street_name_is_no_platform():
    found = _mentions("Families who posted notices on X Street in Bamako were evicted.")
    assert ("X", "MEDIA") not in found


def test_no_posting_cue_no_platform():
    # a letter after "on" with nothing about posting: a grid square, not the network
    assert ("X", "MEDIA") not in _mentions("Artillery fell on X and Y sectors of the front.")


def test_religious_community_is_norp():
    text = "The gang leader blamed elderly residents he accused of practising Vodou for his son's illness."
    assert ("Vodou", "NORP") in _mentions(text)


# after a possessive ("on its Telegram channel") or a confirming verb
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
