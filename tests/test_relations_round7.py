"""Round 7 relations: "the X, whose spokesman Y" and "Y, director of X" (invented sentences)."""
from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.relations import find_relations


def _rels(text, actors):
    ms = []
    for local, (name, typ) in enumerate(actors.items()):
        a = text.index(name)
        ms.append(Mention(a, a + len(name), name, typ, "name:" + name.lower(), "test", local, None, name))
    ms.sort(key=lambda m: m.start)
    names = list(actors)
    return {(names[r.subject], r.predicate, names[r.object] if r.object >= 0 else None)
            for r in find_relations(text, split_sentences(text), ms)}


def test_whose_spokesman():
    text = "The raid was claimed by the Kivu Defence Front, whose spokesman Jean Bahati denied it."
    got = _rels(text, {"Kivu Defence Front": "ORG", "Jean Bahati": "PERSON"})
    assert ("Jean Bahati", "spokesperson_of", "Kivu Defence Front") in got


def test_director_of_an_institute():
    text = "We spoke to Nadia Fehr, director of the Tbilisi Security Institute, about the ceasefire."
    got = _rels(text, {"Nadia Fehr": "PERSON", "Tbilisi Security Institute": "ORG"})
    assert ("Nadia Fehr", "leader_of", "Tbilisi Security Institute") in got


def test_whose_without_spokesman_is_no_relation():
    text = "The Kivu Defence Front, whose fighters Jean Bahati trained, withdrew."
    got = _rels(text, {"Kivu Defence Front": "ORG", "Jean Bahati": "PERSON"})
    assert not got
