"""Round 12 (fixact2): a bare kunya ("Abu Jabal") joins the one full name of the document that
ends with it ("Karim Abu Jabal"), like a surname; with two such people it joins neither.
Invented sentences."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences


def _locals(text):
    ms = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    out: dict[str, set[int]] = {}
    for m in ms:
        out.setdefault(m.text, set()).add(m.local)
    return out


def test_bare_kunya_joins_the_full_name():
    t = ("Brigade commander Tariq Abu Sharar was killed in the strike near Deraa, residents said. "
         "Abu Sharar had led the unit since 2021, and relatives said Abu Sharar was buried on Friday.")
    got = _locals(t)
    assert got["Abu Sharar"] == got["Tariq Abu Sharar"]


def test_abou_spelling_joins_too():
    t = "Nabil Abou Rached, a spokesman, said the talks failed. Abou Rached said the group would fight on."
    got = _locals(t)
    assert got["Abou Rached"] == got["Nabil Abou Rached"]


def test_two_people_with_one_kunya_keep_the_bare_form_apart():
    t = ("Hamza Abu Sharar and Sami Abu Sharar were arrested at dawn. Abu Sharar denied the charges "
         "through a lawyer.")
    got = _locals(t)
    assert got["Hamza Abu Sharar"] != got["Sami Abu Sharar"]
    assert not (got["Abu Sharar"] & (got["Hamza Abu Sharar"] | got["Sami Abu Sharar"]))
