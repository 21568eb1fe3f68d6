"""Round 8: a document's own country decides among known bodies that share a name or acronym;
compound (Spanish) surnames over gazetteer towns; sound-alike and alternate-name places inside
longer names; titles in a row; plural nouns and indefinite articles that are no names.
Invented reports (a Syrian, a Mexican, a Sahel and a Kashmir setting)."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences
from sitrep.relations import find_relations


def _find(text):
    return find_mentions(text, split_sentences(text), KnowledgeBase.default())


def _by_text(ms):
    out = {}
    for m in ms:
        out.setdefault(m.text, m)
    return out


def test_a_defined_acronym_beats_another_body_with_the_same_letters():
    text = ("Units of the Turkish-backed Syrian National Army (SNA) shelled villages east of Aleppo on "
            "Friday. The SNA later said it had withdrawn.")
    ms = _find(text)
    sna = [m for m in ms if m.text == "SNA"]
    assert sna and {m.kb_id for m in sna} == {"syrian-national-army"}


def test_a_shared_acronym_follows_the_documents_country():
    text = "Fighting near Kismayo intensified. The SNA said its troops had retaken two villages in Somalia."
    sna = [m for m in _find(text) if m.text == "SNA"]
    assert sna and sna[0].kb_id == "somali-national-army"


def test_an_ambiguous_acronym_with_no_country_stays_unlinked():
    text = "The SNA said its fighters had captured a hill after a night of shelling."
    sna = [m for m in _find(text) if m.text == "SNA"]
    assert sna and sna[0].kb_id is None


def test_a_generic_body_name_takes_the_documents_country():
    mexico = _find("CULIACAN, Mexico - The Defense Department said the National Guard had sent "
                   "300 troops to Sinaloa.")
    by = _by_text(mexico)
    assert by["Defense Department"].kb_id == "sedena"
    assert by["National Guard"].kb_id == "mexican-national-guard"
    elsewhere = _by_text(_find("WASHINGTON - The Defense Department said the National Guard would "
                               "stay in Los Angeles."))
    assert elsewhere["Defense Department"].kb_id == "us-department-of-defense"
    assert elsewhere["National Guard"].kb_id is None


def test_a_security_service_of_the_documents_country():
    text = ("Gunmen ambushed a patrol of the General Security Service (GSS) near Tartus in Syria on "
            "Tuesday. The GSS said three members were killed.")
    ms = _find(text)
    ids = {m.kb_id for m in ms if m.text in ("General Security Service", "GSS")}
    assert ids == {"syria-general-security"}


def test_a_surname_after_a_known_persons_name_makes_another_person():
    text = ('Police detained Joaquín Guzmán López, a son of Joaquín "El Chapo" Guzmán, in Sonora.')
    by = _by_text(_find(text))
    son = by.get("Joaquín Guzmán López")
    assert son is not None and son.type == "PERSON" and son.kb_id != "el-chapo"
    assert "López" not in by


def test_two_towns_after_a_name_word_are_one_persons_surnames():
    text = "The toll was given by the municipal secretary of security, Marisol Ibarra Quintero."
    by = _by_text(_find(text))
    assert by["Marisol Ibarra Quintero"].type == "PERSON"
    assert "Ibarra" not in by and "Quintero" not in by


def test_sound_alike_and_alternate_place_names_inside_longer_names():
    text = ("Residents of Krishna Ghati fled on Monday. Deputy Commissioner Vikas Kundal said six "
            "people died. Kundal said the toll could rise.")
    by = _by_text(_find(text))
    assert "Krishna" not in by
    assert by["Vikas Kundal"].type == "PERSON"
    assert by["Kundal"].kb_id is None and by["Kundal"].type == "PERSON"
    assert "Commissioner Vikas Kundal" not in by


def test_plural_nouns_and_indefinite_bodies_are_no_names():
    text = ("Neighbours said the shooting lasted an hour. According to an Army spokesperson, the "
            "troops responded.")
    texts = {m.text for m in _find(text)}
    assert "Neighbours" not in texts and "an Army" not in texts


def test_newsletter_name_and_local_government_area():
    text = ("Sahel Brief: militants attack base\n\nThe gunmen struck Gwoza LGA on Friday, the "
            "Lake Chad Brief reported.")
    by = _by_text(_find(text))
    assert "LGA" not in by
    assert by["Lake Chad Brief"].type == "MEDIA"


def test_army_spokesman_speaks_for_the_one_army_of_the_document():
    text = ("Troops repelled the raid, the Nigerian Army said. Army spokesman Musa Danladi said the "
            "strike hit a bandit camp.")
    ms = _find(text)
    rels = find_relations(text, split_sentences(text), ms)
    army = next(m.local for m in ms if m.text == "Nigerian Army")
    person = next(m.local for m in ms if m.text == "Musa Danladi")
    assert any(r.subject == person and r.predicate == "spokesperson_of" and r.object == army for r in rels)


def test_both_surnames_of_a_known_person_are_that_person():
    text = ("President Claudia Sheinbaum said on Monday the army would stay. Sheinbaum Pardo asked "
            "prosecutors to investigate every death.")
    by = _by_text(_find(text))
    assert by["Sheinbaum Pardo"].kb_id == "claudia-sheinbaum"
    assert by["Sheinbaum Pardo"].local == by["Claudia Sheinbaum"].local


def test_an_indefinite_body_joins_no_named_body():
    text = ("Pakistan Army troops fired across the border. According to an Army spokesperson in "
            "Jammu, Lt Col Suneel Bartwal, troops responded.")
    texts = {m.text for m in _find(text)}
    assert "an Army" not in texts and "Army" not in texts
