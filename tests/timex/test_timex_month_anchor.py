"""A short anaphoric offset after a stated month of the past ("in June. A week earlier, ...") falls
in that month, not a week before the report; this month's story, or a day to count from, keeps the
finer reading (invented copy)."""
from __future__ import annotations

from sitrep.timex import find_timexes


def _value(text: str, words: str, published: str) -> tuple[str | None, str | None]:
    t = next(t for t in find_timexes(text, published) if t.text == words)
    return t.value, t.granularity


def test_a_week_earlier_than_a_past_month_is_that_month():
    text = "Rebels shot dead two soldiers near the mine in June. A week earlier, they had torched a school."
    assert _value(text, "A week earlier", "2031-09-23") == ("2031-06", "month")


def test_two_days_later_than_a_past_month_is_no_day_after_the_report():
    text = "The army retook the town in March. Two days later, rebels ambushed a convoy."
    assert _value(text, "Two days later", "2031-09-23") == ("2031-03", "month")


def test_a_stated_day_is_still_counted_from():
    text = "Rebels shot dead two soldiers on June 12. A week earlier, they had torched a school."
    assert _value(text, "A week earlier", "2031-09-23") == ("2031-06-05", "day")


def test_this_months_story_keeps_the_reports_day():
    text = "Fighting has raged since the start of the month in September. A day earlier, rebels shelled the port."
    value, grain = _value(text, "A day earlier", "2031-09-23")
    assert grain == "day"
