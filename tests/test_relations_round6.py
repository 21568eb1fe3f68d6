"""Relations, round 6: a rank between "spokesman" and the name, and an office held for the state
a demonym stands for. Invented sentences (a Sahel setting); mentions made by hand."""
from __future__ import annotations

from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.relations import find_relations


def _mention(text: str, form: str, typ: str, local: int, kb_id: str | None = None) -> Mention:
    s = text.index(form + " ") if typ == "GPE" else text.index(form)
    return Mention(s, s + len(form), form, typ, "name:" + form.lower(), "test", local, kb_id, form)


def test_a_rank_between_spokesman_and_name_keeps_spokesperson_of():
    text = "Malian army spokesman Lt. Col. Souleymane Dembele said the convoy had been ambushed."
    ms = [_mention(text, "Malian army", "ORG", 0), _mention(text, "Souleymane Dembele", "PERSON", 1)]
    got = {(r.subject, r.predicate, r.object) for r in find_relations(text, split_sentences(text), ms)}
    assert (1, "spokesperson_of", 0) in got


def test_an_office_named_by_a_demonym_is_held_for_the_state():
    text = ("Malian President Assimi Goita said the talks would go on. "
            "Mali has asked its neighbours for help.")
    ms = [_mention(text, "Malian", "NORP", 0, "malian"), _mention(text, "Assimi Goita", "PERSON", 1),
          _mention(text, "Mali", "GPE", 2, "mali")]
    got = {(r.subject, r.predicate, r.object) for r in find_relations(text, split_sentences(text), ms)}
    assert (1, "holds_office", 2) in got and (1, "holds_office", 0) not in got


def test_without_the_state_named_the_demonym_stays():
    text = "Malian President Assimi Goita said the talks would go on."
    ms = [_mention(text, "Malian", "NORP", 0, "malian"), _mention(text, "Assimi Goita", "PERSON", 1)]
    got = {(r.subject, r.predicate, r.object) for r in find_relations(text, split_sentences(text), ms)}
    assert (1, "holds_office", 0) in got
