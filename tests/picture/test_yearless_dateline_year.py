"""A wire dateline with a month-day and no year anywhere ("KORVIK, Nov 14 (Reuters) -") gives the
document the year of its story-mates (or of the corpus), never the year of the machine's clock."""
import io
import json

from sitrep.batch import ingest
from sitrep.export import write_json
from sitrep.metadata.dates import nearest_year, yearless_basis, yearless_month_day
from sitrep.picture import update_picture
from sitrep.pipeline import clean_raw_article
from sitrep.model import RawArticle
import datetime as dt

# invented: a year-less wire, and a local paper's dated report of the same shelling
WIRE = """Shelling hits border villages in Varna province
KORVIK, Nov 14 (Reuters) - Artillery fire from across the border hit three villages near Korvik overnight, wounding seven civilians, provincial officials said.
The army said it had returned fire at the positions the shells came from.
Hundreds of families left the villages for shelters further inland.
"""
LOCAL = """Seven wounded as shells hit villages near Korvik
Varna Daily
Published November 14, 2025
Artillery fire from across the border hit three villages near Korvik overnight, wounding seven civilians, provincial officials said on Friday.
The army said it had returned fire at the positions the shells came from.
Hundreds of families left the villages for shelters further inland, officials said.
"""
OTHER = """Ministers meet on flood relief in Varna
Varna Daily
Published October 30, 2025
Ministers met in the provincial capital to plan flood relief for the coming winter.
"""


def _export(folder, tmp_path):
    from sitrep.store import Store
    store = Store(tmp_path / "y.db")
    ingest([str(folder)], store)
    update_picture(store)
    buf = io.StringIO()
    write_json(store, buf)
    return {d["source"].rsplit("/", 1)[-1]: d for d in json.loads(buf.getvalue())["documents"]}


def test_the_document_alone_states_no_year_so_it_stays_undated():
    (doc,) = clean_raw_article(RawArticle(source="w.txt", text=WIRE, fmt="txt"))
    assert doc.published is None
    assert yearless_month_day(doc.published_basis) == (11, 14)


def test_year_comes_from_the_story_mates(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "local.txt").write_text(LOCAL, encoding="utf-8")
    docs = _export(folder, tmp_path)
    assert docs["wire.txt"]["published"] == "2025-11-14"


def test_a_lone_report_takes_the_year_of_the_corpus(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    docs = _export(folder, tmp_path)
    assert docs["wire.txt"]["published"] == "2025-11-14"


def test_nearest_year_crosses_new_year():
    assert nearest_year(12, 30, dt.date(2025, 1, 3)) == dt.date(2024, 12, 30)
    assert nearest_year(1, 2, dt.date(2024, 12, 28)) == dt.date(2025, 1, 2)
    assert nearest_year(2, 29, dt.date(2025, 3, 1)) == dt.date(2024, 2, 29)
    assert yearless_month_day(yearless_basis(3, 4)) == (3, 4)
    assert yearless_month_day("inferred: story-mate") is None
