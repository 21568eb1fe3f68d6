"""Round 27 (fixmerge9): "earlier in the week" and its kin; a term that "expires in June"."""
from sitrep.timex import find_timexes


def _one(text: str, pub: str):
    got = find_timexes(text, pub)
    assert len(got) == 1, got
    return got[0]


def test_earlier_in_the_week_is_the_reports_week():
    t = _one("Militia fighters raided the village earlier in the week, elders said.", "2025-09-10")
    assert (t.text, t.value, t.granularity) == ("earlier in the week", "2025-W37", "week")


def test_earlier_in_the_year_is_the_reports_year_after_a_year_ago():
    text = "Output fell a year ago. Rains delayed planting earlier in the year, a farmer said."
    got = find_timexes(text, "2025-09-10")
    assert [(t.text, t.value) for t in got] == [("a year ago", "2024"), ("earlier in the year", "2025")]


def test_early_in_the_year_without_anchor_is_the_reports_year():
    t = _one("Early in the year the brigade withdrew from the ridge.", "2025-09-10")
    assert (t.value, t.granularity) == ("2025", "year")


def test_in_the_week_without_earlier_is_no_expression():
    assert find_timexes("Prices rose in the week of talks.", "2025-09-10") == []


def test_present_expires_reads_month_ahead():
    t = _one("The curfew in the northern province expires in June.", "2025-03-04")
    assert t.value == "2025-06"


def test_past_expired_reads_month_behind():
    t = _one("The curfew in the northern province expired in June.", "2025-03-04")
    assert t.value == "2024-06"


def test_truce_lapses_on_weekday_ahead():
    t = _one("The truce lapses on Friday.", "2025-03-04")       # a Tuesday
    assert t.value == "2025-03-07"
