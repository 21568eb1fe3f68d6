"""Time expressions in invented sentences, resolved against fixed publication dates."""
from __future__ import annotations

import pytest

from sitrep.timex import find_timexes

FRI = "2024-11-01"          # a Friday
THU = "2024-11-21"          # a Thursday


def one(text: str, pub: str | None, surface: str):
    """The expression whose text is ``surface``; checks every span is exact."""
    found = find_timexes(text, pub)
    for e in found:
        assert text[e.start:e.end] == e.text
    hits = [e for e in found if e.text == surface]
    assert hits, f"{surface!r} not found in {[e.text for e in found]}"
    return hits[0]


@pytest.mark.parametrize("text,surface,value,grain", [
    ("Shelling resumed on October 4, 2024 near Dremka.", "October 4, 2024", "2024-10-04", "day"),
    ("Shelling resumed on 4 October 2024 near Dremka.", "4 October 2024", "2024-10-04", "day"),
    ("Shelling resumed on 2024-10-04 near Dremka.", "2024-10-04", "2024-10-04", "day"),
    ("Shelling resumed on Oct 4 near Dremka.", "Oct 4", "2024-10-04", "day"),
    ("Shelling resumed on Oct. 4th near Dremka.", "Oct. 4th", "2024-10-04", "day"),
    ("Shelling resumed on the 4th of October near Dremka.", "the 4th of October", "2024-10-04", "day"),
    ("Shelling resumed on the fourth of October.", "the fourth of October", "2024-10-04", "day"),
    ("Rebels took the town in October 2023.", "October 2023", "2023-10", "month"),
    ("Rebels took the town in 2023.", "2023", "2023", "year"),
    ("Rebels took the town in mid-2023.", "mid-2023", "2023", "year"),
    ("Shelling resumed on 25/10/2024 in the north.", "25/10/2024", "2024-10-25", "day"),
])
def test_absolute(text, surface, value, grain):
    e = one(text, FRI, surface)
    assert (e.value, e.granularity) == (value, grain)


def test_absolute_with_year_resolves_without_publication_date():
    e = one("Militia fighters entered Orlec on October 4, 2024.", None, "October 4, 2024")
    assert e.value == "2024-10-04"
    assert one("The convoy was hit on Tuesday.", None, "Tuesday").value is None
    assert one("The convoy was hit on Oct. 4.", None, "Oct. 4").value is None


@pytest.mark.parametrize("text,surface,value", [
    ("Drones struck the depot on Wednesday, the army said.", "Wednesday", "2024-10-30"),
    ("Drones struck the depot late Thursday.", "late Thursday", "2024-10-31"),
    ("Drones struck the depot on Monday night.", "Monday night", "2024-10-28"),
    ("Saturday's attack killed four soldiers.", "Saturday", "2024-10-26"),
    # the publication weekday itself is the publication day
    ("Drones struck the depot on Friday, the army said.", "Friday", "2024-11-01"),
    ("Drones struck the depot early on Tuesday.", "early on Tuesday", "2024-10-29"),
    ("Drones struck the depot last Friday.", "last Friday", "2024-10-25"),
])
def test_weekdays(text, surface, value):
    e = one(text, FRI, surface)
    assert (e.value, e.granularity) == (value, "day")


def test_weekday_future_when_text_speaks_of_future():
    assert one("The envoys will meet on Monday in Doha.", FRI, "Monday").value == "2024-11-04"
    assert one("The envoys met on Monday in Doha.", FRI, "Monday").value == "2024-10-28"


@pytest.mark.parametrize("text,surface,value,grain", [
    ("Yesterday the ceasefire collapsed.", "Yesterday", "2024-10-31", "day"),
    ("The ceasefire collapsed today.", "today", "2024-11-01", "day"),
    ("Talks resume tonight.", "tonight", "2024-11-01", "day"),
    ("Talks resume tomorrow.", "tomorrow", "2024-11-02", "day"),
    ("Artillery fire was heard this morning.", "this morning", "2024-11-01", "day"),
    ("Artillery fire was heard overnight in Merrin.", "overnight", "2024-11-01", "day"),
    ("Artillery fire was heard last night.", "last night", "2024-10-31", "day"),
    ("The town fell two days ago.", "two days ago", "2024-10-30", "day"),
    ("The town fell three weeks ago.", "three weeks ago", "2024-W41", "week"),
    ("The town fell last week.", "last week", "2024-W43", "week"),
    ("Reinforcements arrive this week.", "this week", "2024-W44", "week"),
    ("Reinforcements arrive next week.", "next week", "2024-W45", "week"),
    ("The town fell last month.", "last month", "2024-10", "month"),
    ("Earlier this month, the town fell.", "Earlier this month", "2024-11", "month"),
    ("Late last month, the town fell.", "Late last month", "2024-10", "month"),
    ("The town fell last year.", "last year", "2023", "year"),
    ("Losses this year are heavy.", "this year", "2024", "year"),
    ("The offensive began in October.", "October", "2024-10", "month"),
    ("The offensive began in early November.", "early November", "2024-11", "month"),
    ("The offensive began in mid-October.", "mid-October", "2024-10", "month"),
    ("The offensive began in late September.", "late September", "2024-09", "month"),
    ("He was killed on Nov. 5 last year.", "Nov. 5 last year", "2023-11-05", "day"),
])
def test_relative(text, surface, value, grain):
    e = one(text, FRI, surface)
    assert (e.value, e.granularity) == (value, grain)


def test_month_past_by_default_future_with_cue():
    assert one("Fighting intensified in December.", FRI, "December").value == "2023-12"
    assert one("Elections will be held in December.", FRI, "December").value == "2024-12"
    assert one("The vote is scheduled for March.", FRI, "March").value == "2025-03"


def test_month_day_future_cue_and_past_cue():
    # "ahead of the Nov. 5 election" and "will": the next Nov. 5
    assert one("Troops deployed ahead of the Nov. 5 election.", "2024-06-01", "Nov. 5").value == "2024-11-05"
    assert one("The election will be held on Nov. 5.", "2024-06-01", "Nov. 5").value == "2024-11-05"
    # a past cue: the last one, even if the next is nearer
    assert one("The depot was shelled on Nov. 5.", "2024-11-01", "Nov. 5").value == "2023-11-05"
    # no cue: the nearer reading
    assert one("The Nov. 5 election looms.", "2024-11-01", "Nov. 5").value == "2024-11-05"
    assert one("The Oct. 4 raid left ten dead.", "2024-11-01", "Oct. 4").value == "2024-10-04"


def test_day_of_month():
    assert one("It happened on the 4th, officials said.", THU, "the 4th").value == "2024-11-04"
    assert one("It happened on the 25th.", THU, "the 25th").value == "2024-10-25"


def test_anaphoric_following_day_leans_on_last_day():
    text = ("Gunmen stormed the checkpoint on Monday. The following day, troops retook it. "
            "Two days later the road reopened. A week earlier, talks had failed.")
    found = {e.text: e for e in find_timexes(text, THU)}
    assert found["Monday"].value == "2024-11-18"
    assert found["The following day"].value == "2024-11-19"
    assert found["The following day"].basis == "anaphoric"
    assert found["Two days later"].value == "2024-11-21"
    assert found["A week earlier"].value == "2024-11-14"


def test_anaphoric_falls_back_to_publication_and_previous_day():
    e = one("Residents fled the previous day.", THU, "the previous day")
    assert e.value == "2024-11-20" and "publication" in e.basis
    text = "Talks opened on October 4, 2024. The next day, they collapsed."
    assert one(text, THU, "The next day").value == "2024-10-05"


@pytest.mark.parametrize("text,surface,value,end", [
    ("The siege has lasted since October 2023.", "since October 2023", "2023-10", THU),
    ("Attacks have risen since early November.", "since early November", "2024-11", THU),
    ("Fighting raged between Oct. 4 and Oct. 7.", "between Oct. 4 and Oct. 7", "2024-10-04", "2024-10-07"),
    ("Fighting raged from October 4 to October 9, 2024.", "from October 4 to October 9, 2024",
     "2024-10-04", "2024-10-09"),
    ("Fighting raged on October 4-7.", "October 4-7", "2024-10-04", "2024-10-07"),
    ("The war lasted between 2014 and 2017.", "between 2014 and 2017", "2014", "2017"),
    ("Casualties doubled over the past two weeks.", "the past two weeks", "2024-11-07", THU),
    ("Over the weekend, clashes erupted.", "the weekend", "2024-11-16", "2024-11-17"),
])
def test_ranges(text, surface, value, end):
    e = one(text, THU, surface)
    assert (e.value, e.granularity, e.end_value) == (value, "range", end)


def test_since_without_publication_date_has_open_end():
    e = one("The siege has lasted since October 2023.", None, "since October 2023")
    assert (e.value, e.end_value, e.basis) == ("2023-10", None, "range-since")
