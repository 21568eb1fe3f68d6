"""An act in an "N days after ..." clause whose subject carries a quoted name or an appositive is
measured from the main clause's time, as one without them (invented copy in several outlets'
styles): "came three days after the “White Legion”, a militia drawn from the Dorani, overran a
garrison" puts the overrun three days before the attack, never on the attack's day."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"Varnia": "GPE", "Tarsk": "GPE", "Dorani": "NORP", "White Legion": "ORG", "Kestra Front": "ORG",
          "Mirov": "PERSON"}
SATURDAY = "2031-05-10"
FRIDAY, TUESDAY = "2031-05-09", "2031-05-06"
LEAD = "A helicopter came under fire on Friday in Tarsk, killing one crew member, officials said.\n"


def dated(text: str, trigger: str) -> list[str | None]:
    return [f.date for f in coded_with_dates(text, ACTORS, SATURDAY) if trigger in f.trigger]


def test_an_appositive_on_the_subject_keeps_the_act_in_the_offset_clause():
    text = LEAD + ("The attack in Tarsk came three days after the White Legion, a militia drawn mostly "
                   "from the Dorani, overran an army garrison in Varnia.")
    assert dated(text, "overran") == [TUESDAY]


def test_a_quoted_name_and_an_appositive_wire_style():
    text = LEAD + ('The attack in Tarsk came three days after the "White Legion", a militia drawn mostly '
                   "from the Dorani, overran an army garrison in Varnia, raising fears of a wider war.")
    assert dated(text, "overran") == [TUESDAY]


def test_a_curly_quoted_name_alone():
    text = LEAD + "The attack in Tarsk came three days after the “White Legion” overran an army garrison in Varnia."
    assert dated(text, "overran") == [TUESDAY]


def test_a_relative_clause_set_off_by_commas():
    text = LEAD + ("The raid came three days after the White Legion militia, which is drawn mostly from the "
                   "Dorani, stormed a garrison in Varnia.")
    assert dated(text, "stormed") == [TUESDAY]


def test_without_apposition_as_before():
    text = LEAD + "The attack in Tarsk came three days after the White Legion overran an army garrison in Varnia."
    assert dated(text, "overran") == [TUESDAY]


def test_a_sources_aside_ends_the_offset_clause():
    # ", the army said, and ...": the attribution closes the "after" clause; what follows is the
    # main clause's act, dated by its own time, never shifted back
    text = ("The Kestra Front overran a garrison in Varnia on Friday, two days after the truce, the army "
            "said, and killed ten soldiers.")
    assert FRIDAY in dated(text, "overran")
    assert "2031-05-07" not in [f.date for f in coded_with_dates(text, ACTORS, SATURDAY)]
