"""A claim's period is the span its figure covers, not the day the figure was announced."""
from __future__ import annotations


def test_since_start_of_month_beats_statement_week(claims):
    text = ("The World Food Programme said last week that at least 250 civilians had died of hunger "
            "in Kadugli since the start of the month.")
    (c,) = claims(text, mentions=[("World Food Programme", "ORG", 1), ("Kadugli", "GPE", 2)],
                  timexes=[("last week", "2025-W14", "week")], published="2025-04-13")
    assert c.quantity == 250
    assert c.period == "since 2025-04-01"
    assert c.claimant == 1


def test_since_beginning_of_year_uses_statement_day(claims):
    text = ("On Friday the Kachin relief committee said 1,200 families had fled Bhamo since the "
            "beginning of the year.")
    (c,) = claims(text, mentions=[("Kachin relief committee", "ORG", 1), ("Bhamo", "GPE", 2)],
                  timexes=[("On Friday", "2026-01-09", "day")], published="2026-01-12")
    assert c.period == "since 2026-01-01"


def test_previous_week_not_statement_day(claims):
    # the span after a long place phrase is still the count's period, not "said on Tuesday"
    text = ("Chad's army said on Tuesday that helicopter gunships had killed about 60 insurgents "
            "across several islands of the Lake Chad basin during the previous week.")
    (c,) = claims(text, mentions=[("Chad's army", "ORG", 1), ("Lake Chad", "LOC", 2)],
                  timexes=[("Tuesday", "2025-06-10", "day"), ("the previous week", "2025-W23", "week")],
                  published="2025-06-11")
    assert c.quantity == 60
    assert c.period == "2025-W23"


def test_statement_day_kept_when_nothing_else_dates_the_count(claims):
    text = "The health ministry said on Monday that 14 people were wounded in Goma."
    (c,) = claims(text, mentions=[("health ministry", "ORG", 1), ("Goma", "GPE", 2)],
                  timexes=[("Monday", "2025-02-03", "day")], published="2025-02-04")
    assert c.period == "2025-02-03"


def test_rising_toll_takes_the_incident_period(claims):
    text = ("Two people were killed when a drone hit a bus station in Kramatorsk on Sunday, the "
            "regional governor said.\n\nUPDATE, 16:40: The death toll in Kramatorsk rose to five.")
    found = claims(text, mentions=[("Kramatorsk", "GPE", 1), ("Kramatorsk", "GPE", 1, 1)],
                   timexes=[("Sunday", "2025-05-11", "day")], published="2025-05-11")
    by_q = {c.quantity: c for c in found}
    assert by_q[2].period == "2025-05-11"
    assert by_q[5].period == "2025-05-11"
