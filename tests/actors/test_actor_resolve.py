"""Cross-document entities: spelling variants merge, different actors sharing words do not."""
import pytest

from sitrep.actors import find_mentions
from sitrep.actors.decisions import Decision
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences

DOCS = {
    "a": ("Kadhim al-Fartusi, spokesperson for the Liwa Example Brigades, told reporters the group "
          "would respond. Fartusi said Hezbollah was informed."),
    "b": ("Kazem Al-Fartousi, a senior official, said the Liwa Example Brigades had no role. "
          "Kataib Hezbollah denied it too."),
    "c": "Fartousi said on Monday that talks were over. Kataib Sayyid al-Shuhada agreed.",
    "d": "Spokesman Ali Fartousi Hamdan said nothing. Thaier Al-Sudani took the photographs.",
    "e": "Prime Minister Mohammed Shia al-Sudani met Kata'ib Hizballah leaders. Sudani said little.",
}


def analyse(kb, docs=DOCS):
    return [(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()]


def entity_of(entities, alias):
    hits = [e for e in entities if alias in e.aliases]
    assert len(hits) == 1, (alias, [(e.name, e.aliases) for e in hits])
    return hits[0]


def test_spelling_variants_merge_across_documents(small_kb):
    entities, mapping = resolve_entities(analyse(small_kb), small_kb)
    fartusi = entity_of(entities, "Kadhim al-Fartusi")
    assert {"Kazem Al-Fartousi", "Fartusi", "Fartousi"} <= set(fartusi.aliases)
    assert fartusi.type == "PERSON" and not fartusi.reviewed
    kh = entity_of(entities, "Kataib Hezbollah")
    assert "Kata'ib Hizballah" in kh.aliases and kh.id == "kataib-hezbollah" and kh.reviewed
    # every (doc, local) maps to an entity holding that doc's mentions
    for e in entities:
        for doc, start, end, text in e.mentions:
            assert DOCS[doc][start:end] == text
    assert set(mapping.values()) == {e.id for e in entities}


def test_no_over_merging_of_shared_words(small_kb):
    entities, _ = resolve_entities(analyse(small_kb), small_kb)
    ids = {entity_of(entities, n).id for n in
           ("Hezbollah", "Kataib Hezbollah", "Kataib Sayyid al-Shuhada")}
    assert len(ids) == 3
    assert entity_of(entities, "Thaier Al-Sudani").id != entity_of(entities, "Mohammed Shia al-Sudani").id
    # a different first name is a different person, whatever the surname
    assert entity_of(entities, "Ali Fartousi Hamdan").id != entity_of(entities, "Kadhim al-Fartusi").id


def test_bare_surname_with_two_candidates_stays_alone(small_kb):
    docs = {"x": "Lieutenant Omar Haddad spoke first. Colonel Samir Haddad spoke next.",
            "y": "Haddad said the road was open."}
    entities, _ = resolve_entities(analyse(small_kb, docs), small_kb)
    bare = entity_of(entities, "Haddad")
    assert bare.aliases == ["Haddad"]


def test_ids_are_stable_across_runs(small_kb):
    e1, _ = resolve_entities(analyse(small_kb), small_kb)
    e2, _ = resolve_entities(list(reversed(analyse(small_kb))), small_kb)
    assert {e.id for e in e1} == {e.id for e in e2}


def test_decisions_merge_split_rename_type(small_kb):
    decisions = [Decision("merge", "Liwa Example Brigades", "Kataib Sayyid al-Shuhada"),
                 Decision("split", "Fartousi"),
                 Decision("rename", "Kadhim al-Fartusi", "Kadhim Al-Fartusi"),
                 Decision("type", "Hezbollah", "NORP")]
    entities, mapping = resolve_entities(analyse(small_kb), small_kb, decisions)
    merged = entity_of(entities, "Liwa Example Brigades")
    assert "Kataib Sayyid al-Shuhada" in merged.aliases and merged.reviewed
    split = entity_of(entities, "Fartousi")
    assert split.aliases == ["Fartousi"] and split.name == "Fartousi"
    assert "Fartousi" not in entity_of(entities, "Fartusi").aliases
    assert mapping[("c", [m for m in analyse(small_kb) if m[0] == "c"][0][1][0].local)] == split.id
    assert entity_of(entities, "Kadhim al-Fartusi").name == "Kadhim Al-Fartusi"
    assert entity_of(entities, "Hezbollah").type == "NORP"
    assert set(mapping.values()) <= {e.id for e in entities}


def test_bad_decisions_are_refused():
    with pytest.raises(ValueError):
        Decision("explode", "x")
    with pytest.raises(ValueError):
        Decision("merge", "x")
    with pytest.raises(ValueError):
        Decision("type", "x", "ANIMAL")
