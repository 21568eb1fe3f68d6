"""The lean reduce: entities resolved from stored mention rows without keeping the mentions give
what the full resolution gives (names, types, aliases in order, counts), and the compact
(doc, local) -> entity map answers as a dict would."""
from sitrep.actors import find_mentions
from sitrep.actors.resolve import EntityOf, _ROW, resolve_entities, resolve_rows
from sitrep.nlp.sentences import split_sentences

# invented reports: a Sahel setting with spelling variants, a bare surname, repeated forms
DOCS = {
    "d1": ("Colonel Amadou Traoré of the Front de Libération du Kelbara said on Monday the FLK "
           "had taken Tessit. Traoré said Tessit was calm. The Front de Libération du Kelbara denied losses."),
    "d2": ("Amadou Traore, the rebel commander, told reporters the army shelled Tessit. "
           "Traore said Mali would answer for it. Tessit residents fled to Gao."),
    "d3": "The army said Traoré lied. Gao and Tessit were quiet, officials in Gao said.",
}


def analyse(kb):
    return [(d, find_mentions(t, split_sentences(t), kb)) for d, t in DOCS.items()]


def test_lean_resolution_matches_the_full_one(small_kb):
    docs = analyse(small_kb)
    full, mapping = resolve_entities(docs, small_kb)
    lean = resolve_rows(((d, [_ROW(m) for m in ms]) for d, ms in docs), small_kb)
    assert [(e.id, e.name, e.type, e.aliases) for e in lean.entities] == \
        [(e.id, e.name, e.type, e.aliases) for e in full]
    assert all(not e.mentions for e in lean.entities)
    for e in full:
        assert lean.counts[e.id] == (len(e.mentions), len({m[0] for m in e.mentions}))
    assert dict(lean.entity_of.items()) == mapping and len(lean.entity_of) == len(mapping)
    # spellings across documents are one entity, its aliases in the order they first occur
    (traore,) = [e for e in lean.entities if "Traore" in e.aliases]
    assert traore.aliases[:2] == ["Amadou Traoré", "Traoré"] and "Amadou Traore" in traore.aliases
    assert lean.counts[traore.id][1] >= 2


def test_aliases_follow_the_first_span_of_each_form_across_actors(small_kb):
    # the same actor named twice in one document, the later form first in another document
    rows = {"b": [(0, 6, "Kelbar", "GPE", "name:kelbar", "gazetteer", 0, None, "Kelbar"),
                  (20, 27, "Kelbara", "GPE", "name:kelbar", "gazetteer", 0, None, "Kelbar"),
                  (40, 46, "Kelbar", "GPE", "name:kelbar", "gazetteer", 0, None, "Kelbar")],
            "a": [(30, 37, "Kelbara", "GPE", "name:kelbar", "gazetteer", 0, None, "Kelbar"),
                  (5, 11, "Kelbar", "GPE", "name:kelbar", "gazetteer", 1, None, "Kelbar")]}
    lean = resolve_rows(rows.items(), small_kb)
    (entity,) = lean.entities
    # sorted mentions: a/5 Kelbar, a/30 Kelbara, b/0 ... -> Kelbar first
    assert entity.aliases == ["Kelbar", "Kelbara"]
    assert lean.counts[entity.id] == (5, 2)


def test_entity_map_answers_like_a_dict():
    m = EntityOf()
    m.set_document("a", [1, 0], ["x", "y"])
    m.set_document("b", [5], ["z"])                 # numbers that are not 0..n-1
    assert m[("a", 0)] == "y" and m.get(("a", 1)) == "x" and m.get(("b", 5)) == "z"
    assert m.get(("a", 2)) is None and m.get(("a", -1)) is None and m.get(("a", None)) is None
    assert m.get(("c", 0), "none") == "none" and ("b", 5) in m and ("b", 0) not in m
    assert dict(m.items()) == {("a", 0): "y", ("a", 1): "x", ("b", 5): "z"} and len(m) == 3
    m.set_document("b", [0], ["w"])                 # a document given twice keeps both parts
    assert m.get(("b", 0)) == "w" and m.get(("b", 5)) == "z" and len(m) == 4
    assert m.document("a")(1) == "x" and m.document("a")(None) is None and m.document("q")(0) is None
