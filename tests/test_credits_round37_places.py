"""Places named in wire credit lines become place entities (invented Sahel/Caucasus credits)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.credits import credited_people, credited_places
from sitrep.model import Entity
from sitrep.picture_reduce import _add_credited_places

_LINES = [("credit", "(Reporting by Awa Traore in Bamako and Idrissa Kone in Niamey; Writing by Lena Voss; "
                     "Editing by Mark Hale)"),
          ("credit", "Additional reporting by Tamar Beridze in Tbilisi"),
          ("caption", "Soldiers patrol a market in Gao, Mali, on Monday")]


def test_credit_lines_give_the_places_reporters_filed_from():
    assert credited_places(_LINES) == ["Bamako", "Niamey", "Tbilisi"]
    # the people are still read the same way, without the places
    people = dict(credited_people(_LINES))
    assert people["Awa Traore"] == "reporter" and "Bamako" not in " ".join(people)


def test_prose_and_captions_give_no_credited_place():
    lines = [("caption", "Reporting by the local press in Kidal was scarce"),
             ("footer", "Residents fled in Menaka on Sunday")]
    assert credited_places(lines) == []


def test_credited_places_join_the_text_s_place_or_stand_alone():
    kb = KnowledgeBase.default()
    bamako = Entity(id="e1", name="Bamako", type="GPE", aliases=["Bamako"], kb_id=None)
    entities = [bamako, Entity(id="e2", name="Awa Traore", type="PERSON", aliases=["Awa Traore"])]
    removed = {"d1": _LINES, "d2": [("credit", "(Reporting by Jo Pell in Zzyzxville; Editing by Mark Hale)")]}
    _add_credited_places(entities, removed, kb)
    places = [e for e in entities if e.type in ("GPE", "LOC")]
    names = sorted(e.name for e in places)
    # Bamako merged with the text's entity; an unknown "place" is not invented
    assert names == ["Bamako", "Niamey", "Tbilisi"]
    assert all(e.kb_id for e in places if e is not bamako)
    assert not any(e.mentions for e in places)


def test_a_credited_spelling_becomes_an_alias_of_the_known_place():
    kb = KnowledgeBase.default()
    tbilisi = Entity(id="e1", name="Tbilisi", type="GPE", aliases=["Tbilisi"])
    entities = [tbilisi]
    _add_credited_places(entities, {"d1": [("credit", "(Reporting by Nino Kapanadze in TBILISI)")]}, kb)
    assert len(entities) == 1 and "TBILISI" in tbilisi.aliases


def test_contributor_under_a_byline_is_a_credited_reporter():
    people = dict(credited_people(
        [("credit line", "Associated Press writer Ines Varga in Tarsk contributed to this report.")], ["Mara Velkova"]))
    assert people == {"Mara Velkova": "author", "Ines Varga": "reporter"}
