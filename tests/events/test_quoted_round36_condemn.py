"""Condemnations carried only by a quotation (round 36): a hedged legal finding ("may constitute a war
crime") and condemning words ("abhorrent", "heinous") accuse; the hypothetical "would be a war
crime" does not. Invented statements from other conflicts."""
from __future__ import annotations

from event_helpers import named_events


def _accusers(text: str) -> list[str | None]:
    return [actor for action, actor, _, _ in named_events(text) if action == "ACCUSE"]


def test_a_hedged_war_crime_finding_in_a_quote_accuses():
    text = ('Kordofan, June 2 - UN envoy Maria Lindqvist said the shelling of the Abu Zabad market "may constitute '
            'a war crime" and that those responsible must be found.')
    assert "Maria Lindqvist" in _accusers(text)


def test_condemning_words_in_a_quote_accuse():
    text = ('"This attack on displaced families is abhorrent," said Maria Lindqvist, the UN envoy, after the '
            'shelling of the Abu Zabad camp on Sunday.')
    assert "Maria Lindqvist" in _accusers(text)


def test_a_hypothetical_war_crime_is_no_accusation():
    text = ('UN envoy Maria Lindqvist said any attack on the Abu Zabad camp "would be a war crime", urging both '
            'sides to keep their forces away.')
    assert "Maria Lindqvist" not in _accusers(text)
