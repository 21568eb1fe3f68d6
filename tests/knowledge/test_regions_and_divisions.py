"""World regions and first-level divisions are places (invented sentences, the shipped KB)."""
import pytest

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _found(text: str, kb: KnowledgeBase) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.kb_id) for m in find_mentions(text, split_sentences(text), kb)}


def test_continents_and_world_regions_are_places(kb):
    got = _found("The cartel ships cocaine to Europe and across Latin America, the envoy for the "
                 "Western Hemisphere said, and arms reach West Africa.", kb)
    for name in ("Europe", "Latin America", "Western Hemisphere", "West Africa"):
        assert got[name][0] == "LOC", name
    # "Latin America" is no mention of the United States ("America")
    assert all(kb_id != "united-states" for _, kb_id in got.values())


def test_first_level_divisions_are_places_not_people(kb):
    got = _found("Troops moved from Kwara State into Alibori, while the Meghalaya chief minister "
                 "flew to Central Papua.", kb)
    for name in ("Kwara State", "Alibori", "Meghalaya", "Central Papua"):
        assert got[name][0] == "GPE", name


def test_divisions_carry_their_country(kb):
    for name, country in (("Meghalaya", "india"), ("Alibori", "benin"), ("Kwara", "nigeria")):
        e = kb.entry(_found(f"Fighting spread to {name} on Monday.", kb)[name][1])
        assert e["country"] == country
