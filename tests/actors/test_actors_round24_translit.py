"""Round 24: transliteration variants of one person the spelling test leaves apart join through
their sound skeleton; different names with the same consonants stay apart. Invented corpora (a
Chad militia story across three outlets, a Levant story, a Karen state story)."""
from sitrep.actors import find_mentions
from sitrep.actors.resolve import resolve_entities
from sitrep.actors.translit import join_transliterations, skeleton
from sitrep.nlp.sentences import split_sentences

KAREN = {
    "wire": ("Colonel Saing Htuza, a commander of the rebel alliance, said on Friday that his troops held "
             "the bridge. Saing Htuza added that two soldiers were captured."),
    "explainer": ("Who is Sine Htu Za? The officer leads the alliance's northern wing. Sine Htu Za said "
                  "the town would be handed to a civilian council."),
}

CHAD = {
    "wire": ("Militia leader Mahamat Keidallo defected to the army on Sunday, officials said. "
             "Keidallo had led fighters around Abeche."),
    "radio": ("Commander Mahamat Kaydallo announced he had joined the army, Radio Sahel said. "
              "Kaydallo spoke from a camp."),
    "paper": ("Mahamat Kidalo, the former rebel commander, met the governor on Monday. Kidalo "
              "said his men would follow."),
}


def _of(entities, alias):
    hits = [e for e in entities if alias in e.aliases]
    assert len(hits) == 1, (alias, [(e.name, e.aliases) for e in entities])
    return hits[0]


def _resolve(kb, docs):
    entities, _ = resolve_entities(
        [(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)
    return entities


def test_skeleton_folds_transliterations():
    assert skeleton("Keidallo")[0] == skeleton("Kaydallo")[0] == skeleton("Kidalo")[0]
    assert skeleton("Saing Htuza")[0] == skeleton("Sine Htu Za")[0]
    assert skeleton("Ali") is None


def test_transliterations_make_one_person(small_kb):
    ents = _resolve(small_kb, CHAD)
    person = _of(ents, "Mahamat Keidallo")
    assert {"Mahamat Kaydallo", "Mahamat Kidalo"} <= set(person.aliases)


def test_spaces_and_final_ng_make_one_person(small_kb):
    ents = _resolve(small_kb, KAREN)
    assert "Sine Htu Za" in _of(ents, "Saing Htuza").aliases


def _joined(names, kb_ids=None):
    parent = list(range(len(names)))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a, b):
        parent[max(find(a), find(b))] = min(find(a), find(b))
        return True

    kb_ids = kb_ids or [None] * len(names)
    join_transliterations(((i, "PERSON", n, k) for i, (n, k) in enumerate(zip(names, kb_ids))), find, union)
    return len({find(i) for i in range(len(names))})


def test_different_vowels_stay_apart():
    assert _joined(["Hassan Nasrallah", "Hussein Nasrallah"]) == 2
    assert _joined(["Kamal Adwan", "Kamil Adwan"]) == 2


def test_competing_names_leave_the_bucket_apart():
    # "Kamil" competes with "Kamal" and "Kaymal": none is joined
    assert _joined(["Kaymal Adwan", "Kamal Adwan", "Kamil Adwan"]) == 3
    assert _joined(["Kaymal Adwan", "Keimal Adwan"]) == 1
    # two known people are never one
    assert _joined(["Kaymal Adwan", "Keimal Adwan"], ["kb:a", "kb:b"]) == 2


def test_other_types_are_not_joined():
    parent = [0, 1]
    join_transliterations([(0, "ORG", "Kaydallo Brigade", None), (1, "ORG", "Keidallo Brigade", None)],
                          lambda x: parent[x], lambda a, b: parent.__setitem__(b, a) or True)
    assert parent == [0, 1]
