"""Round 30: "earlier this week" never names the report's own day (invented Red Sea text)."""
from sitrep.events.dating import Clock
from sitrep.timex import find_timexes

_TEXT = ("Rebels fired two missiles at the port of Eilat on Thursday, the army said.\n\n"
         "The navy said earlier this week it had struck a rebel depot near Eilat, without giving a toll.\n")


def _date(text: str, trigger: str, published: str) -> tuple:
    clock = Clock(text, find_timexes(text, published), published)
    j = text.index(trigger)
    s = text.rfind("\n", 0, j) + 1
    return clock.date(s, text.index("\n", j), j, j + len(trigger), "past")


def test_earlier_this_week_skips_the_report_day() -> None:
    # published on the Thursday: the one stated day of the week is the report's, which
    # "earlier this week" excludes, so the strike keeps the week's month
    date, text, _ = _date(_TEXT, "struck", "2024-12-19")
    assert text == "earlier this week"
    assert date == "2024-12"


def test_earlier_this_week_takes_an_earlier_stated_day() -> None:
    # the same text filed a day later: Thursday now lies before the report's day and is the
    # one day of the week the text states of Eilat
    date, _, _ = _date(_TEXT, "struck", "2024-12-20")
    assert date == "2024-12-19"
