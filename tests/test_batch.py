"""Batch ingest: idempotence, --jobs, and the corpus step that removes lines recurring across one
outlet's pages."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import sitrep.batch
from sitrep.batch import ingest
from sitrep.clean.lines import chrome_reason
from sitrep.store import Store

RECURS = "recurs across the outlet's pages"


def summary_count(stderr: str, label: str) -> int:
    match = re.search(rf"^\s*{label}\s+(\d+)\s*$", stderr, re.M)
    assert match, f"no {label!r} in the summary:\n{stderr}"
    return int(match.group(1))


def snapshot(db: Path) -> dict[str, tuple[str, str, list[str]]]:
    with Store(db) as store:
        return {d.id: (d.source, d.text, [r.text for r in d.removed]) for d in store.documents()}


# ---------------------------------------------------------------------- idempotence

def test_ingesting_the_same_folder_twice_adds_nothing(tmp_path, corpus, corpus_size, run_cli):
    db = tmp_path / "war.db"
    first = run_cli("ingest", corpus, "--db", db)
    assert first.exit_code == 0, first.stderr
    assert summary_count(first.stderr, "added") == corpus_size
    assert summary_count(first.stderr, "already stored") == 0
    before = snapshot(db)
    assert len(before) == corpus_size

    second = run_cli("ingest", corpus, "--db", db)
    assert second.exit_code == 0, second.stderr
    assert summary_count(second.stderr, "articles found") == corpus_size
    assert summary_count(second.stderr, "added") == 0
    assert summary_count(second.stderr, "already stored") == corpus_size
    assert summary_count(second.stderr, "rejected") == 0
    assert snapshot(db) == before
    with Store(db) as store:
        s = store.stats()
        assert (s["raw_articles"], s["documents"]) == (corpus_size, corpus_size)


def test_same_content_under_another_name_adds_nothing(tmp_path, corpus, corpus_size):
    db = tmp_path / "war.db"
    with Store(db) as store:
        assert ingest([str(corpus)], store).added == corpus_size
    before = snapshot(db)
    renamed = tmp_path / "mirror" / "2031-03-04-orlec.txt"
    renamed.parent.mkdir()
    shutil.copy(corpus / "orlec_shelling.txt", renamed)
    relisted = tmp_path / "mirror" / "wire-copy.json"
    shutil.copy(corpus / "wire.json", relisted)
    with Store(db) as store:
        report = ingest([str(renamed.parent)], store)
        assert (report.files, report.articles, report.added, report.already_stored) == (2, 3, 0, 3)
        assert report.ok
        # where the copy was seen is still recorded
        sources = {r[0] for r in store.db.execute("SELECT source FROM sources")}
    assert snapshot(db) == before
    assert str(renamed) in sources and f"{relisted}#2" in sources


def test_a_changed_file_becomes_a_new_document_and_the_old_one_stays(tmp_path, corpus, corpus_size):
    db = tmp_path / "war.db"
    with Store(db) as store:
        ingest([str(corpus)], store)
    before = snapshot(db)
    page = corpus / "merrin_talks.txt"
    old_text = page.read_text(encoding="utf-8")
    page.write_text(old_text.replace("a prisoner exchange", "a prisoner exchange and a grain corridor"),
                    encoding="utf-8")
    with Store(db) as store:
        report = ingest([str(corpus)], store)
    assert (report.added, report.already_stored) == (1, corpus_size - 1)
    after = snapshot(db)
    assert len(after) == corpus_size + 1
    assert all(after[i] == v for i, v in before.items())          # nothing earlier changed
    (new_id,) = set(after) - set(before)
    source, text, _ = after[new_id]
    assert source == str(page) and "grain corridor" in text
    old = [v for v in before.values() if v[0] == str(page)]
    assert len(old) == 1 and "grain corridor" not in old[0][1]


# ---------------------------------------------------------------------- --jobs

def test_jobs_two_gives_the_same_documents_as_jobs_one(tmp_path, corpus, run_cli):
    extra = corpus / "more"
    extra.mkdir()
    for i in range(12):
        (extra / f"report_{i:02}.txt").write_text(
            f"Front line report {i}\n\nKestrian units reported {i + 2} artillery duels near Orlec "
            f"on day {i + 1} of the offensive, officials said.\n\nAdvertisement\n", encoding="utf-8")
    (extra / "empty.txt").write_text("")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    r1 = run_cli("ingest", corpus, "--db", one, "--jobs", "1")
    r2 = run_cli("ingest", corpus, "--db", two, "--jobs", "2")
    assert r1.exit_code == r2.exit_code == 1                  # the empty file, in both
    assert [l for l in r1.stderr.splitlines() if l.startswith("rejected")] == \
        [l for l in r2.stderr.splitlines() if l.startswith("rejected")]
    docs1, docs2 = snapshot(one), snapshot(two)
    assert len(docs1) == 5 + 12
    assert docs1 == docs2
    with Store(one) as a, Store(two) as b:
        assert [d.id for d in a.documents()] == [d.id for d in b.documents()]   # same order too
    # and a rerun with two workers adds nothing
    again = run_cli("ingest", corpus, "--db", two, "--jobs", "2")
    assert summary_count(again.stderr, "added") == 0
    assert snapshot(two) == docs2


# ---------------------------------------------------------------------- a reader that crashes

def test_a_reader_crash_on_one_file_does_not_stop_the_batch(tmp_path, corpus, corpus_size, monkeypatch):
    real = sitrep.batch.read_file

    def flaky(path: str):
        if path.endswith("merrin_talks.txt"):
            raise RuntimeError("reader bug")
        return real(path)

    monkeypatch.setattr(sitrep.batch, "read_file", flaky)
    with Store(tmp_path / "war.db") as store:
        report = ingest([str(corpus)], store)
        assert report.added == corpus_size - 1
        (problem,) = report.rejected
        assert problem.source.endswith("merrin_talks.txt") and "reader bug" in problem.reason


# ---------------------------------------------------------------------- recurring lines

PROMO = "Subscribe to our channel for daily updates"

BODIES = [
    "Kestrian artillery struck a fuel depot outside Orlec on Monday, the regional governor said.",
    "Valdoran negotiators arrived in Merrin for a second round of ceasefire talks on Tuesday.",
    "A Kestrian reconnaissance drone was shot down over the Varnow river late on Wednesday.",
    "Aid agencies warned of shortages of clean water in besieged Dremka on Thursday.",
    "Kestria closed two border crossings with Valdora on Friday, citing security concerns.",
    "Valdoran engineers reopened the damaged rail line between Merrin and Orlec on Saturday.",
    "A curfew was imposed in Dremka after overnight shelling damaged the main hospital.",
    "Kestrian state media reported the arrest of three suspected saboteurs near the Varnow.",
    "Valdora's parliament approved emergency funding for air defences in a late session.",
    "Farmers near Orlec said the spring sowing had been delayed by unexploded shells.",
]
FOLLOW_UPS = [
    "Residents said they heard at least six explosions before dawn.",
    "Mediators from the Northern Council expect the talks to last three days.",
    "The army published photographs of the wreckage on its website.",
    "The town's mayor asked for water tankers to be sent within a week.",
    "Lorries queued for several kilometres on the Valdoran side of the border.",
    "The first passenger train in a month carried about four hundred people.",
    "Doctors moved patients to the basement of a school across the road.",
    "The Kestrian interior ministry did not name the suspects.",
    "The package includes money for radar stations along the northern border.",
    "Demining teams have cleared about a tenth of the affected fields.",
]


def outlet_page(i: int, outlet: str, extra: list[str]) -> dict:
    return {"title": f"{outlet} report {i}: {BODIES[i][:40]}", "outlet": outlet,
            "text": "\n\n".join([BODIES[i], *extra, FOLLOW_UPS[i]])}


def write_pages(folder: Path, pages: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(pages):
        (folder / f"page_{i:02}.json").write_text(json.dumps(page), encoding="utf-8")


def test_a_line_recurring_on_an_outlets_pages_is_removed_on_first_ingest(tmp_path, run_cli):
    assert chrome_reason(PROMO) is None                 # no built-in rule knows this line
    folder = tmp_path / "herald"
    write_pages(folder, [outlet_page(i, "Orlec Courier", [PROMO]) for i in range(4)])
    db = tmp_path / "war.db"
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == 0, result.stderr
    with Store(db) as store:
        docs = list(store.documents())
        assert len(docs) == 4
        for doc in docs:
            assert PROMO not in doc.text
            assert (PROMO, RECURS) in [(r.text, r.reason) for r in doc.removed]
            assert any(b in doc.text for b in BODIES) and any(f in doc.text for f in FOLLOW_UPS)
        assert store.search('"daily updates"') == []

    # a later page of the same outlet loses the line straight away; nothing earlier changes
    before = snapshot(db)
    write_pages(tmp_path / "later", [outlet_page(5, "Orlec Courier", [PROMO])])
    later = run_cli("ingest", tmp_path / "later", "--db", db)
    assert later.exit_code == 0
    after = snapshot(db)
    assert {k: v for k, v in after.items() if k in before} == before
    (new,) = [v for k, v in after.items() if k not in before]
    assert PROMO not in new[1] and PROMO in new[2]


def test_the_line_stays_on_other_outlets_with_too_few_pages(tmp_path):
    folder = tmp_path / "mixed"
    # three outlets, two pages each: never three pages of one outlet
    pages = [outlet_page(i, ["Orlec Courier", "Merrin Post", "Dremka Daily"][i % 3], [PROMO])
             for i in range(6)]
    write_pages(folder, pages)
    with Store(tmp_path / "war.db") as store:
        assert ingest([str(folder)], store).added == 6
        assert all(PROMO in d.text for d in store.documents())


def test_a_prose_sentence_in_three_of_ten_pages_stays(tmp_path):
    sentence = "Officials said the talks would resume next week."
    pages = [outlet_page(i, "Valdora Herald", [sentence] if i in (1, 4, 7) else []) for i in range(10)]
    folder = tmp_path / "herald"
    write_pages(folder, pages)
    with Store(tmp_path / "war.db") as store:
        report = ingest([str(folder)], store)
        assert report.added == 10 and report.ok
        docs = list(store.documents())
        with_sentence = [d for d in docs if sentence in d.text]
        assert len(with_sentence) == 3
        assert all(RECURS not in [r.reason for r in d.removed] for d in docs)
        assert store.db.execute("SELECT COUNT(*) FROM recurring_lines").fetchone()[0] == 0


def test_a_page_of_nothing_but_a_recurring_line_does_not_break_ingest(tmp_path, run_cli):
    folder = tmp_path / "herald"
    pages = [outlet_page(i, "Orlec Courier", [PROMO]) for i in range(4)]
    pages.append({"title": "Stub", "outlet": "Orlec Courier", "text": PROMO})
    write_pages(folder, pages)
    db = tmp_path / "war.db"
    for _ in range(2):
        result = run_cli("ingest", folder, "--db", db)
        assert result.exit_code == 0, result.stderr
        assert "Traceback" not in result.stderr
    with Store(db) as store:
        docs = list(store.documents())
    assert len(docs) == 5
    assert sum(PROMO in d.text for d in docs) == 1      # only the stub keeps it: it has nothing else


def test_a_line_recurring_on_one_outlet_stays_on_another_outlets_page(tmp_path):
    folder = tmp_path / "courier"
    write_pages(folder, [outlet_page(i, "Orlec Courier", [PROMO]) for i in range(4)])
    other = {"title": "Merrin Post report", "outlet": "Merrin Post",
             "text": "\n\n".join([BODIES[6], PROMO, FOLLOW_UPS[6]])}
    write_pages(tmp_path / "post", [other])
    with Store(tmp_path / "war.db") as store:
        ingest([str(folder)], store)
        ingest([str(tmp_path / "post")], store)
        (post,) = [d for d in store.documents() if d.outlet == "Merrin Post"]
    # the Merrin Post printed the line once: it is not that outlet's chrome
    assert PROMO in post.text
