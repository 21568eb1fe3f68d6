"""A page alone in its story with no publication date is dated from its corpus's news cycle, with
the basis saying so; a corpus spread over months dates nothing (invented Caucasus texts)."""
import io
import json

from sitrep.batch import ingest
from sitrep.export import write_json
from sitrep.picture import update_picture
from sitrep.picture_store import PictureStore
from sitrep.store import Store
from sitrep.timex.infer import CORPUS, corpus_candidates, infer_publication

# an undated analysis whose latest stated year is an old one: its "On 12 March" is no 2021 day
ANALYSIS = """Why the Tavrin ceasefire keeps failing
Analysis
Tavrin's militias first fought the border guards in 2021, when a truce brokered by Ankara collapsed.
On 12 March, militia fighters shelled the border post at Kesh, killing three guards.
The border guards said they had returned fire and detained two suspects.
"""
WIRE_1 = """Border guards repel militia raid near Kesh
Caspian Wire
Published March 14, 2026
Border guards repelled a raid by militia fighters on a customs post near Kesh on Saturday, officials said.
The interior ministry said two attackers were detained.
"""
WIRE_2 = """Oil prices climb in Baku trading
Caspian Wire
Published March 16, 2026
Oil prices climbed in Baku on Monday as traders weighed supply cuts.
"""


def test_the_corpus_stands_in_for_story_mates():
    stated = [("2026-03-14", "stamp in text"), ("2026-03-16", "stamp in text"), (None, None)]
    pool = corpus_candidates(stated)
    assert [c for c, _ in pool] == ["2026-03-14", "2026-03-16"]
    date, basis = infer_publication(ANALYSIS, pool, whose=CORPUS)
    assert date == "2026-03-14"
    assert "documents of the corpus" in basis and "2026-03-14..2026-03-16" in basis


def test_inferred_dates_never_feed_the_corpus_pool():
    assert corpus_candidates([("2026-03-14", "inferred: story-mate published 2026-03-14")]) == []


def test_a_corpus_spread_over_months_dates_nothing():
    assert corpus_candidates([("2026-01-02", "stamp in text"), ("2026-05-20", "stamp in text")]) == []


def test_the_text_still_pushes_a_corpus_guess_later():
    text = "Talks resumed on March 20, 2026, after a week of shelling."
    date, basis = infer_publication(text, [("2026-03-14", "x"), ("2026-03-16", "x")], whose=CORPUS)
    assert date == "2026-03-20" and "not before" in basis


def test_a_lone_undated_page_takes_the_corpus_cycle_end_to_end(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in (("analysis.txt", ANALYSIS), ("wire1.txt", WIRE_1), ("wire2.txt", WIRE_2)):
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "c.db")
    ingest([str(folder)], store)
    update_picture(store)
    buf = io.StringIO()
    write_json(store, buf)
    data = json.loads(buf.getvalue())
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in data["documents"]}
    doc = docs["analysis.txt"]
    # a guess from the corpus alone dates the page's events, but is not exported as its own date
    assert doc["published"] is None
    (basis,) = [b for d, (_, b) in PictureStore(store.db).inferred_dates().items() if d == doc["id"]]
    assert "documents of the corpus" in basis
    # a report naming no party is exported apart (``unattributed_events``), dated all the same
    dates = {ev["date"] for ev in data["events"] + data.get("unattributed_events", [])
             if any(s.get("doc") == doc["id"] for s in ev.get("evidence") or [])}
    assert "2026-03-12" in dates                     # "On 12 March" in the corpus's year, not 2021's
    assert not any((d or "").startswith("2021-03") for d in dates)
