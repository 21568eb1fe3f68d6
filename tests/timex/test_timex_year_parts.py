"""Parts of a calendar year ("the first quarter", "the first six months of 2023") and spans
counted in hours ("the past 48 hours")."""
from __future__ import annotations

from sitrep.timex import find_timexes


def _one(text: str, published: str, surface: str):
    found = [t for t in find_timexes(text, published) if t.text == surface]
    assert found, [t.text for t in find_timexes(text, published)]
    return found[0]


def test_first_quarter_of_the_publication_year():
    t = _one("Attacks on convoys rose in the first quarter, the monitor said.", "2023-05-02", "the first quarter")
    assert (t.value, t.granularity, t.end_value) == ("2023-01-01", "range", "2023-03-31")


def test_quarter_not_begun_is_last_years():
    t = _one("Fighting peaked in the fourth quarter.", "2023-02-10", "the fourth quarter")
    assert (t.value, t.end_value) == ("2022-10-01", "2022-12-31")


def test_half_with_a_year_and_last_half():
    t = _one("In the second half of 2022 the front barely moved.", "2023-05-02", "the second half of 2022")
    assert (t.value, t.end_value) == ("2022-07-01", "2022-12-31")
    t = _one("Prices doubled in the last quarter of last year.", "2023-05-02", "the last quarter of last year")
    assert (t.value, t.end_value) == ("2022-10-01", "2022-12-31")


def test_first_months_of_the_year_leave_the_year_apart():
    text = "Shelling killed 300 people in the first six months of 2021."
    t = _one(text, "2023-05-02", "the first six months")
    assert (t.value, t.end_value) == ("2021-01-01", "2021-06-30")
    t = _one("Clashes in the first three months of the year displaced thousands.", "2023-05-02",
             "the first three months")
    assert (t.value, t.end_value) == ("2023-01-01", "2023-03-31")


def test_not_a_year_part():
    found = find_timexes("The first quarter-final ended late. Half of the town burned. "
                         "The first three months of the war were the worst.", "2023-05-02")
    assert not any("quarter" in t.text or "months" in t.text for t in found)


def test_half_of_a_month_is_still_the_month():
    t = _one("Raids resumed in the first half of October.", "2023-11-20", "the first half of October")
    assert t.value == "2023-10"


def test_past_hours_span_back_to_yesterday():
    t = _one("Over the past 24 hours, 40 drones were launched.", "2023-05-02", "the past 24 hours")
    assert (t.value, t.granularity, t.end_value) == ("2023-05-01", "range", "2023-05-02")
    t = _one("In the last 72 hours the town changed hands twice.", "2023-05-02", "the last 72 hours")
    assert t.value == "2023-04-29"


def test_day_before_in_a_reported_clause_leans_on_the_statement():
    text = ("On Sunday, rebels shelled Kalay. Police said gunmen had burned the market the day before. "
            "The governor said on Tuesday that troops had retaken the bridge the day before.")
    found = [t for t in find_timexes(text, "2023-05-04") if t.text == "the day before"]
    assert [t.value for t in found] == ["2023-05-03", "2023-05-01"]


def test_day_before_in_narrative_leans_on_the_last_date():
    found = find_timexes("On Sunday, rebels seized the town. The day before, they had shelled it.", "2023-05-04")
    assert [t.value for t in found] == ["2023-04-30", "2023-04-29"]
