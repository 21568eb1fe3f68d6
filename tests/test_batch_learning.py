"""Lines recurring on an outlet's pages, learnt early in a batch: fewer pages are cleaned twice,
and the stored documents are the ones learning only at the end gives."""
from __future__ import annotations

import json
from pathlib import Path

import sitrep.batch
from sitrep.batch import ingest
from sitrep.store import Store

FOLLOW = "Gao Courier northern desk, Mopti bureau, weekend edition"
STORIES = [f"Clashes near {town} left {n} fighters dead, the regional governor said on {day}."
           for town, n, day in [("Ansongo", 4, "Monday"), ("Bourem", 7, "Tuesday"), ("Menaka", 3, "Wednesday"),
                                ("Tessalit", 9, "Thursday"), ("Kidal", 5, "Friday"), ("Douentza", 6, "Saturday"),
                                ("Hombori", 2, "Sunday"), ("Gossi", 8, "Monday"), ("Tillaberi", 11, "Tuesday"),
                                ("Labbezanga", 12, "Wednesday"), ("Intahaka", 10, "Thursday"), ("Tabankort", 13, "Friday")]]


def pages(folder: Path) -> Path:
    folder.mkdir()
    for i, story in enumerate(STORIES):
        page = {"title": f"Courier report {i}: {story[:30]}", "outlet": "Gao Courier",
                "text": f"{story}\n\n{FOLLOW}\n\nAid convoys were delayed for a {['first', 'second', 'third'][i % 3]} day."}
        (folder / f"p{i:02}.json").write_text(json.dumps(page), encoding="utf-8")
    return folder


def run(tmp_path: Path, name: str) -> tuple[int, dict, list]:
    with Store(tmp_path / f"{name}.db") as store:
        report = ingest([str(pages(tmp_path / name))], store)
        docs = {d.id: (d.text, [(r.text, r.reason) for r in d.removed]) for d in store.documents()}
        recurring = store.db.execute("SELECT outlet, line_key, documents FROM recurring_lines").fetchall()
    return report.recleaned, docs, [tuple(r) for r in recurring]


def test_early_learning_cleans_fewer_pages_twice_and_stores_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(sitrep.batch, "LEARN_FIRST", sitrep.batch.COMMIT_EVERY)    # learn at the end only
    late, late_docs, late_lines = run(tmp_path, "late")
    monkeypatch.setattr(sitrep.batch, "LEARN_FIRST", 3)
    early, early_docs, early_lines = run(tmp_path, "early")
    assert late == len(STORIES)               # every page kept the line until the end of the batch
    assert early <= 3                         # from the fourth page on, it was known when cleaned
    assert early_docs == late_docs
    assert all(FOLLOW not in text for text, _ in early_docs.values())
    # the pages a recurring line stands on, counted when the batch ends (not when it was learnt)
    assert early_lines == late_lines != []
    assert all(n == len(STORIES) for *_, n in early_lines)


def test_pages_are_cleaned_again_in_one_transaction(tmp_path, monkeypatch):
    # a commit per re-cleaned article cost more than writing it: the re-clean is one transaction
    monkeypatch.setattr(sitrep.batch, "LEARN_FIRST", sitrep.batch.COMMIT_EVERY)
    seen: list[bool] = []
    clean_one = sitrep.batch._reclean_one

    def spy(store, raw_id, context):
        seen.append(store.db.in_transaction)
        return clean_one(store, raw_id, context)

    monkeypatch.setattr(sitrep.batch, "_reclean_one", spy)
    recleaned, docs, _ = run(tmp_path, "one")
    assert recleaned == len(STORIES) == len(seen)
    assert all(seen)
    assert all(FOLLOW not in text for text, _ in docs.values())
