"""Round 11: transliterations of one Arabic name across documents make one person; a kunya alone
("Abu Rami") joins the one full name ending with it; diacritics of places fold across documents.
Invented corpora (a Levant militia story, a northern Iraq story, a Turkish southeast story)."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve import resolve_entities
from sitrep.actors.variants import ambiguous_name
from sitrep.nlp.sentences import split_sentences

LEVANT = {
    "wire": ("A drone strike killed militia commander Ahmad Abu Rami near Tell Kalakh on Monday, two "
             "sources said. His deputy, Yousef al-Harithi, survived. Separately, Ahmad Abu Nasser, a "
             "council member, said three civilians were wounded."),
    "blog": ("Ahmed Abou Rami, the commander of the Kalakh Shield, was killed, the group said. "
             "\"Abu Rami was a martyr,\" a fighter said. Youssef el-Harithi, his deputy, was wounded."),
    "paper": ("Ahmed Abu Rami, who led a militia, died in a drone strike on Monday. Yusuf Al Harithi, "
              "his deputy, was lightly hurt, said Ahmad Abu Nasser."),
}


def _resolve(kb, docs):
    entities, _ = resolve_entities(
        [(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)
    return entities


def _of(entities, alias):
    hits = [e for e in entities if alias in e.aliases]
    assert len(hits) == 1, (alias, [(e.name, e.aliases) for e in entities])
    return hits[0]


def test_transliterations_and_kunya_make_one_person(small_kb):
    ents = _resolve(small_kb, LEVANT)
    rami = _of(ents, "Ahmad Abu Rami")
    assert {"Ahmed Abou Rami", "Ahmed Abu Rami", "Abu Rami"} <= set(rami.aliases)
    assert rami.type == "PERSON"
    assert {"Youssef el-Harithi", "Yusuf Al Harithi"} <= set(_of(ents, "Yousef al-Harithi").aliases)
    # a shared given name is not a shared person
    assert _of(ents, "Ahmad Abu Nasser").id != rami.id


def test_kunya_shared_by_two_full_names_stays_apart(small_kb):
    docs = {
        "a": "Commander Khaled Abu Firas was detained in Mosul on Sunday, police said.",
        "b": "Omar Abu Firas, a tribal sheikh, denied the charges in Mosul.",
        "c": "Abu Firas said the arrests were political, according to a statement.",
    }
    ents = _resolve(small_kb, docs)
    ids = {_of(ents, n).id for n in ("Khaled Abu Firas", "Omar Abu Firas", "Abu Firas")}
    assert len(ids) == 3


def test_kunya_without_full_name_stays_alone(small_kb):
    docs = {"a": "Abu Firas said the arrests were political.", "b": "Khaled Firas Haddad was freed."}
    ents = _resolve(small_kb, docs)
    assert _of(ents, "Abu Firas").aliases == ["Abu Firas"]


def test_kunya_loosely_linked_to_the_kb_joins_the_corpus_full_name():
    kb = KnowledgeBase([{"id": "iraq", "name": "Iraq", "type": "GPE", "aliases": []}, {"id": "abu-rami-kb", "name": "Abu Rami", "type": "PERSON",
                                   "aliases": [], "ambiguous": ["Abu Rami"]}], places=False, outlets=False)
    ents = _resolve(kb, LEVANT)
    rami = _of(ents, "Ahmad Abu Rami")
    # the corpus's full name says who is meant: the KB's guess is dropped, not spread
    assert "Abu Rami" in rami.aliases and rami.kb_id is None and rami.name != "Abu Rami"
    assert all(e.kb_id != "abu-rami-kb" for e in ents)


def test_ambiguous_name_reads_the_entry():
    entry = {"id": "x", "name": "Abu Rami", "ambiguous": ["Abu Rami"]}
    assert ambiguous_name(entry, "ABU RAMI") and ambiguous_name(entry, "Abu Rami")
    assert not ambiguous_name(entry, "Abu Rami al-Kurdi") and not ambiguous_name(None, "Abu Rami")
    assert not ambiguous_name({"id": "y", "name": "Abu Rami"}, "Abu Rami")


def test_place_diacritics_fold_across_documents(geo_kb):
    docs = {
        "a": "Turkish troops clashed with militants near Şırnak on Tuesday. Lawyers were refused a visit to İmralı island.",
        "b": "Two soldiers were killed in clashes near Sirnak. Imrali island has been closed for months.",
    }
    ents = _resolve(geo_kb, docs)
    assert {"Şırnak", "Sirnak"} <= set(_of(ents, "Şırnak").aliases)
    assert {"İmralı", "Imrali"} <= set(_of(ents, "İmralı").aliases)
