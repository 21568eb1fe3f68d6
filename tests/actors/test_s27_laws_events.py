"""Laws named by one capitalised word and their head (with a number), and recurring events the
knowledge base lists."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return [(text[m.start:m.end], m.type) for m in found]


def test_bill_with_its_year():
    found = _mentions("Crowds in Malvora rejected the Finance Bill 2031 before the vote.")
    assert ("Finance Bill 2031", "LAW") in found


def test_decree_with_its_number_at_sentence_start():
    assert ("Executive Decree 47", "LAW") in _mentions("Executive Decree 47 declared a state of emergency in Korvath.")


def test_code():
    assert ("Penal Code", "LAW") in _mentions("She was charged under Article 12 of the Penal Code, her lawyer said.")


def test_council_resolution_keeps_the_council():
    found = _mentions("The Security Council Resolution was adopted after the Security Council met.")
    assert ("Security Council", "ORG") in found


def test_holiday_and_tournament_are_events():
    found = _mentions("Attacks rose during Ramadan, while the World Cup drew crowds to Malvora.")
    assert ("Ramadan", "EVENT") in found
    assert ("World Cup", "EVENT") in found
