"""Round 21: "<Title>'s Office" is one organisation; a sentence-initial everyday plural before a
verb is no person (invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _mentions(text: str):
    return analyze_text("d", text, "2025-06-03", None, KnowledgeBase.default()).mentions


def test_title_office_with_curly_and_straight_apostrophes_is_one_org():
    ms = _mentions("The Prosecutor General’s Office in Tbilisi opened a case. Later the "
                   "Prosecutor General's Office charged two guards.")
    offices = [m for m in ms if m.text.endswith("Office")]
    assert [m.text for m in offices] == ["Prosecutor General’s Office", "Prosecutor General's Office"]
    assert {m.type for m in offices} == {"ORG"} and len({m.local for m in offices}) == 1


def test_single_word_title_office_and_lowercase_prose():
    texts = {(m.text, m.type) for m in _mentions(
        "The Ombudsman's Office in Bamako reported new displacement near Mopti.")}
    assert ("Ombudsman's Office", "ORG") in texts
    low = {m.text for m in _mentions("Staff at the ombudsman's office in Bamako went on strike.")}
    assert not any("office" in t for t in low)


def test_office_after_no_title_is_left_alone():
    texts = {m.text for m in _mentions("Omar's Office supplies shop in Gao was looted.")}
    assert "Omar's Office" not in texts


def test_sentence_initial_plural_before_verb_is_no_person():
    ms = _mentions("Leaflets signed by the militia appeared in Gao. Pamphlets warned residents "
                   "of Timbuktu to leave.")
    assert not [m for m in ms if m.text in ("Leaflets", "Pamphlets")]


def test_plural_looking_surname_used_mid_sentence_stays_a_person():
    ms = _mentions("Aid worker Tom Burns reached Gao on Monday. Burns said the road was mined, "
                   "and a colleague said Burns had been warned.")
    assert any(m.text == "Burns" and m.type == "PERSON" for m in ms)
