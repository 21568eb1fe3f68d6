import json

from sitrep.credits import credited_people
from sitrep.export import write_json
from sitrep.picture import claim_quantity, update_picture
from sitrep.picture_store import PictureStore
from sitrep.store import Store


def _export(path):
    import io
    with Store(path) as store:
        buf = io.StringIO()
        write_json(store, buf)
    return json.loads(buf.getvalue())


def _entity(data, name):
    return next((e for e in data["entities"] if e["name"] == name or name in e["aliases"]), None)


def test_people_credited_outside_the_text_are_actors():
    people = dict(credited_people(
        [("credit line", "(Reporting by Ana Ruiz in Goma; Writing by Tom Bell; Editing by Kai Lund)"),
         ("photo caption", "Soldiers patrol a road near Goma, Congo. REUTERS/Arlette Bashizi/File Photo"),
         ("photo caption", "A damaged house (AP Photo/Moses Sawasawa)")], authors=["Ana Ruiz"]))
    assert people == {"Ana Ruiz": "author", "Tom Bell": "writer", "Kai Lund": "editor",
                      "Arlette Bashizi": "photographer", "Moses Sawasawa": "photographer"}


def test_qualified_figures_keep_their_qualifier():
    assert claim_quantity(20, "more than") == ">20"
    assert claim_quantity(30, "at least") == ">=30"
    assert claim_quantity(5, "about") == "about 5"
    assert claim_quantity(4, None) == 4
    assert claim_quantity("dozens", "about") == "dozens"


def test_one_entity_per_actor_with_every_alias_and_valid_spans(picture_db):
    data = _export(picture_db)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    vold = _entity(data, "Petra Vold")
    assert vold is not None and vold["type"] == "PERSON"
    assert {"Petra Vold", "Vold"} <= set(vold["aliases"])
    assert len({m["doc"] for m in vold["mentions"]}) == 3
    for e in data["entities"]:
        for m in e["mentions"]:
            assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]
    brigade = _entity(data, "Sable Hills Brigade")
    assert brigade is not None and brigade["type"] == "ORG"
    # credited reporters and editors are people too, even without a span in the text
    assert _entity(data, "Omar Quist")["type"] == "PERSON"


def test_quotes_resolve_to_speaker_entities(picture_db):
    data = _export(picture_db)
    vold = _entity(data, "Petra Vold")["id"]
    spoken = {q["text"].rstrip(",. "): q["speaker"] for q in data["quotes"]}
    assert spoken["This is a war crime"] == vold
    assert spoken["We hold the Sable Hills Brigade responsible for this crime"] == vold
    tavi = _entity(data, "Arun Tavi")["id"]
    assert spoken["Our fighters only struck military positions"] == tavi


def test_the_shelling_is_one_event_reported_by_two_outlets(picture_db):
    data = _export(picture_db)
    brigade = _entity(data, "Sable Hills Brigade")["id"]
    files = {d["id"]: d["source"].rsplit("/", 1)[-1] for d in data["documents"]}
    shelling = [e for e in data["events"] if e["action"] == "ASSAULT" and e["date"] == "2025-03-03"
                and e["actor"] == brigade]
    assert shelling, data["events"]
    reporting = {files[s["doc"]] for e in shelling for s in e["evidence"]}
    assert {"a_wire.txt", "b_local.txt"} <= reporting
    assert any(e["fatalities"] == 4 for e in shelling)


def test_claims_carry_quantities_and_valid_evidence(picture_db):
    data = _export(picture_db)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    values = {c["value"] for c in data["claims"]}
    assert {4, 30} <= values
    for c in data["claims"]:
        ev = c["evidence"]
        assert 0 <= ev["start"] < ev["end"] <= len(texts[ev["doc"]])


def test_same_day_reports_form_one_story_and_background_does_not_join(picture_db):
    data = _export(picture_db)
    files = {d["id"]: d["source"].rsplit("/", 1)[-1] for d in data["documents"]}
    groups = [{files[d] for d in s["documents"]} for s in data["stories"]]
    assert {"a_wire.txt", "b_local.txt"} in groups
    assert not any("c_later.txt" in g and len(g) > 1 for g in groups)


def test_rebuilding_analyses_only_what_is_stale(picture_db):
    with Store(picture_db) as store:
        assert update_picture(store).analysed == 0
        store.db.execute("DELETE FROM analyses WHERE rowid = (SELECT min(rowid) FROM analyses)")
        store.db.commit()
        assert update_picture(store).analysed == 1
        assert PictureStore(store.db).entities()


def test_an_undated_document_joins_the_story_it_shares_several_happenings_with():
    from sitrep.picture import _undated_story_matches
    story_of = {"dated1": "S1", "dated2": "S1", "other": "S2", "undated": "S3"}
    published = {"dated1": "2025-03-03", "dated2": "2025-03-04", "other": "2025-01-01", "undated": None}

    def event(*docs):
        return {"reports": [{"doc": d} for d in docs]}

    events = [event("undated", "dated1"), event("undated", "dated2"), event("undated", "other")]
    assert _undated_story_matches(events, story_of, published) == {"undated": "S1"}
    # one shared happening is not enough, and a tie decides nothing
    assert _undated_story_matches(events[:1], story_of, published) == {}
    tie = [event("undated", "dated1"), event("undated", "dated2"), event("undated", "other"),
           event("undated", "other")]
    assert _undated_story_matches(tie, story_of, published) == {}


def test_the_parts_of_one_page_share_a_story(tmp_path):
    from sitrep.model import Document, RawArticle, Story
    from sitrep.picture import link_stories_by_events
    store = Store(tmp_path / "pages.db")
    raw = RawArticle(source="page.txt", text="x", fmt="txt")
    docs = [Document(id=f"d{i}", source=f"page.txt#{i}", text=f"Part {i} text.", raw="x", fmt="txt")
            for i in (1, 2)]
    store.add_article(raw, docs)
    other = RawArticle(source="other.txt", text="y", fmt="txt")
    store.add_article(other, [Document(id="d3", source="other.txt", text="Other.", raw="y", fmt="txt")])
    store.replace_links([], [Story(f"s{i}", None, [f"d{i}"]) for i in (1, 2, 3)])
    assert link_stories_by_events(store, []) == 1
    groups = sorted(sorted(s.documents) for s in store.stories())
    assert groups == [["d1", "d2"], ["d3"]]
