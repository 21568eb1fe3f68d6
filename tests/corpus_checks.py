"""Shared steps of the end-to-end corpus tests (tests/generalization*): ingest a fixture folder
twice with the CLI and export it, find an entity by alias, and check that every exported span
slices the text it claims; the checks they all make (files stored once, the one copy pair, one
event with its fields...) and one parametrised test per repeated shape (alias groups, quotes,
claims, metadata, chrome...) that each test file feeds with its own table of expected values; and
the probes unit tests share: the relations the default finder reads in a sentence, the exported
picture of a few invented articles."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "sitrep.cli", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done


def export_twice(fixtures: Path, tmp: Path) -> dict:
    """The sitrep/1 export of ``fixtures`` after one ingest; ``_again_docs`` counts the documents
    after ingesting the same folder again (an idempotent ingest adds nothing)."""
    db, out = tmp / "corpus.db", tmp / "corpus.json"
    cli("ingest", str(fixtures), "--db", str(db), "--quiet")
    cli("export", "--db", str(db), "--format", "json", "-o", str(out))
    first = out.read_text(encoding="utf-8")
    cli("ingest", str(fixtures), "--db", str(db), "--quiet")
    cli("export", "--db", str(db), "--format", "json", "-o", str(out))
    data = json.loads(first)
    data["_again_docs"] = len(json.loads(out.read_text(encoding="utf-8"))["documents"])
    return data


def entity_with(ents: dict, alias: str) -> dict:
    found = [e for e in ents.values() if alias in e["aliases"]]
    assert len(found) == 1, (alias, [e["name"] for e in found])
    return found[0]


def assert_spans_slice_the_text(picture: dict) -> None:
    text = {d["id"]: d["text"] for d in picture["documents"]}
    for e in picture["entities"]:
        for m in e["mentions"]:
            assert text[m["doc"]][m["start"]:m["end"]] == m["text"]
    for q in picture["quotes"]:
        assert text[q["doc"]][q["start"]:q["end"]] == q["text"]
    spans = [ev for e in picture["events"] for ev in e["evidence"]] + [c["evidence"] for c in picture["claims"]]
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(text[s["doc"]])


def cleaned_documents(path: Path) -> list:
    """The cleaned documents of one fixture file, which must read without a fatal problem."""
    from sitrep.ingest import read_file
    from sitrep.pipeline import clean_raw_article
    result = read_file(str(path))
    assert not [p for p in result.problems if p.fatal]
    return [doc for raw in result.articles for doc in clean_raw_article(raw)]


def one_document(path: Path):
    docs = cleaned_documents(path)
    assert len(docs) == 1, [d.source for d in docs]
    return docs[0]


def corpus_fixtures(fixtures: Path, label: str, ents_key: str = "id") -> tuple:
    """The module-scoped fixtures every corpus test file uses: ``picture`` (the export after two
    ingests), ``doc_id`` (file name -> document id) and ``ents`` (entities by ``ents_key``).
    Assign them to those names at module level: ``picture, doc_id, ents = corpus_fixtures(...)``."""

    @pytest.fixture(scope="module")
    def picture(tmp_path_factory):
        return export_twice(fixtures, tmp_path_factory.mktemp(label))

    @pytest.fixture(scope="module")
    def doc_id(picture):
        return {Path(d["source"]).name: d["id"] for d in picture["documents"]}

    @pytest.fixture(scope="module")
    def ents(picture):
        return {e[ents_key]: e for e in picture["entities"]}

    return picture, doc_id, ents


def document_text(picture: dict, doc: str) -> str:
    return next(d["text"] for d in picture["documents"] if d["id"] == doc)


# The checks every corpus test file runs on its own data (aliases, pairs kept apart, relations)
# and the per-document selections they read, written once.

def assert_alias_group(ents: dict, aliases: list[str], etype: str) -> None:
    """``aliases`` are names of one entity of type ``etype``."""
    entity = entity_with(ents, aliases[0])
    assert entity["type"] == etype
    assert set(aliases) <= set(entity["aliases"])


def assert_apart(ents: dict, a: str, b: str) -> None:
    """The entities named ``a`` and ``b`` are two."""
    assert entity_with(ents, a)["id"] != entity_with(ents, b)["id"]


def assert_relation(picture: dict, ents: dict, subject: str, predicate: str, obj: str) -> None:
    want = (entity_with(ents, subject)["id"], predicate, entity_with(ents, obj)["id"])
    assert want in {(r["subject"], r["predicate"], r["object"]) for r in picture["relations"]}


def quotes_in(picture: dict, doc: str) -> list[dict]:
    return [q for q in picture["quotes"] if q["doc"] == doc]


def claims_in(picture: dict, doc: str) -> list[dict]:
    return [c for c in picture["claims"] if c["evidence"]["doc"] == doc]


def docs_of(event: dict) -> set[str]:
    return {ev["doc"] for ev in event["evidence"]}


def assert_quote(picture: dict, ents: dict, doc: str, start: str, speaker_alias: str, cue=...) -> None:
    """One quote of ``doc`` opens with ``start`` (opening marks aside), spoken by the entity that
    has ``speaker_alias``; with its ``cue`` when one is given."""
    hits = [q for q in quotes_in(picture, doc) if q["text"].lstrip("“\"").startswith(start)]
    assert len(hits) == 1, [q["text"][:40] for q in quotes_in(picture, doc)]
    assert hits[0]["speaker"] == entity_with(ents, speaker_alias)["id"]
    if cue is not ...:
        assert hits[0]["cue"] == cue


def assert_claim(picture: dict, ents: dict, doc: str, quantity, unit_word: str, period=..., claimant=...) -> None:
    """One claim of ``doc`` counts ``quantity`` of a unit holding ``unit_word``; with its ``period``
    and ``claimant`` (an alias, or None for no claimant) when given (``...``: not checked)."""
    hits = [c for c in claims_in(picture, doc) if c["quantity"] == quantity and unit_word in c["unit"]]
    assert len(hits) == 1, [(c["quantity"], c["unit"]) for c in claims_in(picture, doc)]
    if period is not ...:
        assert hits[0]["period"] == period
    if claimant is not ...:
        assert hits[0]["claimant"] == (entity_with(ents, claimant)["id"] if claimant else None)


def relations_of(text: str, office: bool = False) -> set[tuple]:
    """(subject, predicate, object) of every relation the default finder reads in ``text``, named
    by each mention's first surface form (objects without a mention keep their raw value); the
    office as a fourth field when ``office``."""
    from sitrep.actors import find_mentions
    from sitrep.actors.kb import KnowledgeBase
    from sitrep.nlp.sentences import split_sentences
    from sitrep.relations import find_relations

    sents = split_sentences(text)
    ms = find_mentions(text, sents, KnowledgeBase.default())
    name: dict[int, str] = {}
    for m in ms:
        name.setdefault(m.local, m.text)
    return {(name.get(r.subject), r.predicate, name.get(r.object, r.object)) + ((r.office,) if office else ())
            for r in find_relations(text, sents, ms)}


def picture_of_texts(tmp_path: Path, texts: dict[str, str]) -> dict:
    """The exported picture of invented articles (file name -> text), through the library:
    ingest, the corpus step and the JSON export."""
    import io

    from sitrep.batch import ingest
    from sitrep.export import write_json
    from sitrep.picture import update_picture
    from sitrep.store import Store

    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "p.db")
    ingest([str(folder)], store)
    update_picture(store)
    buf = io.StringIO()
    write_json(store, buf)
    store.close()
    return json.loads(buf.getvalue())


# Whole-corpus checks the end-to-end corpus tests share.

def document(picture: dict, doc_id: dict, name: str) -> dict:
    """The exported document of the fixture file ``name``."""
    return next(d for d in picture["documents"] if d["id"] == doc_id[name])


def assert_stored_once(picture: dict, doc_id: dict, names: set, exact: bool = False, count: int | None = None) -> None:
    """Every file of ``names`` gave a document (``exact``: and no other did; ``count``: that many
    documents in all) and a second ingest of the folder added none."""
    assert (set(doc_id) == set(names)) if exact else (set(names) <= set(doc_id))
    if count is not None:
        assert len(picture["documents"]) == count
    assert picture["_again_docs"] == len(picture["documents"])


def assert_only_copy_pair(picture: dict, doc_id: dict, a: str, b: str, kinds: tuple = ("copy",)) -> None:
    """``a`` and ``b`` are found as a copy, and no other pair of documents is a duplicate of one of
    ``kinds``."""
    pair = {doc_id[a], doc_id[b]}
    assert (frozenset(pair), "copy") in {(frozenset((d["a"], d["b"])), d["kind"]) for d in picture["duplicates"]}
    assert not [d for d in picture["duplicates"] if d["kind"] in kinds and {d["a"], d["b"]} != pair]


def events_covering(picture: dict, doc_id: dict, action: str, *names: str) -> list[dict]:
    """The events of ``action`` whose evidence takes in every one of the documents ``names``."""
    want = {doc_id[n] for n in names}
    return [e for e in picture["events"] + picture.get("unattributed_events", []) if e["action"] == action and docs_of(e) >= want]


def events_in(picture: dict, doc_id: dict, name: str) -> list[dict]:
    """The events (of any action) with evidence in the document of the fixture file ``name``, those
    naming no party (exported apart, under ``unattributed_events``) included."""
    return [e for e in picture["events"] + picture.get("unattributed_events", []) if doc_id[name] in docs_of(e)]


def story_of(picture: dict, doc_id: dict, name: str) -> str:
    """The id of the story holding the document of the fixture file ``name``."""
    return next(s["id"] for s in picture["stories"] if doc_id[name] in s["documents"])


ENTITY_FIELDS = ("actor", "target", "location")


def assert_one_event(picture: dict, ents: dict, doc_id: dict, action: str, docs: tuple = (), where: dict | None = None,
                     expect: dict | None = None, covers: tuple = ()) -> dict:
    """Exactly one event of ``action`` takes in all the documents ``docs`` and has the fields of
    ``where``; it has the fields of ``expect`` and takes in the documents ``covers`` too. Actor,
    target and location are given by an alias (or None)."""
    def value(field, want):
        return entity_with(ents, want)["id"] if field in ENTITY_FIELDS and want is not None else want

    hits = [e for e in events_covering(picture, doc_id, action, *docs)
            if all(e[f] == value(f, w) for f, w in (where or {}).items())]
    assert len(hits) == 1, [(e["date"], e["actor"], e["fatalities"]) for e in hits]
    for field, want in (expect or {}).items():
        assert hits[0][field] == value(field, want), (field, hits[0][field])
    assert {doc_id[n] for n in covers} <= docs_of(hits[0])
    return hits[0]


# One parametrised test per shape, fed by a table of rows in each corpus test file. Assign the
# result to a test name at module level: ``test_alias_groups = alias_groups_test([...])``.

def alias_groups_test(rows: list):
    """Rows (aliases, entity type): the aliases name one entity of that type."""
    @pytest.mark.parametrize("aliases, etype", rows)
    def test(ents, aliases, etype):
        assert_alias_group(ents, aliases, etype)
    return test


def kept_apart_test(rows: list):
    """Rows (a, b): the entities named a and b are two."""
    @pytest.mark.parametrize("a, b", rows)
    def test(ents, a, b):
        assert_apart(ents, a, b)
    return test


def relations_test(rows: list):
    """Rows (subject, predicate, object), each an alias but the predicate: the relation is found."""
    @pytest.mark.parametrize("subject, predicate, obj", rows)
    def test(picture, ents, subject, predicate, obj):
        assert_relation(picture, ents, subject, predicate, obj)
    return test


def quotes_test(rows: list):
    """Rows (file, quote start, speaker alias[, cue]): see ``assert_quote``."""
    rows = [tuple(r) + (...,) * (4 - len(r)) for r in rows]

    @pytest.mark.parametrize("name, start, speaker, cue", rows)
    def test(picture, doc_id, ents, name, start, speaker, cue):
        assert_quote(picture, ents, doc_id[name], start, speaker, cue)
    return test


def claims_test(rows: list):
    """Rows (file, quantity, unit word, period[, claimant]): see ``assert_claim`` (``...``: not
    checked; a row without a claimant does not check it)."""
    rows = [tuple(r) + (...,) * (5 - len(r)) for r in rows]

    @pytest.mark.parametrize("name, quantity, unit, period, claimant", rows)
    def test(picture, doc_id, ents, name, quantity, unit, period, claimant):
        assert_claim(picture, ents, doc_id[name], quantity, unit, period, claimant)
    return test


def metadata_test(rows: list):
    """Rows (file, field, value): the exported document of the file has that value."""
    @pytest.mark.parametrize("name, field, want", rows)
    def test(picture, doc_id, name, field, want):
        assert document(picture, doc_id, name)[field] == want
    return test


def text_lacks_test(rows: list):
    """Rows (file, string): the exported text of the file does not hold the string (chrome)."""
    @pytest.mark.parametrize("name, gone", rows)
    def test(picture, doc_id, name, gone):
        assert gone not in document_text(picture, doc_id[name])
    return test


def text_keeps_test(rows: list):
    """Rows (file, string): the exported text of the file holds the string (body kept)."""
    @pytest.mark.parametrize("name, kept", rows)
    def test(picture, doc_id, name, kept):
        assert kept in document_text(picture, doc_id[name])
    return test

def one_event_test(cases: dict):
    """Cases (what is checked -> the keyword arguments of ``assert_one_event``): each finds its one
    event with its fields."""
    @pytest.mark.parametrize("case", list(cases.values()), ids=list(cases))
    def test(picture, ents, doc_id, case):
        assert_one_event(picture, ents, doc_id, **case)
    return test


# The same for the cleaning tests (tests/generalization*/test_general*_clean.py), which read one
# fixture file without the CLI.

def cleaned_metadata_test(fixtures: Path, rows: list):
    """Rows (file, field, value): the one cleaned document of the file has that value."""
    @pytest.mark.parametrize("name, field, want", rows)
    def test(name, field, want):
        assert getattr(one_document(fixtures / name), field) == want
    return test


def cleaned_text_lacks_test(fixtures: Path, rows: list):
    """Rows (file, string): the text of the one cleaned document of the file lacks the string."""
    @pytest.mark.parametrize("name, gone", rows)
    def test(name, gone):
        assert gone not in one_document(fixtures / name).text
    return test


def cleaned_text_keeps_test(fixtures: Path, rows: list):
    """Rows (file, string): the text of the one cleaned document of the file holds the string."""
    @pytest.mark.parametrize("name, kept", rows)
    def test(name, kept):
        assert kept in one_document(fixtures / name).text
    return test



def actions_of(text: str, published: str = "2025-03-10") -> set[str]:
    """The PLOVER categories of every event the default analysis codes in ``text``."""
    from sitrep.actors.kb import KnowledgeBase
    from sitrep.analysis import analyze_text

    return {e.action for e in analyze_text("d", text, published, None, KnowledgeBase.default()).events}


def glue_split(text: str) -> str:
    """``text`` with a space inserted at every site the glue repair finds (default lexicon)."""
    from sitrep.clean.glue import glue_sites
    from sitrep.clean.lexicon import Lexicon
    out, last = [], 0
    for p in glue_sites(text, Lexicon.default()):
        out.append(text[last:p])
        last = p
    out.append(text[last:])
    return " ".join(out)


def clean_page(path: Path):
    """The one cleaned document of an invented page file (a fixture of the page-head tests)."""
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    (doc,) = clean_raw_article(RawArticle(source=path.name, text=path.read_text(encoding="utf-8"), fmt="txt"))
    return doc


def clock_date(text: str, phrase: str, published: str, tense: str = "past", statement: bool = False) -> tuple:
    """``Clock.date`` of the act whose trigger is the first ``phrase`` in ``text`` (one document
    published on ``published``): (value, text, basis)."""
    from sitrep.events.dating import Clock
    from sitrep.nlp.sentences import split_sentences
    from sitrep.timex import find_timexes
    sents = split_sentences(text)
    st = text.index(phrase)
    a, b = next((a, b) for a, b in sents if a <= st < b)
    clock = Clock(text, find_timexes(text, published), published, sents)
    return clock.date(a, b, st, st + len(phrase), tense, statement=statement)
