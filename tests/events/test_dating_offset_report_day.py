"""An act in an "N days after ..." clause whose main clause refers back to the news and nothing
dates it ("The detentions came two days after President Mirov accused ..."), in a lead that dates
no act of its own: the main clause is the report's news, so the act lies the interval before the
report's day, an inferred date (basis "publication"); never the report's day itself (invented
copy). An unrelated subject ("Fishermen left the lake three days after ...") gets no such date
(``test_dating_round32_dat2_lead``)."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"Varnia": "GPE", "Tarsk": "GPE", "Kestra Front": "ORG", "Mirov": "PERSON"}
MONDAY = "2031-05-12"


def facts(text: str, trigger: str) -> list:
    return [f for f in coded_with_dates(text, ACTORS, MONDAY) if trigger in f.trigger]


def test_two_days_before_the_reports_news():
    text = ("Varnia has detained 300 people over protests in Tarsk, prosecutors said.\n\n"
            "The detentions came two days after President Mirov accused \"foreign forces\" of stirring "
            "the unrest.")
    got = facts(text, "accused")
    assert [(f.date, f.date_basis) for f in got] == [("2031-05-10", "publication")]


def test_a_stated_main_time_still_anchors():
    text = ("TARSK, May 12 (Wire) - Varnia detained 300 people over protests in Tarsk on Friday, prosecutors said.\n\n"
            "The detentions came two days after President Mirov accused \"foreign forces\" of stirring "
            "the unrest.")
    assert [f.date for f in facts(text, "accused")] == ["2031-05-07"]
