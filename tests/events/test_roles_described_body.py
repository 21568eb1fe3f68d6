"""A definite description as a verb's subject stands for the body whose name it shortens
(sitrep.events.roles_described_body): invented text."""
from __future__ import annotations

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str) -> list[tuple]:
    a = analyze_text("t", text, "2026-03-10", None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target)) for e in a.events]


def test_the_commission_is_the_named_commission() -> None:
    got = _events("The Zandorian Human Rights Commission said on Monday that 40 civilians had died in the strike "
                  "on Kela. On Tuesday the commission called for a prompt and independent investigation.")
    assert ("REQUEST", "Zandorian Human Rights Commission", None) in got


def test_a_head_no_name_ends_in_names_no_one() -> None:
    got = _events("The Zandorian Human Rights Commission said on Monday that 40 civilians had died in the strike "
                  "on Kela. On Tuesday the committee called for a prompt and independent investigation.")
    assert all(e[1] != "Zandorian Human Rights Commission" for e in got if e[0] == "REQUEST")


def test_authorities_are_the_named_government() -> None:
    got = _events("Ghana's government declared a state of emergency in Kela in August. Authorities have "
                  "detained scores of people under the emergency law, including several journalists.")
    assert ("COERCE", "Ghana's government", None) in got


def test_authorities_with_no_government_named_name_no_one() -> None:
    got = _events("Authorities have detained scores of people in Kela under the emergency law.")
    assert all(e[1] is None for e in got if e[0] == "COERCE")


def test_plural_people_description_is_left_alone() -> None:
    # "the dissidents" describes people, not a body's shortened name
    got = _events("The Zandorian Liberation Dissidents seized Kela last year. Army troops retook the town in June. "
                  "The dissidents rejected the accusation.")
    assert all(e[1] != "Zandorian Liberation Dissidents" for e in got if e[0] == "REJECT")
