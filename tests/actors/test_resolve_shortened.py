"""Spacing variants, leading articles and dropped first names across documents (invented names)."""
import pytest

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _entities(docs: list[str], kb: KnowledgeBase) -> list[set[str]]:
    items = [(f"d{n}", find_mentions(t, split_sentences(t), kb)) for n, t in enumerate(docs)]
    ents, _ = resolve_entities(items, kb)
    return [{m[3] for m in e.mentions} for e in ents]


def _together(ents: list[set[str]], *names: str) -> bool:
    return any(all(n in e for n in names) for e in ents)


def test_a_name_in_one_word_or_several_is_one_actor(kb):
    ents = _entities(["Shelling hit Ban Khao Tor village on Monday, officials said.",
                      "Residents of Bankhaotor village fled on Tuesday, officials said."], kb)
    assert _together(ents, "Ban Khao Tor", "Bankhaotor")


def test_a_dropped_first_name_joins_the_one_full_name(kb):
    ents = _entities(["The spokesman Kuol Makuei Deng told reporters on Monday that troops were ready.",
                      "Makuei Deng said the army would hold the town."], kb)
    assert _together(ents, "Kuol Makuei Deng", "Makuei Deng")


def test_two_full_names_leave_the_short_one_alone(kb):
    ents = _entities(["The spokesman Kuol Makuei Deng told reporters on Monday that troops were ready.",
                      "The governor Akol Makuei Deng told reporters on Monday he disagreed.",
                      "Makuei Deng said the army would hold the town."], kb)
    assert not _together(ents, "Kuol Makuei Deng", "Akol Makuei Deng")
    assert not _together(ents, "Kuol Makuei Deng", "Makuei Deng")
    assert not _together(ents, "Akol Makuei Deng", "Makuei Deng")


def test_a_plural_article_before_a_gang_name(kb):
    ents = _entities(["The decree names the gangs Los Venados, Los Choneros and Los Lobos as terrorist groups.",
                      "Members of the Venados gang were arrested."], kb)
    assert not _together(ents, "Los Venados", "Los Choneros")


def test_an_organisation_with_a_dropped_middle_word(kb):
    ents = _entities(["Members of the Varunga Peace Operation Task Force arrived on Monday.",
                      "The Varunga Peace Task Force said the hostage was safe."], kb)
    assert _together(ents, "Varunga Peace Operation Task Force", "Varunga Peace Task Force")


def test_a_park_named_bare_joins_the_park(kb):
    ents = _entities(["Rangers in the Tamboro National Park were attacked on Monday.",
                      "The W park and neighbouring Tamboro are managed by a foundation."], kb)
    assert _together(ents, "Tamboro National Park", "Tamboro")
