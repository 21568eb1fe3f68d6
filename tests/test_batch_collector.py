"""The cyclic collector is tuned for a batch (``batch._collector_for_batch``) and restored after it."""
import gc
from pathlib import Path

from sitrep.batch import GC_YOUNG, _collector_for_batch, ingest
from sitrep.store import Store


def test_the_batch_collector_is_tuned_inside_and_restored_after():
    before = gc.get_threshold()
    with _collector_for_batch():
        assert gc.get_threshold()[0] == GC_YOUNG and gc.get_freeze_count() > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_ingest_restores_the_collector(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Convoy hit near Tarsk\n\nGunmen attacked a convoy near Tarsk on Monday, "
                                  "killing six soldiers, the army said in a statement.\n")
    before = gc.get_threshold()
    with Store(tmp_path / "s.db") as store:
        report = ingest([str(folder)], store)
    assert report.added == 1
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
