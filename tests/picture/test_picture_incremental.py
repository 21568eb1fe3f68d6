"""One analysis per document: an undated document dated from its story gets only its dated parts
found again; a rebuild with nothing new analyses nothing and writes the same picture."""
import io
import json

from sitrep.analysis import analyze_text, knowledge_base, load_analysis, redate
from sitrep.batch import ingest
from sitrep.export import write_json
from sitrep.picture import update_picture
from sitrep.picture_store import PictureStore
from sitrep.picture_writer import PictureWriter
from sitrep.store import Store

# an invented wire report and an undated copy of it (a scraper lost the date line): the copy
# joins the report's story and takes its date, which "on Monday" and "since March" need
DATED = """Drone strike hits fuel depot in Varnok
By Mira Selten
April 8, 2025
VARNOK, April 8 (Reuters) - A drone operated by the Black Ridge Front struck a fuel depot in Varnok on Monday, killing three workers and wounding seven, the regional governor said.
"The Black Ridge Front attacked civilian infrastructure again," Governor Ilan Rusk told reporters in Varnok.
Rusk said the front had launched at least 40 drones at the province since March.
The Black Ridge Front, which is backed by Oskaria, said it had targeted military fuel supplies.
Firefighters said the blaze at the depot burned for more than six hours.
"""
UNDATED = """Drone strike hits fuel depot in Varnok
VARNOK (Reuters) - A drone operated by the Black Ridge Front struck a fuel depot in Varnok on Monday, killing three workers and wounding seven, the regional governor said.
"The Black Ridge Front attacked civilian infrastructure again," Governor Ilan Rusk told reporters in Varnok.
Rusk said the front had launched at least 40 drones at the province since March.
The Black Ridge Front, which is backed by Oskaria, said it had targeted military fuel supplies.
Firefighters said the blaze at the depot burned for more than six hours.
"""


def _db(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "dated.txt").write_text(DATED, encoding="utf-8")
    (folder / "undated.txt").write_text(UNDATED, encoding="utf-8")
    store = Store(tmp_path / "p.db")
    ingest([str(folder)], store)
    return store


def _export(store):
    buf = io.StringIO()
    write_json(store, buf)
    return json.loads(buf.getvalue())


def test_redating_equals_a_full_analysis_against_the_new_date():
    kb = knowledge_base()
    undated = analyze_text("d", UNDATED, None, None, kb)
    dated = analyze_text("d", UNDATED, "2025-04-08", None, kb)
    assert undated.claims != dated.claims          # the date matters to this text
    assert redate(UNDATED, undated, "2025-04-08") == dated


def test_an_undated_copy_is_analysed_once_and_redated_from_its_story(tmp_path):
    store = _db(tmp_path)
    report = update_picture(store)
    assert report.analysed == 2                    # each document once, not again once dated
    assert report.redated == 1 and report.inferred_dates == 1
    pictures = PictureStore(store.db)
    (undated_id, (date, _basis)), = pictures.inferred_dates().items()
    assert date == "2025-04-08"
    stored = dict(store.db.execute("SELECT doc_id, published FROM analyses"))
    assert stored[undated_id] == "2025-04-08"
    data = dict(pictures.analyses([undated_id]))[undated_id]
    periods = {c.period for c in load_analysis(data, ("claims",)).claims}
    assert "since 2025-03" in periods              # "since March" resolved against the inferred date
    # the picture holds the copy's claims as dated, and both reports of the strike as one event
    claims = [c for c in _export(store)["claims"] if c["evidence"]["doc"] == undated_id]
    assert {"since 2025-03", "2025-04-07"} <= {c["period"] for c in claims}
    store.close()


def test_a_rebuild_with_nothing_new_analyses_nothing_and_writes_the_same_picture(tmp_path):
    store = _db(tmp_path)
    update_picture(store)
    before = _export(store)
    again = update_picture(store)
    assert (again.analysed, again.redated) == (0, 0)
    assert _export(store) == before
    store.close()


def test_a_failed_rewrite_keeps_the_old_picture(tmp_path):
    store = _db(tmp_path)
    update_picture(store)
    pictures = PictureStore(store.db)
    quotes = pictures.quotes()
    assert quotes
    try:
        with PictureWriter(store.db) as out:
            out.quotes([])
            raise RuntimeError("reduce failed half way")
    except RuntimeError:
        pass
    assert pictures.quotes() == quotes
    store.close()


def test_a_document_dated_at_ingest_has_its_dated_parts_found_once(tmp_path, monkeypatch):
    """Only the undated copy is re-dated; the dated report's time expressions are found once, in
    its one analysis, and never again by the rounds that date other documents."""
    import sitrep.analysis as analysis
    seen: list[tuple[str, str | None]] = []
    real = analysis.find_timexes

    def spy(text, published, **kw):
        seen.append(("undated" if "VARNOK (Reuters)" in text else "dated", published))
        return real(text, published, **kw)

    monkeypatch.setattr(analysis, "find_timexes", spy)
    store = _db(tmp_path)
    update_picture(store)
    dated_calls = [p for name, p in seen if name != "undated"]
    assert len(dated_calls) == 1 and dated_calls[0] is not None
    assert [p for name, p in seen if name == "undated"] == [None, "2025-04-08"]
    store.close()


def test_redating_reuses_the_date_free_parts_kept_from_the_analysis(tmp_path, monkeypatch):
    """The undated copy's triggers and roles are found once, at its analysis; its re-dating only
    resolves dates, and gives what a full analysis against the new date gives."""
    import sitrep.events.coder as coder
    calls: list[str] = []
    real = coder.prepare_events

    def spy(text, *args, **kw):
        calls.append("undated" if "VARNOK (Reuters)" in text else "dated")
        return real(text, *args, **kw)

    monkeypatch.setattr(coder, "prepare_events", spy)
    store = _db(tmp_path)
    report = update_picture(store)
    assert report.redated == 1
    assert sorted(calls) == ["dated", "undated"]
    pictures = PictureStore(store.db)
    (undated_id, _), = pictures.inferred_dates().items()
    text = store.db.execute("SELECT text FROM documents WHERE id = ?", (undated_id,)).fetchone()[0]
    stored = load_analysis(dict(pictures.analyses([undated_id]))[undated_id])
    full = analyze_text(undated_id, text, "2025-04-08", None, knowledge_base())
    assert (stored.timexes, stored.events, stored.claims) == (full.timexes, full.events, full.claims)
    store.close()


def test_prepared_parts_stay_within_their_budget():
    from sitrep.picture_prepared import PreparedParts
    kept = PreparedParts(budget=2000)
    for i in range(10):
        kept.keep(f"d{i}", {"timex": list(range(100))})
    assert 0 < len(kept) < 10 and kept.size <= 2000
    assert kept.get("d0") is None                      # the oldest went first
    assert kept.get("d9") == {"timex": list(range(100))}
    kept.keep("empty", {})
    assert kept.get("empty") is None
