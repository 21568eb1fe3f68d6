""""Dismissed" is a rejection when its object is a claim word, also after one modifier ("dismissed
the foreign estimates", "the latest allegations"); an office-holder dismissed is no rejection
(``event_patterns.json``; invented Sahel reports)."""
from event_helpers import mentions_from

from sitrep.events import find_events
from sitrep.nlp.sentences import split_sentences

ACTORS = {"Issa Kone": "PERSON", "Moussa Diarra": "PERSON"}


def _actions(text: str) -> set[str]:
    ms = mentions_from(text, ACTORS)
    return {f.action for f in find_events(text, split_sentences(text), ms, [], "2025-03-02")}


def test_dismissed_modified_claim_words_are_rejections() -> None:
    assert "REJECT" in _actions("On Tuesday, Issa Kone, the government spokesman, dismissed the foreign estimates.")
    assert "REJECT" in _actions("Issa Kone dismissed the latest allegations of abuse.")


def test_dismissed_official_is_no_rejection() -> None:
    assert "REJECT" not in _actions("Issa Kone dismissed the regional governor, Moussa Diarra, on Monday.")
