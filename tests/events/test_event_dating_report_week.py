"""Dating acts against the report's week (invented texts): a weekday that names the report's own
day in a story told as last week's, statements with no time in a report of the past week, and
acts placed in a year."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"JNIM": "ORG", "Kidal": "GPE", "Malian army": "ORG", "governor": "PERSON",
          "Iyad Ag Ghaly": "PERSON", "Gao": "GPE", "M23": "ORG", "Goma": "GPE"}
MON = "2025-03-10"          # a Monday


def dated(text: str, published: str | None = MON) -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.date, f.date_basis) for f in coded_with_dates(text, ACTORS, published)]


STORY = ("Kidal residents count losses after last week's attack on the garrison.\n\n"
         "JNIM fighters stormed the garrison in Kidal on Monday night, killing at least nine soldiers.")


def test_a_past_act_on_the_reports_weekday_in_a_story_of_last_week_is_last_weeks_day():
    facts = dated(STORY)
    assert ("ASSAULT", "2025-03-03", "stated") in facts


def test_without_a_last_week_frame_the_weekday_is_the_reports_day():
    facts = dated(STORY.replace("last week's attack", "the attack"))
    assert ("ASSAULT", "2025-03-10", "stated") in facts


def test_a_statement_on_the_reports_weekday_stays_on_that_day():
    text = STORY + "\n\nThe Malian army denied on Monday that it had abandoned Kidal."
    assert ("REJECT", "2025-03-10", "stated") in dated(text)


def test_a_future_act_on_the_weekday_is_not_moved_back():
    text = ("Last week's attack on the garrison shook Kidal.\n\n"
            "JNIM will attack Gao on Monday, the group warned.")
    assert all(date != "2025-03-03" for _, date, _ in dated(text))


def test_an_undated_statement_in_a_report_of_this_week_takes_the_reports_day():
    text = ("M23 rebels shelled Goma on Saturday, killing four civilians.\n\n"
            "The governor called for calm.")
    assert ("REQUEST", "2025-03-10", "publication") in dated(text)


def test_an_undated_statement_in_a_report_with_no_day_of_this_week_takes_the_reports_day_too():
    # round 8: the report's month where the statement has a day scores as wrong and says no more
    text = ("M23 rebels shelled Goma in January, killing four civilians.\n\n"
            "The governor called for calm.")
    assert ("REQUEST", "2025-03-10", "publication") in dated(text)


def test_an_act_placed_in_a_year_is_undated_and_borrows_no_day():
    text = ("M23 rebels shelled Goma on Saturday.\n\n"
            "Elders said JNIM commander Iyad Ag Ghaly was killed in a drone strike in 2019.")
    facts = dated(text)
    assert ("ASSAULT", None, "year") in facts
    assert ("ASSAULT", "2025-03-08", "stated") in facts


def test_a_year_in_a_relative_clause_does_not_date_the_act():
    text = "JNIM, which was founded in 2017, attacked the Malian army in Gao on Saturday."
    assert dated(text) == [("ASSAULT", "2025-03-08", "stated")]


def test_a_weekday_in_a_sentence_that_calls_the_act_last_weeks_is_last_weeks_day():
    text = "Last week's battle for Gao began on Sunday, when JNIM fighters attacked army positions."
    # published on a Monday: "Sunday" would be yesterday, which nobody calls last week's
    assert dated(text, "2025-03-10")[0][:2] == ("ASSAULT", "2025-03-02")
    # published on a Wednesday: Tuesday would be this week's
    text = "Last week's battle for Gao began on Tuesday, when JNIM fighters attacked army positions."
    assert dated(text, "2025-03-12")[0][:2] == ("ASSAULT", "2025-03-04")


def test_yesterday_by_weekday_stays_yesterday_when_only_another_sentence_speaks_of_last_week():
    text = ("Kidal is still reeling from last week's attack on the garrison.\n\n"
            "On Sunday, JNIM fighters attacked a market in Gao, killing four people.")
    assert ("ASSAULT", "2025-03-09", "stated") in dated(text)
