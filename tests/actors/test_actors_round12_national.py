"""Round 12 (fixact2): a state's ministry named by its demonym or possessive ("the Palestinian
health ministry", "Sudan's Health Ministry") is an ORG a claim can credit, not only a NORP or a
country; the possessive and demonym forms of a listed ministry are one actor. Invented reports."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _an(text):
    return analyze_text("d", text, "2025-06-02", None, KnowledgeBase.default())


def _mentions(a):
    return [(m.text, m.type) for m in a.mentions]


def test_lowercase_demonym_ministry_is_an_org_and_the_claimant():
    a = _an("The Yemeni health ministry said nine people were wounded in the strike on Hajjah.")
    assert ("Yemeni health ministry", "ORG") in _mentions(a)
    assert not [m for m in a.mentions if m.type == "NORP"]
    claims = [c for c in a.claims if c.quantity == 9]
    assert claims and claims[0].claimant is not None
    by_local = {m.local: m.text for m in a.mentions}
    assert by_local[claims[0].claimant] == "Yemeni health ministry"


def test_possessive_country_ministry_is_one_org():
    a = _an("Chad's Interior Ministry said 14 herders were killed near Abeche.")
    assert ("Chad's Interior Ministry", "ORG") in _mentions(a)
    assert all(m.claimant is not None for m in a.claims if m.quantity == 14)


def test_demonym_without_a_head_word_stays_a_norp():
    a = _an("Palestinian health workers said the clinic in Tubas had run out of insulin.")
    assert ("Palestinian", "NORP") in _mentions(a)
    assert not [m for m in a.mentions if m.type == "ORG" and "health" in m.text]


def test_mixed_case_words_are_not_a_body():
    # "Ministry" capitalised after lowercase domain words is a sentence's words, not a name
    a = _an("The Eritrean health Ministry officials met on Monday.")
    assert not [m for m in a.mentions if m.text == "Eritrean health Ministry"]


def test_turkish_and_possessive_defence_ministry_are_one_actor():
    a = _an("Turkey's Ministry of National Defence said six militants were killed in northern Iraq. "
            "The Turkish Defence Ministry later said two soldiers were wounded. "
            "Turkey's Defence Ministry gave no further details.")
    ids = {m.kb_id for m in a.mentions if m.type == "ORG"}
    locals_ = {m.local for m in a.mentions if m.type == "ORG"}
    assert ids == {"turkish-ministry-of-national-defence"}
    assert len(locals_) == 1
