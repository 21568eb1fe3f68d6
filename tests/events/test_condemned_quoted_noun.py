"""An act noun after a determiner stays a noun when its modifier is set in quotation marks or is two
adjectives joined ("condemned the 'heinous' attack", "condemned «this cowardly and barbaric
attack»"): the condemner did not attack (``drafting._choose``; invented West African reports)."""
from event_helpers import mentions_from

from sitrep.events import find_events
from sitrep.nlp.sentences import split_sentences

ACTORS = {"Amara Konte": "PERSON", "African Union": "ORG", "Kankan": "GPE"}


def _coded(text: str) -> list[tuple]:
    ms = mentions_from(text, ACTORS)
    name = {m.local: m.text for m in ms}
    return [(f.action, name.get(f.actor)) for f in find_events(text, split_sentences(text), ms, [], "2025-03-02")]


def test_quoted_adjective_keeps_the_noun() -> None:
    for text in ("Amara Konte condemned the 'heinous' attack on Kankan.",
                 "Amara Konte condemned the \u201cheinous\u201d attack on Kankan.",
                 "The African Union condemned \u00abthis cowardly and barbaric attack\u00bb in Kankan."):
        got = _coded(text)
        assert any(a == "ACCUSE" for a, _ in got), text
        assert not any(a == "ASSAULT" and who in ("Amara Konte", "African Union") for a, who in got), text
