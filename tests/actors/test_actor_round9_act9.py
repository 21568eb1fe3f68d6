"""Round 9 (act9): honorifics of other languages are stripped like titles; an outlet's shortened
leading words ("UN ...") still name the knowledge-base body; a name with a leading modifier and
the bare name are one body in a document. Invented reports (Mekong, Sahel, Caucasus settings)."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences


def _find(text):
    return find_mentions(text, split_sentences(text), KnowledgeBase.default())


def _local(ms, text):
    return {m.local for m in ms if m.text == text}


def test_khmer_honorific_is_stripped_and_joins_the_bare_name():
    t = ("Samdech Thipadei Chea Vannarith opened the bridge at Kampong Luong. "
         "Later Chea Vannarith told reporters the works were over.")
    ms = _find(t)
    assert "Samdech Thipadei Chea Vannarith" not in {m.text for m in ms}
    people = [m for m in ms if m.type == "PERSON"]
    assert {m.text for m in people} == {"Chea Vannarith"} and len({m.local for m in people}) == 1


def test_malay_honorifics_are_stripped():
    t = "Tan Sri Rahim Osmanuddin and Datuk Seri Kamaruz Zainal met in the capital on Friday."
    texts = {m.text for m in _find(t) if m.type == "PERSON"}
    assert texts == {"Rahim Osmanuddin", "Kamaruz Zainal"}


def test_place_names_opening_like_honorifics_stay_places():
    t = "Sri Lanka's navy said the patrol returned to Colombo."
    assert "Sri Lanka" in {m.text for m in _find(t) if m.type == "GPE"}


def test_un_short_form_of_a_mission_is_the_mission():
    t = "The UN Support Mission in Libya urged restraint. UNSMIL said talks would resume."
    ms = _find(t)
    m = next(m for m in ms if m.text.startswith("UN Support"))
    assert m.text == "UN Support Mission in Libya" and m.kb_id == "unsmil"
    assert _local(ms, "UNSMIL") == {m.local}


def test_place_modifier_and_bare_name_are_one_body():
    t = ("The Kassala Trauma Relief Centre received 40 wounded on Sunday. "
         "The Trauma Relief Centre said most were women.")
    ms = _find(t)
    assert _local(ms, "Kassala Trauma Relief Centre") == _local(ms, "Trauma Relief Centre")


def test_two_different_modifiers_leave_the_bare_name_alone():
    t = ("The Gao Crisis Committee and the Menaka Crisis Committee met. "
         "A Crisis Committee statement followed.")
    ms = _find(t)
    assert _local(ms, "Gao Crisis Committee") != _local(ms, "Menaka Crisis Committee")
    bare = _local(ms, "Crisis Committee")
    assert not bare or (bare != _local(ms, "Gao Crisis Committee")
                        and bare != _local(ms, "Menaka Crisis Committee"))
