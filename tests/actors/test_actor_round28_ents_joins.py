"""Round 28: a state body by possessive and by demonym is one entity; "Ye-" / "E-" spellings of a
place are one; a broadcaster's language service is not its parent."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.national_join import _national_key
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


def _entities(docs: dict[str, str]):
    kb = KnowledgeBase.default()
    ents, _ = resolve_entities([(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)
    return ents


def _holding(ents, name):
    return [e for e in ents if name in e.aliases or e.name == name]


def test_possessive_and_demonym_body_join():
    ents = _entities({"a": "Moldova's defence ministry said two drones crashed near the border on Tuesday.",
                      "b": "The Moldovan defence ministry denied that any drone had been shot down."})
    hit = _holding(ents, "Moldovan defence ministry")
    assert len(hit) == 1 and "Moldova's defence ministry" in hit[0].aliases


def test_other_country_body_stays_apart():
    ents = _entities({"a": "Moldova's defence ministry said two drones crashed near the border on Tuesday.",
                      "b": "The Romanian defence ministry denied that any drone had been shot down."})
    hit = _holding(ents, "Romanian defence ministry")
    assert len(hit) == 1 and "Moldova's defence ministry" not in hit[0].aliases


def test_national_key_needs_a_listed_lead():
    kb = KnowledgeBase.default()
    assert _national_key(kb, "Moldovan defence ministry") == _national_key(kb, "Moldova’s Defence Ministry")
    assert _national_key(kb, "the defence ministry") is None
    assert _national_key(kb, "Moldovan") is None          # a demonym alone names no body


def test_iotated_place_spellings_join():
    ents = _entities({"a": "Shelling hit the outskirts of Yelkovo overnight, residents said.",
                      "b": "Residents of Elkovo said the shelling lasted until dawn."})
    hit = _holding(ents, "Yelkovo")
    assert len(hit) == 1 and "Elkovo" in hit[0].aliases


def test_iotated_join_needs_the_same_rest():
    ents = _entities({"a": "Shelling hit the outskirts of Yelkovo overnight, residents said.",
                      "b": "Residents of Elkova said the shelling lasted until dawn."})
    hit = _holding(ents, "Yelkovo")
    assert len(hit) == 1 and "Elkova" not in hit[0].aliases


def test_language_service_is_its_own_outlet():
    ents = _entities({"a": "A displaced teacher told Radio Azatutyun the road was closed, while RFE/RL "
                           "reported long queues at the crossing.",
                      "b": "BBC Persian said the strike hit a depot; the BBC could not confirm the toll."})
    aza = _holding(ents, "Azatutyun")
    assert len(aza) == 1 and aza[0].type == "MEDIA" and "RFE/RL" not in aza[0].aliases
    persian = _holding(ents, "BBC Persian")
    assert len(persian) == 1 and "BBC" not in persian[0].aliases
