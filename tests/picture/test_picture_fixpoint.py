"""One ``update_picture`` reaches the picture's fixpoint: an undated document that joins its story
only once another undated document has been dated (and its events re-dated and merged) is dated
in the same run, so a second run changes nothing."""
import io
import json

import pytest

import sitrep.picture as picture
from sitrep.batch import ingest
from sitrep.export import write_json
from sitrep.picture import update_picture
from sitrep.picture_store import PictureStore
from sitrep.store import Store

# invented: a dated wire report of two attacks; an undated bulletin tells both with full dates and
# a third, "on Thursday", which means a day only once the bulletin is dated; an undated roundup
# shares the first and the third attack with them, so it joins their story only after that
DATED = """Militia attacks kill six in Velmar province
By Tomas Renner
March 6, 2025
KELLSTAD, March 6 (Reuters) - The Grey Pass Militia shelled the central market of Dorvan on Sunday, killing four civilians, provincial officials said.
On Tuesday, fighters of the Grey Pass Militia ambushed an army convoy near the village of Kellmoor, killing two soldiers, the army said.
Governor Anke Haldor said the attacks showed the militia was regrouping.
"""
BULLETIN = """Velmar province security bulletin
The Grey Pass Militia shelled the central market of Dorvan on March 2, 2025, killing four civilians.
On March 4, 2025, fighters of the Grey Pass Militia ambushed an army convoy near the village of Kellmoor, killing two soldiers.
On Thursday, the Grey Pass Militia fired rockets at the airport of Tarnholm, wounding six workers.
The bulletin is compiled by the provincial security office.
"""
ROUNDUP = """Weekly roundup: violence in Velmar
The Grey Pass Militia shelled the central market of Dorvan on March 2, 2025, killing four civilians.
The Grey Pass Militia fired rockets at the airport of Tarnholm on March 6, 2025, wounding six workers.
Aid groups said thousands of people had fled the province since January.
"""


def _store(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("a_dated.txt", DATED), ("b_bulletin.txt", BULLETIN), ("c_roundup.txt", ROUNDUP)):
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "p.db")
    ingest([str(folder)], store)
    return store


def _export(store):
    buf = io.StringIO()
    write_json(store, buf)
    data = json.loads(buf.getvalue())
    data.pop("generated", None)
    return data


def _inferred(store):
    return {doc: day for doc, (day, _) in PictureStore(store.db).inferred_dates().items()}


@pytest.mark.parametrize("rounds", [1, picture.MAX_ROUNDS])
def test_a_second_update_changes_nothing_once_the_reduce_reaches_its_fixpoint(tmp_path, monkeypatch, rounds):
    monkeypatch.setattr(picture, "MAX_ROUNDS", rounds)
    store = _store(tmp_path)
    update_picture(store)
    first, dates = _export(store), _inferred(store)
    again = update_picture(store)
    if rounds == 1:
        # the chain needs more than one round: cut short, the next run finishes the job (the
        # behaviour this fixes; it shows the scenario really depends on the rounds)
        assert len(_inferred(store)) > len(dates)
    else:
        assert len(dates) == 2 and set(dates.values()) == {"2025-03-06"}
        assert (again.analysed, again.redated) == (0, 0)
        assert _inferred(store) == dates
        assert _export(store) == first
    store.close()
