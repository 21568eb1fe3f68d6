"""Round 26: an organisation named "H of Z" in one outlet and "Z H" in another is one entity."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve import resolve_entities
from sitrep.actors.resolve_inverted import inverted_key
from sitrep.nlp.sentences import split_sentences


def _entities(docs: dict[str, str]):
    kb = KnowledgeBase.default()
    ents, _ = resolve_entities([(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)
    return ents


def test_inverted_name_joins_across_outlets():
    ents = _entities({"a": "The Liberation Front of Korvasse said it shelled the depot on Sunday.",
                      "b": "Korvasse Liberation Front fighters withdrew, a commander said."})
    hit = [e for e in ents if "Liberation Front of Korvasse" in e.aliases]
    assert len(hit) == 1 and "Korvasse Liberation Front" in hit[0].aliases


def test_generic_domain_is_not_inverted():
    # "Ministry of Health" may be any state's: it is no proper name to invert
    assert inverted_key("Ministry of Health") is None
    assert inverted_key("Ministry of Health of Korvasse") is None
    from sitrep.actors.fold import name_key
    assert inverted_key("Defence Army of Korvasse") == tuple(name_key("Korvasse Defence Army").split())
    assert inverted_key("Republic of Korvasse") is None      # no organisation head before "of"

