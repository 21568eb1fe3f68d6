"""A deadline or a plan in an undated page ("by the end of June 2026", "until 2027", "will be held
on ...") is no day the page was written after: it does not floor the date inferred from its story,
whether the page's text or its stored expressions are given."""
from __future__ import annotations

from sitrep.timex import find_timexes, infer_publication

PAGE = ("GAO, Mali - Gunmen ambushed a supply convoy near Ansongo on Tuesday, killing five drivers, "
        "local officials said.\n\nThe attack comes as the government and the UN agree to hand over the "
        "last peacekeeping bases by the end of June 2026, with a liaison office to remain in Bamako "
        "until 2027.")
MATES = [("2025-02-11", "stamp"), ("2025-02-12", "stamp")]


def test_deadlines_in_the_text_do_not_floor_the_story_date():
    date, basis = infer_publication(PAGE, MATES)
    assert date == "2025-02-11"
    assert "not before" not in basis


def test_stored_expressions_read_their_wording_for_deadlines():
    date, _ = infer_publication(find_timexes(PAGE, None), MATES, wording=PAGE)
    assert date == "2025-02-11"


def test_a_past_date_after_the_story_still_floors_it():
    text = PAGE.replace("The attack comes as", "On February 15, 2025, the army said")
    date, basis = infer_publication(text, MATES)
    assert date == "2025-02-15"
    assert "not before 'February 15, 2025'" in basis
