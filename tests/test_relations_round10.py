"""Round 10 relations: a titled leader named after his group ("loyal to commander X", "of Prime
Minister X", "led by commander X"). Invented sentences of several conflicts."""
from __future__ import annotations

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences
from sitrep.relations import find_relations


def rels(text: str) -> set[tuple]:
    sents = split_sentences(text)
    ms = find_mentions(text, sents, KnowledgeBase.default())
    name = {}
    for m in ms:
        name.setdefault(m.local, m.text)
    return {(name.get(r.subject), r.predicate, name.get(r.object, r.object))
            for r in find_relations(text, sents, ms)}


def test_units_loyal_to_their_commander():
    got = rels("Zarqa Brigade units, loyal to commander Omar Haddad, seized the port on Sunday.")
    assert ("Omar Haddad", "leader_of", "Zarqa Brigade") in got


def test_government_of_its_prime_minister():
    got = rels("The Government of National Accord (GNA) of Prime Minister Karim Talbi rejected the plan on Monday.")
    assert ("Karim Talbi", "leader_of", "Government of National Accord") in got or \
        ("Karim Talbi", "leader_of", "GNA") in got


def test_group_led_by_its_commander():
    got = rels("The Northern Shield Movement, led by commander Tomas Varga, denied the raid.")
    assert ("Tomas Varga", "leader_of", "Northern Shield Movement") in got


def test_loyal_to_without_a_title_is_no_leadership():
    # "loyal to" a named person with no title may be an alliance of convenience: no leader_of
    got = rels("Zarqa Brigade units, loyal to Omar Haddad, seized the port on Sunday.")
    assert not any(p == "leader_of" for _, p, _ in got)


def test_a_place_of_a_minister_is_no_leadership():
    got = rels("Shelling hit the village of Interior Minister Lina Sorel on Friday.")
    assert not any(p == "leader_of" for _, p, _ in got)
