"""Roles taken from the right clause (invented texts): a relative clause after a leader's appositive,
a verb coordinated with the main clause past a subjunctive complement, and "the army" that is never
a rebel "Army" named in the same sentence."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Brotherhood Alliance": "ORG", "Min Aung": "PERSON", "Lashio": "GPE", "Saw Lwin": "PERSON",
          "National Unity Government": "ORG", "Sittwe": "GPE"}


def named(text: str) -> list[tuple[str, str | None, str | None]]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.actor), names.get(f.target))
            for f in coded_with_dates(text, ACTORS, "2025-06-12")]


def test_which_after_a_leaders_appositive_is_the_body():
    got = named("The Brotherhood Alliance, led by Min Aung, which has attacked police stations in Lashio, "
                "controls the north.")
    assert [a for act, a, _ in got if act == "ASSAULT"] == ["Brotherhood Alliance"]


def test_which_never_stands_for_a_person():
    got = named("Min Aung, which has attacked police stations in Lashio, controls the north.")
    assert all(a != "Min Aung" for _, a, _ in got)


def test_a_verb_after_a_subjunctive_complement_takes_the_main_subject():
    got = named("Saw Lwin demanded that the National Unity Government step down and threatened to attack Sittwe.")
    assert ("THREATEN", "Saw Lwin", "Sittwe") in got
    assert all(a != "National Unity Government" for _, a, _ in got)


def test_an_indicative_complement_keeps_its_own_subject():
    got = named("Saw Lwin said that the National Unity Government attacked Sittwe and killed five people.")
    assert got and got[0][:2] == ("ASSAULT", "National Unity Government")


def _army_case(kb_id: str | None):
    from sitrep.events import find_events
    from sitrep.model import Mention
    from sitrep.nlp.sentences import split_sentences
    from sitrep.timex import find_timexes
    text = "The army said on Tuesday it had detained four Arakan Army members in Sittwe."
    a = text.index("Arakan Army")
    b = text.index("Sittwe")
    ms = [Mention(a, a + 11, "Arakan Army", "ORG", "kb:" + (kb_id or "x"), "kb", 0, kb_id, "Arakan Army"),
          Mention(b, b + 6, "Sittwe", "GPE", "name:sittwe", "test", 1)]
    return [(f.action, f.actor, f.target) for f in find_events(text, split_sentences(text), ms,
                                                              find_timexes(text, "2025-06-12"), "2025-06-12")]


def test_the_army_is_never_a_rebel_army_named_as_the_object():
    got = _army_case("arakan-army")
    assert got and all(act != "COERCE" or actor != 0 for act, actor, _ in got)
    assert any(act == "COERCE" and target == 0 for act, _, target in got)
