"""A broadcaster named by an opening word ("TV X", "Radio X", "Tele X") is a MEDIA mention, at a
sentence's start too; the bare word is not."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return [(text[m.start:m.end], m.type) for m in found]


def test_tv_prefix_mid_sentence():
    assert ("TV Korvesta", "MEDIA") in _mentions("Footage aired by TV Korvesta showed the barricades in Malvora.")


def test_radio_prefix_at_sentence_start():
    assert ("Radio Ulamba", "MEDIA") in _mentions("Radio Ulamba reported that three villages near Tesso were burned.")


def test_french_prefix():
    assert ("Télé Dorvan", "MEDIA") in _mentions("The governor spoke to Télé Dorvan on Sunday evening.")


def test_bare_radio_is_no_outlet():
    found = _mentions("Radio stations in Malvora went silent after the raid.")
    assert not any(t == "MEDIA" for _, t in found)
