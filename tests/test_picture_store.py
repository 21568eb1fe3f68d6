import sqlite3

from sitrep.analysis import analysis_from_json, analysis_to_json
from sitrep.model import ClaimFact, DocumentAnalysis, EventFact, Mention, QuoteFact, TimeExpr
from sitrep.picture_store import PictureStore
from sitrep.store import Store


def test_analysis_round_trips_through_json():
    a = DocumentAnalysis(
        doc_id="d1", sentences=[(0, 10)],
        mentions=[Mention(0, 5, "Gao", "GPE", "kb:gao", "kb", local=0, kb_id="gao")],
        quotes=[QuoteFact(1, 4, "abc", speaker=0, speaker_name="X", cue="said")],
        timexes=[TimeExpr(0, 3, "Monday", "2024-01-01", "day", basis="weekday")],
        events=[EventFact("ASSAULT", 0, 10, actor=0, fatalities=3)],
        claims=[ClaimFact(12, "soldiers killed", 0, 10, period="2024-01")])
    back = analysis_from_json(analysis_to_json(a))
    assert back == a


def test_analysis_from_json_ignores_unknown_fields():
    data = {"doc_id": "d", "sentences": [[0, 1]], "mentions": [
        {"start": 0, "end": 1, "text": "A", "type": "ORG", "key": "name:a", "source": "x", "future": 1}]}
    assert analysis_from_json(data).mentions[0].text == "A"


def test_picture_tables_are_rewritten_and_queried(tmp_path):
    store = Store(tmp_path / "p.db")
    pictures = PictureStore(store.db)
    ent = {"id": "e1", "name": "Rapid Support Forces", "type": "ORG", "aliases": ["RSF", "Rapid Support Forces"],
           "mentions": [{"doc": "d1", "start": 0, "end": 3, "text": "RSF"}], "kb_id": None, "reviewed": False}
    pictures.replace_picture([ent], [], [{"doc": "d1", "start": 5, "end": 9, "text": "no", "speaker": "e1",
                                          "speaker_name": "RSF", "cue": "said"}], [], [])
    assert [e["name"] for e in pictures.find_entities("rsf")] == ["Rapid Support Forces"]
    assert pictures.entities(unreviewed=True)[0]["doc_count"] == 1
    assert pictures.quotes(speaker="e1")[0]["text"] == "no"
    pictures.replace_picture([], [], [], [], [])
    assert pictures.entities() == [] and pictures.quotes() == []


def test_decisions_and_user_entries_survive_picture_rebuilds(tmp_path):
    store = Store(tmp_path / "p.db")
    pictures = PictureStore(store.db)
    pictures.add_decision("merge", "Abu Fadak", "Abdul Aziz al-Mohammadawi")
    pictures.add_kb_entry({"id": "user-rsf", "name": "Rapid Support Forces", "type": "ORG", "aliases": ["RSF"]})
    pictures.replace_picture([], [], [], [], [])
    assert pictures.decisions() == [("merge", "Abu Fadak", "Abdul Aziz al-Mohammadawi")]
    assert pictures.kb_entries()[0]["id"] == "user-rsf"


def test_readonly_picture_store_on_an_old_database_reads_as_empty(tmp_path):
    Store(tmp_path / "old.db").close()
    db = sqlite3.connect(tmp_path / "old.db")
    pictures = PictureStore(db, readonly=True)
    assert pictures.entities() == [] and pictures.events() == [] and pictures.kb_entries() == []
